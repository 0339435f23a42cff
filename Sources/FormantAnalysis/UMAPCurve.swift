import Foundation

/// The parameters a, b of UMAP's low-dimensional similarity 1/(1 + a·d^(2b)), fitted by least squares
/// to the target curve 1 for d < minDist, exp(−(d − minDist)/spread) beyond, on 300 points of
/// [0, 3·spread] (umap-learn's `find_ab_params`, which calls scipy's Levenberg–Marquardt `curve_fit`
/// from a = b = 1; the same problem is solved here by Levenberg–Marquardt from the same start).
enum UMAPCurve {
    static func fit(spread: Double, minDist: Double) -> (a: Double, b: Double) {
        let xs = (0..<300).map { 3 * spread * Double($0) / 299 }
        let ys = xs.map { $0 < minDist ? 1 : Foundation.exp(-($0 - minDist) / spread) }
        var a = 1.0, b = 1.0, lambda = 1e-3
        var cost = residualCost(xs, ys, a, b)
        for _ in 0..<500 {
            var jtj = [0.0, 0.0, 0.0], jtr = [0.0, 0.0]
            for (x, y) in zip(xs, ys) where x > 0 {
                let p = Foundation.pow(x, 2 * b), f = 1 / (1 + a * p)
                let da = -p * f * f, db = -a * p * 2 * Foundation.log(x) * f * f
                let r = f - y
                jtj[0] += da * da; jtj[1] += da * db; jtj[2] += db * db
                jtr[0] += da * r; jtr[1] += db * r
            }
            var improved = false
            while lambda < 1e12 {
                let m00 = jtj[0] * (1 + lambda), m11 = jtj[2] * (1 + lambda), m01 = jtj[1]
                let det = m00 * m11 - m01 * m01
                let stepA = -(m11 * jtr[0] - m01 * jtr[1]) / det, stepB = -(m00 * jtr[1] - m01 * jtr[0]) / det
                let trial = residualCost(xs, ys, a + stepA, b + stepB)
                if trial.isFinite && trial < cost {
                    let change = abs(cost - trial)
                    a += stepA; b += stepB; cost = trial
                    lambda = Swift.max(lambda / 10, 1e-12)
                    improved = change > 1e-15 * Swift.max(cost, 1e-300)
                    break
                }
                lambda *= 10
            }
            if !improved { break }
        }
        return (a, b)
    }

    private static func residualCost(_ xs: [Double], _ ys: [Double], _ a: Double, _ b: Double) -> Double {
        zip(xs, ys).reduce(0) { sum, point in
            let f = 1 / (1 + a * Foundation.pow(point.0, 2 * b))
            return sum + (f - point.1) * (f - point.1)
        }
    }
}
