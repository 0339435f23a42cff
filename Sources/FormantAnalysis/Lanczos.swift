import FormantNumerics

/// The largest eigenpairs of a symmetric operator by the Lanczos method with full
/// reorthogonalisation and explicit restarts (Golub & Van Loan, Matrix Computations, §10.1),
/// optionally in the orthogonal complement of known eigenvectors (deflation).
///
/// The Krylov basis is kept as the rows of one matrix, so each reorthogonalisation and each Ritz
/// vector is a pair of BLAS matrix–vector products rather than a loop over vectors.
enum Lanczos {
    /// The `count` algebraically largest eigenvectors of `apply` (an n×n symmetric operator) orthogonal
    /// to every vector of `deflated`, or `nil` if the Ritz residuals do not fall below `tolerance`.
    static func largest(
        count: Int, size n: Int, apply: ([Double]) -> [Double], deflated: [[Double]], start: [Double],
        basisSize: Int, restarts: Int = 30, tolerance: Double = 1e-4
    ) throws -> [[Double]]? {
        let m = Swift.min(basisSize, n - deflated.count)
        guard count >= 1, m >= count else { return nil }
        let known = Matrix(rows: deflated.count, columns: n, storage: deflated.flatMap { $0 })
        var basis = Matrix(rows: m, columns: n)
        var v = start
        for _ in 0..<restarts {
            orthogonalise(&v, against: known, rows: known.rows)
            guard normalise(&v) else { return nil }
            basis.setRow(0, to: v)
            var alpha = [Double](), beta = [Double]()
            for j in 0..<m {
                let q = Array(basis.row(j))
                var w = apply(q)
                alpha.append(dot(w, q))
                orthogonalise(&w, against: known, rows: known.rows)
                orthogonalise(&w, against: basis, rows: j + 1)
                orthogonalise(&w, against: basis, rows: j + 1)
                let b = dot(w, w).squareRoot()
                beta.append(b)
                if j == m - 1 || b < 1e-10 { break }
                basis.setRow(j + 1, to: w.map { $0 / b })
            }
            let size = alpha.count
            let ritz = try LinearAlgebra.tridiagonalEigen(diagonal: alpha, offDiagonal: Array(beta.prefix(size - 1)))
            let wanted = Swift.min(count, size)
            let vectors = (0..<wanted).map { basis.combiningRows(Array(ritz.vectors.column($0)), leadingRows: size) }
            let converged = (0..<wanted).allSatisfy { abs(beta[size - 1] * ritz.vectors[size - 1, $0]) <= tolerance }
            if converged && wanted == count { return vectors }
            v = vectors.reduce([Double](repeating: 0, count: n)) { zip($0, $1).map(+) }
        }
        return nil
    }

    /// Σ aᵢbᵢ, four lanes at a time.
    static func dot(_ a: [Double], _ b: [Double]) -> Double {
        a.withUnsafeBufferPointer { x in
            b.withUnsafeBufferPointer { y in
                var lanes = SIMD4<Double>()
                var i = 0
                while i + 4 <= x.count {
                    lanes += UnsafeRawPointer(x.baseAddress! + i).loadUnaligned(as: SIMD4<Double>.self)
                        * UnsafeRawPointer(y.baseAddress! + i).loadUnaligned(as: SIMD4<Double>.self)
                    i += 4
                }
                var sum = lanes.sum()
                while i < x.count { sum += x[i] * y[i]; i += 1 }
                return sum
            }
        }
    }

    /// w ← w − Qᵀ(Q·w) over the first `rows` rows of Q (classical Gram–Schmidt against orthonormal rows).
    private static func orthogonalise(_ w: inout [Double], against q: Matrix, rows: Int) {
        guard rows > 0 else { return }
        let projection = q.combiningRows(q.multiplied(by: w, leadingRows: rows), leadingRows: rows)
        for i in w.indices { w[i] -= projection[i] }
    }

    private static func normalise(_ v: inout [Double]) -> Bool {
        let norm = dot(v, v).squareRoot()
        guard norm > 1e-300 else { return false }
        for i in 0..<v.count { v[i] /= norm }
        return true
    }
}
