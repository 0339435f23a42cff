/// What explains a figure's colours, drawn at its right edge: a legend or a colour bar.
public enum Guide: Equatable {
    /// Categorical colours, one entry per series or class.
    case legend([LegendEntry])
    /// A continuous colour map with an optional label; its range is the figure's colour domain.
    case colorBar(ColorMap, label: String?)

    /// The width the guide takes at the right of the figure.
    var width: Double {
        switch self {
        case .legend(let entries):
            let longest = entries.map { TextMetrics.width($0.label) }.max() ?? 0
            return min(220, 12 + 26 + longest + 12)
        case .colorBar(_, let label):
            return label == nil ? 64 : 80
        }
    }

    /// Merges the guides of grid panels: legends by label in order of first appearance; the first
    /// colour bar otherwise.
    static func merged(_ guides: [Guide]) -> Guide? {
        var entries: [LegendEntry] = []
        for case .legend(let list) in guides {
            for entry in list where !entries.contains(where: { $0.label == entry.label }) { entries.append(entry) }
        }
        if !entries.isEmpty { return .legend(entries) }
        return guides.first
    }
}
