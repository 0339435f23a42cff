/// The data ranges a panel covers, so a grid can give all its panels shared scales.
public struct PanelExtents: Equatable {
    /// The x range of the data (or the range the caller fixed), `nil` for a categorical x.
    public var x: ClosedRange<Double>?
    /// The y range of the data (or the range the caller fixed), `nil` for a categorical y.
    public var y: ClosedRange<Double>?
    /// The range of values mapped to colours, `nil` when colours are categorical.
    public var color: ClosedRange<Double>?

    /// Extents with the given ranges.
    public init(x: ClosedRange<Double>? = nil, y: ClosedRange<Double>? = nil, color: ClosedRange<Double>? = nil) {
        self.x = x
        self.y = y
        self.color = color
    }

    /// The smallest extents containing all of `extents` (a grid's shared scales).
    static func union(_ extents: [PanelExtents]) -> PanelExtents {
        func join(_ ranges: [ClosedRange<Double>?]) -> ClosedRange<Double>? {
            let present = ranges.compactMap { $0 }
            guard let lower = present.map(\.lowerBound).min(), let upper = present.map(\.upperBound).max() else {
                return nil
            }
            return lower...upper
        }
        return PanelExtents(x: join(extents.map(\.x)), y: join(extents.map(\.y)), color: join(extents.map(\.color)))
    }
}
