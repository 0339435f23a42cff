/// Input checks shared by every figure, each throwing a `PlotError` that names the data at fault.
enum Validation {
    /// Throws unless `values` has at least one element.
    static func nonEmpty<T>(_ values: [T], _ what: @autoclosure () -> String) throws {
        if values.isEmpty { throw PlotError.emptyData(what: what()) }
    }

    /// Throws unless `values` has exactly `count` elements.
    static func length<T>(_ values: [T], _ count: Int, _ what: @autoclosure () -> String) throws {
        if values.count != count { throw PlotError.lengthMismatch(what: what(), expected: count, actual: values.count) }
    }

    /// Throws at the first NaN or infinite value.
    static func finite(_ values: [Double], _ what: @autoclosure () -> String) throws {
        if let index = values.firstIndex(where: { !$0.isFinite }) { throw PlotError.nonFinite(what: what(), index: index) }
    }

    /// Throws at the first infinite value; NaN is allowed (it marks a gap or a missing cell).
    static func noInfinity(_ values: [Double], _ what: @autoclosure () -> String) throws {
        if let index = values.firstIndex(where: { $0.isInfinite }) { throw PlotError.nonFinite(what: what(), index: index) }
    }

    /// Throws unless `range` is finite with lower < upper.
    static func range(_ range: ClosedRange<Double>?, _ what: @autoclosure () -> String) throws {
        guard let range else { return }
        guard range.lowerBound.isFinite, range.upperBound.isFinite, range.lowerBound < range.upperBound else {
            throw PlotError.invalidRange(what: what(), lower: range.lowerBound, upper: range.upperBound)
        }
    }

    /// The smallest range holding every finite value of `values`, or `nil` when there is none.
    static func extent(_ values: [Double]) -> ClosedRange<Double>? {
        var lower = Double.infinity, upper = -Double.infinity
        for value in values where value.isFinite {
            lower = min(lower, value)
            upper = max(upper, value)
        }
        return lower <= upper ? lower...upper : nil
    }
}
