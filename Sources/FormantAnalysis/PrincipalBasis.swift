import FormantNumerics

/// The leading principal directions of centred data `Xc = U·diag(s)·Vᵀ`: the columns of V and
/// the singular values s, read from the eigendecomposition of the Gram matrix `XcᵀXc = V·diag(s²)·Vᵀ`.
///
/// SVCCA's SVD step and PCA both use it. Directions whose variance is below 10⁻¹² of the largest
/// are numerically zero and dropped, as `numpy.linalg.pinv`'s cutoff would drop them later in cca_core.
struct PrincipalBasis {
    /// Principal directions as columns (d×k).
    let directions: Matrix
    /// The singular values sᵢ of the centred data, largest first (k of them).
    let singularValues: [Double]
    /// The squared singular values of every numerically nonzero direction (the rank r ≥ k).
    let allVariances: [Double]

    /// The basis of the Gram matrix `gram` = XcᵀXc, keeping directions by `keep`.
    init(gram: Matrix, keep: SVCCAKeep, measure: String) throws {
        let eigen: SymmetricEigendecomposition
        do { eigen = try LinearAlgebra.symmetricEigen(gram) } catch let error as LinearAlgebraError {
            throw AnalysisError.linearAlgebra(measure: measure, underlying: error)
        }
        let largest = eigen.values.first ?? 0
        let rank = eigen.values.prefix { $0 > 1e-12 * largest && $0 > 0 }.count
        allVariances = Array(eigen.values.prefix(rank))
        let k = keep.directions(allVariances)
        directions = eigen.vectors.leadingColumns(k)
        singularValues = allVariances.prefix(k).map { $0.squareRoot() }
    }

    /// The number of directions kept.
    var count: Int { singularValues.count }
}
