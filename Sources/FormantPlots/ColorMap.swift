/// Perceptually uniform sequential colour maps for continuous values (colour bars, heatmaps, scatters).
///
/// Each map is linear interpolation in sRGB between 17 control points: entries 0, 16, …, 240 and
/// 255 of the published 256-entry tables (van der Walt & Smith, viridis, matplotlib 1.5, 2015;
/// Nuñez, Anderton & Renslow, "Optimizing colormaps with consideration for color vision deficiency
/// to enable accurate interpretation of scientific data", PLOS ONE 13(7), 2018, for cividis).
public enum ColorMap: String, CaseIterable {
    case viridis
    case cividis

    /// The colour at `t` in 0...1 (clamped): the lowest value maps to 0, the highest to 1.
    public func color(at t: Double) -> Color {
        let points = controlPoints
        let clamped = t.isNaN ? 0 : min(1, max(0, t))
        let position = clamped * 255
        guard let upperIndex = points.firstIndex(where: { Double($0.index) >= position }) else {
            return Color(unit: points[points.count - 1].r, points[points.count - 1].g, points[points.count - 1].b)
        }
        let upper = points[upperIndex]
        guard upperIndex > 0 else { return Color(unit: upper.r, upper.g, upper.b) }
        let lower = points[upperIndex - 1]
        let f = (position - Double(lower.index)) / Double(upper.index - lower.index)
        return Color(
            unit: lower.r + f * (upper.r - lower.r), lower.g + f * (upper.g - lower.g), lower.b + f * (upper.b - lower.b))
    }

    /// (index in the 256-entry table, red, green, blue in 0...1).
    private var controlPoints: [(index: Int, r: Double, g: Double, b: Double)] {
        switch self {
        case .viridis:
            return [
                (0, 0.267004, 0.004874, 0.329415), (16, 0.282327, 0.094955, 0.417331),
                (32, 0.278826, 0.175490, 0.483397), (48, 0.258965, 0.251537, 0.524736),
                (64, 0.229739, 0.322361, 0.545706), (80, 0.199430, 0.387607, 0.554642),
                (96, 0.172719, 0.448791, 0.557885), (112, 0.149039, 0.508051, 0.557250),
                (128, 0.127568, 0.566949, 0.550556), (144, 0.120638, 0.625828, 0.533488),
                (160, 0.157851, 0.683765, 0.501686), (176, 0.246070, 0.738910, 0.452024),
                (192, 0.369214, 0.788888, 0.382914), (208, 0.515992, 0.831158, 0.294279),
                (224, 0.678489, 0.863742, 0.189503), (240, 0.845561, 0.887322, 0.099702),
                (255, 0.993248, 0.906157, 0.143936),
            ]
        case .cividis:
            return [
                (0, 0.000000, 0.135112, 0.304751), (16, 0.000000, 0.178802, 0.414764),
                (32, 0.103401, 0.220406, 0.435790), (48, 0.195057, 0.264372, 0.425924),
                (64, 0.263738, 0.307831, 0.422789), (80, 0.324250, 0.351289, 0.426250),
                (96, 0.380830, 0.395164, 0.435653), (112, 0.435168, 0.439763, 0.451134),
                (128, 0.488697, 0.485318, 0.471008), (144, 0.547840, 0.531895, 0.471704),
                (160, 0.609105, 0.579816, 0.463638), (176, 0.671991, 0.629316, 0.448018),
                (192, 0.736488, 0.680629, 0.424028), (208, 0.802667, 0.733978, 0.390153),
                (224, 0.870717, 0.789572, 0.343333), (240, 0.941147, 0.847530, 0.275815),
                (255, 0.995737, 0.909344, 0.217772),
            ]
        }
    }
}
