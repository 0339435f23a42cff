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
                // The three-term recurrence, then one full reorthogonalisation: "twice is enough".
                subtract(a, basis[j], from: &w)
                if j > 0 { subtract(beta[j - 1], basis[j - 1], from: &w) }
                orthogonalise(&w, against: deflated)
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

    /// w ← w − Σ_q ⟨w, q⟩q (classical Gram–Schmidt against orthonormal `vectors`), on every core: the
    /// coefficients by vector, the subtraction by range of elements (each element's sum in the same order,
    /// so the result does not depend on the thread count).
    private static func orthogonalise(_ w: inout [Double], against vectors: [[Double]]) {
        var coefficients = [Double](repeating: 0, count: vectors.count)
        let source = w
        coefficients.withUnsafeMutableBufferPointer { c in
            let output = c
            Threading.parallelFor(vectors.count) { range in
                for index in range { output[index] = dot(source, vectors[index]) }
            }
        }
        w.withUnsafeMutableBufferPointer { out in
            let output = out
            Threading.parallelFor(output.count, minimumChunk: 4096) { range in
                for (q, c) in zip(vectors, coefficients) where c != 0 {
                    q.withUnsafeBufferPointer { q in
                        for i in range { output[i] -= c * q[i] }
                    }
                }
            }
        }
    }

    /// w ← w − c·q.
    private static func subtract(_ c: Double, _ q: [Double], from w: inout [Double]) {
        w.withUnsafeMutableBufferPointer { out in
            q.withUnsafeBufferPointer { source in
                for i in 0..<out.count { out[i] -= c * source[i] }
            }
        }
    }

    private static func normalise(_ v: inout [Double]) -> Bool {
        let norm = dot(v, v).squareRoot()
        guard norm > 1e-300 else { return false }
        for i in 0..<v.count { v[i] /= norm }
        return true
    }
}
