import FormantCore
import FormantNumerics

/// A framewise linear probe: multinomial logistic regression (L2, L-BFGS) trained on the frames of some
/// groups (speakers) and scored on the frames of the others, so that it measures what generalises
/// across speakers. Features are standardised with the training frames' means and deviations.
public enum Probe {
    /// Trains on frames whose group is not in `testGroups` and scores on the rest; when `testGroups`
    /// is nil, every fifth group in sorted order (20 %, at least one) is held out, plus, for each class those
    /// groups lack, the first other group holding it (when the training frames keep that class without it), so
    /// that with speakers as groups a sex probe is scored on both sexes. A test set of one class, which
    /// balanced accuracy cannot score, is an error. `options` sets the regression's C, tolerance and iterations.
    public static func evaluate<Label: Hashable & Comparable, Group: Hashable & Comparable>(
        _ x: FrameMatrix, labels: [Label], groups: [Group], testGroups: Set<Group>? = nil,
        options: ProbeOptions = ProbeOptions(), context: OperationContext = .silent
    ) throws -> ProbeResult {
        let measure = "probe"
        try x.validate(for: measure)
        try requireCount(labels.count, "labels", x)
        try requireCount(groups.count, "groups", x)
        let classes = Array(Set(labels)).sorted()
        guard classes.count >= 2 else { throw AnalysisError.oneClass(measure: measure, input: "labels", label: "\(labels.first.map { "\($0)" } ?? "")") }
        let distinctGroups = Array(Set(groups)).sorted()
        let held = testGroups ?? defaultTestGroups(labels: labels, groups: groups)
        let test = groups.indices.filter { held.contains(groups[$0]) }
        let train = groups.indices.filter { !held.contains(groups[$0]) }
        guard !train.isEmpty, !test.isEmpty, distinctGroups.count >= 2 else {
            throw AnalysisError.invalidParameter(
                measure: measure, name: "groups", value: "\(distinctGroups.count) groups",
                expected: "at least two groups, with frames both in the training and the test groups")
        }
        let testClasses = Set(test.map { labels[$0] })
        guard testClasses.count >= 2 else {
            throw AnalysisError.invalidParameter(
                measure: measure, name: "testGroups", value: held.sorted().map { "\($0)" }.joined(separator: ", "),
                expected: "test groups holding frames of at least two classes (these hold only '\(testClasses.first!)'), "
                    + "so that the probe is scored on more than one class")
        }
        let index = Dictionary(uniqueKeysWithValues: classes.enumerated().map { ($1, $0) })
        let codes = labels.map { index[$0]! }
        let data = x.matrix
        let (trainX, testX) = standardised(data.selectingRows(train), data.selectingRows(test))
        let model = try LogisticRegression.fit(
            trainX, codes: train.map { codes[$0] }, classes: classes.count, c: options.c,
            maxIterations: options.maxIterations, tolerance: options.tolerance, context: context)
        let predicted = model.predict(testX)
        let truth = test.map { codes[$0] }
        return ProbeResult(classes: classes.map { "\($0)" }, truth: truth, predicted: predicted,
                           trainFrames: train.count, testFrames: test.count, iterations: model.iterations)
    }

    /// Every fifth group in sorted order (at least one), then for each class missing from their frames the first
    /// remaining group holding it, if some other training group holds it too.
    private static func defaultTestGroups<Label: Hashable & Comparable, Group: Hashable & Comparable>(labels: [Label], groups: [Group]) -> Set<Group> {
        var classesOf: [Group: Set<Label>] = [:]
        for (label, group) in zip(labels, groups) { classesOf[group, default: []].insert(label) }
        let sorted = classesOf.keys.sorted()
        var held = Set(sorted.enumerated().filter { $0.offset % 5 == 4 || sorted.count < 5 && $0.offset == sorted.count - 1 }.map(\.element))
        for label in Set(labels).sorted() where !held.contains(where: { classesOf[$0]!.contains(label) }) {
            let holders = sorted.filter { !held.contains($0) && classesOf[$0]!.contains(label) }
            if holders.count >= 2 { held.insert(holders[0]) }
        }
        return held
    }

    private static func requireCount(_ count: Int, _ name: String, _ x: FrameMatrix) throws {
        guard count == x.frames else {
            throw AnalysisError.frameCountMismatch(measure: "probe", first: x.name, firstFrames: x.frames, second: name, secondFrames: count)
        }
    }

    /// Both sets standardised with the training set's per-feature mean and standard deviation.
    private static func standardised(_ train: Matrix, _ test: Matrix) -> (Matrix, Matrix) {
        let means = train.columnMeans
        let deviations = (0..<train.columns).map { j -> Double in
            let v = (0..<train.rows).reduce(0.0) { $0 + (train[$1, j] - means[j]) * (train[$1, j] - means[j]) } / Double(train.rows)
            return v > 0 ? v.squareRoot() : 1
        }
        func apply(_ m: Matrix) -> Matrix {
            var result = m
            for i in 0..<m.rows { for j in 0..<m.columns { result[i, j] = (m[i, j] - means[j]) / deviations[j] } }
            return result
        }
        return (apply(train), apply(test))
    }
}

/// How well a probe predicts held-out frames.
public struct ProbeResult: Sendable, Equatable {
    /// Class names, in code order.
    public let classes: [String]
    /// True class codes of the test frames.
    public let truth: [Int]
    /// Predicted class codes of the test frames.
    public let predicted: [Int]
    /// Frames trained on.
    public let trainFrames: Int
    /// Frames scored.
    public let testFrames: Int
    /// L-BFGS iterations used.
    public let iterations: Int

    /// The fraction of test frames classified correctly.
    public var accuracy: Double {
        Double(zip(truth, predicted).filter { $0 == $1 }.count) / Double(Swift.max(truth.count, 1))
    }

    /// The mean per-class recall over the classes present in the test frames (robust to class imbalance).
    public var balancedAccuracy: Double {
        var hits = [Int: Int](), totals = [Int: Int]()
        for (t, p) in zip(truth, predicted) {
            totals[t, default: 0] += 1
            if t == p { hits[t, default: 0] += 1 }
        }
        let recalls = totals.map { Double(hits[$0.key] ?? 0) / Double($0.value) }
        return recalls.reduce(0, +) / Double(Swift.max(recalls.count, 1))
    }
}
