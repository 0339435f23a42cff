/// How a scatter's points are coloured.
public enum ScatterColoring: Equatable {
    /// One colour for every point.
    case uniform
    /// A class label per point (tone, phone, speaker sex), with a legend.
    case categories([String])
    /// A number per point mapped through a colour map, with a colour bar.
    case values([Double], label: String?)
}
