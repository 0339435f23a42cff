import FormantNumerics

/// Frame labels as a one-hot matrix (frames × classes), classes in order of first appearance.
struct OneHot {
    /// The class index of every frame.
    let codes: [Int]
    /// The number of classes.
    let classes: Int

    /// Encodes `labels`; throws for no labels or a single class.
    init<Label: Hashable>(_ labels: [Label], measure: String, name: String) throws {
        guard let first = labels.first else {
            throw AnalysisError.empty(measure: measure, input: name, rows: 0, columns: 0)
        }
        var index: [Label: Int] = [:]
        codes = labels.map { label in
            if let code = index[label] { return code }
            index[label] = index.count
            return index.count - 1
        }
        classes = index.count
        guard classes >= 2 else { throw AnalysisError.oneClass(measure: measure, input: name, label: "\(first)") }
    }

    /// The one-hot matrix (frames × classes).
    var matrix: Matrix {
        var matrix = Matrix(rows: codes.count, columns: classes)
        for (row, code) in codes.enumerated() { matrix[row, code] = 1 }
        return matrix
    }

    /// The number of frames of every class.
    var counts: [Int] {
        var counts = [Int](repeating: 0, count: classes)
        for code in codes { counts[code] += 1 }
        return counts
    }
}

extension FrameMatrix {
    /// The one-hot matrix (frames × classes) of frame labels, classes in order of first appearance:
    /// the second view when a representation is compared with a task. Throws for one class.
    public static func oneHot<Label: Hashable>(_ labels: [Label], name: String = "labels", measure: String = "analysis") throws -> FrameMatrix {
        FrameMatrix(try OneHot(labels, measure: measure, name: name).matrix, name: name)
    }
}
