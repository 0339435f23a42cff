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
        var known = OrthonormalRows(capacity: deflated.count, size: n)
        for vector in deflated { known.append(vector) }
        var v = start
        for _ in 0..<restarts {
            known.orthogonalise(&v)
            guard normalise(&v) else { return nil }
            var basis = OrthonormalRows(capacity: m, size: n)
            basis.append(v)
            var (current, previous) = (v, [Double]())
            var alpha = [Double](), beta = [Double]()
            for j in 0..<m {
                var w = apply(current)
                let a = dot(w, current)
                alpha.append(a)
                // The three-term recurrence, then one full reorthogonalisation: "twice is enough".
                subtract(a, current, from: &w)
                if j > 0 { subtract(beta[j - 1], previous, from: &w) }
                known.orthogonalise(&w)
                basis.orthogonalise(&w)
                let b = dot(w, w).squareRoot()
                beta.append(b)
                if j == m - 1 || b < 1e-10 { break }
                previous = current
                current = w.map { $0 / b }
                basis.append(current)
            }
            let size = alpha.count
            let ritz = try LinearAlgebra.tridiagonalEigen(diagonal: alpha, offDiagonal: Array(beta.prefix(size - 1)))
            let wanted = Swift.min(count, size)
            let last = beta[size - 1]
            let converged = (0..<wanted).allSatisfy { abs(last * ritz.vectors[size - 1, $0]) <= tolerance }
            let vectors = (0..<wanted).map { basis.combination(ritz.vectors.column($0)) }
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
