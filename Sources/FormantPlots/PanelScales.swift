/// The scales a panel is drawn with: its own, or a grid's shared ones.
public struct PanelScales: Equatable {
    /// Ticks (and so the domain) of the x axis, `nil` for a categorical x.
    public var x: Ticks?
    /// Ticks (and so the domain) of the y axis, `nil` for a categorical y.
    public var y: Ticks?
    /// The value range of the colour map, `nil` when colours are categorical.
    public var color: ClosedRange<Double>?

    /// Nice scales covering `extents`.
    public init(covering extents: PanelExtents) {
        x = extents.x.map { Ticks(covering: $0) }
        y = extents.y.map { Ticks(covering: $0) }
        color = extents.color
    }
}
