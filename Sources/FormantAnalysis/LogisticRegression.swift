import Foundation
import FormantCore
import FormantNumerics

/// Multinomial logistic regression with an L2 penalty, fitted by L-BFGS: the linear probe.
///
/// Minimises C·Σᵢ −log softmax(Wᵀxᵢ + b)_{yᵢ} + ½‖W‖²_F (the intercept b unpenalised), the objective
/// of scikit-learn's `LogisticRegression(C=C, solver="lbfgs")`; L-BFGS (Nocedal & Wright, Numerical
/// Optimization, Alg. 7.5, memory 10) with a backtracking Armijo line search. It stops as scikit-learn's
/// call of scipy's L-BFGS-B does, on that objective divided by C·n (the mean loss plus the penalty): when
/// its largest gradient component is at most `tolerance` (`tol`, default 10⁻⁴), when an iteration lowers it
/// by at most 64ε relative to max(|f|, 1) (`ftol`), when the line search finds no lower point, or after
/// `maxIterations`.
public struct LogisticRegression: Sendable {
    /// Weights (features × classes).
    public let weights: Matrix
    /// Intercepts, one per class.
    public let intercepts: [Double]
    /// L-BFGS iterations used.
    public let iterations: Int

    /// Fits the model to frames `x` with class codes `codes` in 0..<classes.
    public static func fit(
        _ x: Matrix, codes: [Int], classes: Int, c: Double = 1, maxIterations: Int = 1000, tolerance: Double = 1e-4,
        context: OperationContext = .silent
    ) throws -> LogisticRegression {
        guard c > 0, c <= 1e12 else {
            throw AnalysisError.invalidParameter(
                measure: "probe", name: "c", value: "\(c)", expected: "positive and at most 1e12 (inverse L2 strength)")
        }
        guard tolerance >= 0, tolerance.isFinite else {
            throw AnalysisError.invalidParameter(measure: "probe", name: "tol", value: "\(tolerance)", expected: "finite and at least 0")
        }
        guard maxIterations >= 1 else {
            throw AnalysisError.invalidParameter(measure: "probe", name: "maxIterations", value: "\(maxIterations)", expected: "at least 1")
        }
        let d = x.columns, size = (d + 1) * classes
        // Two classes: scikit-learn fits one weight vector v = w₁ − w₀ with penalty ½‖v‖²; the two-column form
        // reaches the same optimum (w₁ = −w₀ = v/2, penalty ¼‖v‖²) when C is halved.
        let objective = Objective(x: x, codes: codes, classes: classes, c: classes == 2 ? c / 2 : c)
        let scale = c * Double(Swift.max(x.rows, 1))  // scikit-learn's objective is this one divided by C·n
        var theta = [Double](repeating: 0, count: size)
        var (value, gradient) = objective.evaluate(theta)
        var history: [(s: [Double], y: [Double], rho: Double)] = []
        var iteration = 0
        while iteration < maxIterations, (gradient.map(abs).max() ?? 0) / scale > tolerance {
            let direction = Self.direction(gradient, history)
            guard let (trial, trialValue, trialGradient) = Self.lineSearch(
                objective, from: theta, value: value, gradient: gradient, direction: direction, firstIteration: iteration == 0)
            else { break }
            let s = zip(trial, theta).map(-), y = zip(trialGradient, gradient).map(-)
            let sy = zip(s, y).reduce(0) { $0 + $1.0 * $1.1 }
            if sy > 1e-12 {
                history.append((s, y, 1 / sy))
                if history.count > 10 { history.removeFirst() }
            }
            let reduction = (value - trialValue) / Swift.max(abs(value), abs(trialValue), scale)
            (theta, value, gradient) = (trial, trialValue, trialGradient)
            iteration += 1
            try context.step("probe", completed: iteration, total: maxIterations)
            if reduction <= 64 * Double.ulpOfOne { break }
        }
        // Stopped before the iteration limit: the progress bar ends full, at the iterations it took.
        context.progress.report("probe", completed: Swift.max(iteration, 1), total: Swift.max(iteration, 1))
        let weights = Matrix(rows: d, columns: classes, storage: Array(theta[0..<(d * classes)]))
        return LogisticRegression(weights: weights, intercepts: Array(theta[(d * classes)...]), iterations: iteration)
    }

    /// Class probabilities for every frame (frames × classes).
    public func probabilities(_ x: Matrix) -> Matrix {
        Objective.softmax(x * weights, intercepts)
    }

    /// The most probable class of every frame.
    public func predict(_ x: Matrix) -> [Int] {
        let p = probabilities(x)
        return (0..<p.rows).map { i in
            let row = p.row(i)
            return row.indices.max { row[$0] < row[$1] }.map { $0 - row.startIndex } ?? 0
        }
    }

    /// The first point along `direction` from `theta` (step 1, or 1/‖g‖ at the first iteration, halved up to 50
    /// times) whose value satisfies Armijo's sufficient decrease, with its value and gradient; nil if none does.
    private static func lineSearch(
        _ objective: Objective, from theta: [Double], value: Double, gradient: [Double], direction: [Double], firstIteration: Bool
    ) -> ([Double], Double, [Double])? {
        var step = firstIteration ? 1 / Swift.max(1, norm(gradient)) : 1.0
        let slope = zip(direction, gradient).reduce(0) { $0 + $1.0 * $1.1 }
        for _ in 0..<50 {
            let trial = zip(theta, direction).map { $0 + step * $1 }
            let (trialValue, trialGradient) = objective.evaluate(trial)
            if trialValue <= value + 1e-4 * step * slope { return (trial, trialValue, trialGradient) }
            step /= 2
        }
        return nil
    }

    /// The two-loop recursion: −H·g for the L-BFGS inverse Hessian approximation H.
    private static func direction(_ gradient: [Double], _ history: [(s: [Double], y: [Double], rho: Double)]) -> [Double] {
        var q = gradient
        var alphas = [Double](repeating: 0, count: history.count)
        for (index, pair) in history.enumerated().reversed() {
            let alpha = pair.rho * zip(pair.s, q).reduce(0) { $0 + $1.0 * $1.1 }
            alphas[index] = alpha
            for i in 0..<q.count { q[i] -= alpha * pair.y[i] }
        }
        if let last = history.last {
            let gamma = 1 / (last.rho * last.y.reduce(0) { $0 + $1 * $1 })
            q = q.map { $0 * gamma }
        }
        for (index, pair) in history.enumerated() {
            let beta = pair.rho * zip(pair.y, q).reduce(0) { $0 + $1.0 * $1.1 }
            for i in 0..<q.count { q[i] += pair.s[i] * (alphas[index] - beta) }
        }
        return q.map { -$0 }
    }

    private static func norm(_ v: [Double]) -> Double { v.reduce(0) { $0 + $1 * $1 }.squareRoot() }

    /// The penalised negative log-likelihood and its gradient in θ = (vec W, b).
    private struct Objective {
        let x: Matrix, codes: [Int], classes: Int, c: Double

        func evaluate(_ theta: [Double]) -> (Double, [Double]) {
            let d = x.columns
            let w = Matrix(rows: d, columns: classes, storage: Array(theta[0..<(d * classes)]))
            let b = Array(theta[(d * classes)...])
            var p = Self.softmax(x * w, b)
            var loss = 0.0
            for (i, code) in codes.enumerated() {
                loss -= Foundation.log(Swift.max(p[i, code], 1e-300))
                p[i, code] -= 1
            }
            let gradW = c * x.multiplied(by: p, transposingSelf: true) + w
            var gradB = [Double](repeating: 0, count: classes)
            for i in 0..<p.rows { for k in 0..<classes { gradB[k] += c * p[i, k] } }
            let penalty = 0.5 * w.storage.reduce(0) { $0 + $1 * $1 }
            return (c * loss + penalty, gradW.storage + gradB)
        }

        static func softmax(_ logits: Matrix, _ b: [Double]) -> Matrix {
            var p = logits
            for i in 0..<p.rows {
                var largest = -Double.infinity
                for k in 0..<p.columns { p[i, k] += b[k]; largest = Swift.max(largest, p[i, k]) }
                var sum = 0.0
                for k in 0..<p.columns { p[i, k] = Foundation.exp(p[i, k] - largest); sum += p[i, k] }
                for k in 0..<p.columns { p[i, k] /= sum }
            }
            return p
        }
    }
}
