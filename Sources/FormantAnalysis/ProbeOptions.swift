/// How a probe's logistic regression is fitted: scikit-learn's `C`, `tol` and `max_iter`. The defaults stop
/// where scikit-learn's do; a smaller `tolerance` or a larger `maxIterations` converges further, which a
/// probe's accuracy can depend on when the classes are nearly separable.
public struct ProbeOptions: Sendable, Equatable {
    /// The inverse L2 strength, `C` (default 1).
    public var c: Double
    /// The stopping tolerance, `tol`: the largest gradient component of the mean loss plus penalty (default 10⁻⁴).
    public var tolerance: Double
    /// The most L-BFGS iterations, `max_iter` (default 1,000; scikit-learn's is 100).
    public var maxIterations: Int

    /// Options with scikit-learn's meanings; see the properties.
    public init(c: Double = 1, tolerance: Double = 1e-4, maxIterations: Int = 1000) {
        (self.c, self.tolerance, self.maxIterations) = (c, tolerance, maxIterations)
    }
}
