import FormantNumerics

/// The largest eigenpairs of a symmetric operator by the Lanczos method with full
/// reorthogonalisation and explicit restarts (Golub & Van Loan, Matrix Computations, §10.1),
/// optionally in the orthogonal complement of known eigenvectors (deflation).
enum Lanczos {
    /// The `count` algebraically largest eigenvectors of `apply` (an n×n symmetric operator) orthogonal
    /// to every vector of `deflated`, or `nil` if the Ritz residuals do not fall below `tolerance`.
    static func largest(
        count: Int, size n: Int, apply: ([Double]) -> [Double], deflated: [[Double]], start: [Double],
        basisSize: Int, restarts: Int = 30, tolerance: Double = 1e-4
    ) throws -> [[Double]]? {
        let m = Swift.min(basisSize, n - deflated.count)
        guard count >= 1, m >= count else { return nil }
        var v = start
        for _ in 0..<restarts {
            orthogonalise(&v, against: deflated)
            guard normalise(&v) else { return nil }
            var basis = [v], alpha = [Double](), beta = [Double]()
            for j in 0..<m {
                var w = apply(basis[j])
                let a = dot(w, basis[j])
                alpha.append(a)
                orthogonalise(&w, against: deflated)
                orthogonalise(&w, against: basis)
                orthogonalise(&w, against: basis)
                let b = dot(w, w).squareRoot()
                if j == m - 1 || b < 1e-10 { beta.append(b); break }
                beta.append(b)
                basis.append(w.map { $0 / b })
            }
            let size = alpha.count
            let ritz = try LinearAlgebra.tridiagonalEigen(diagonal: alpha, offDiagonal: Array(beta.prefix(size - 1)))
            let wanted = Swift.min(count, size)
            let last = beta[size - 1]
            var vectors: [[Double]] = []
            var converged = true
            for i in 0..<wanted {
                let s = ritz.vectors.column(i)
                if abs(last * s[size - 1]) > tolerance { converged = false }
                var y = [Double](repeating: 0, count: n)
                for (t, q) in basis.prefix(size).enumerated() where s[t] != 0 {
                    let c = s[t]
                    for r in 0..<n { y[r] += c * q[r] }
                }
                vectors.append(y)
            }
            if converged && wanted == count { return vectors }
            v = vectors.reduce([Double](repeating: 0, count: n)) { zip($0, $1).map(+) }
        }
        return nil
    }

    static func dot(_ a: [Double], _ b: [Double]) -> Double {
        var sum = 0.0
        for i in 0..<a.count { sum += a[i] * b[i] }
        return sum
    }

    private static func orthogonalise(_ w: inout [Double], against vectors: [[Double]]) {
        for q in vectors {
            let c = dot(w, q)
            for i in 0..<w.count { w[i] -= c * q[i] }
        }
    }

    private static func normalise(_ v: inout [Double]) -> Bool {
        let norm = dot(v, v).squareRoot()
        guard norm > 1e-300 else { return false }
        for i in 0..<v.count { v[i] /= norm }
        return true
    }
}
