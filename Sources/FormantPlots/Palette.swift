/// Colour-blind-safe categorical palettes for series and class labels.
///
/// Okabe & Ito, "Color Universal Design" (2008); Tol, "Colour Schemes", SRON/EPS/TN/09-002 (2021).
/// Colours repeat cyclically past the palette's length.
public enum Palette: String, CaseIterable {
    /// Okabe–Ito's eight colours (the default), reordered so the five most distinct on white come
    /// first (orange, sky blue, bluish green, blue, vermillion), then reddish purple, yellow, black.
    case okabeIto
    /// Paul Tol's "bright" qualitative scheme (seven colours).
    case tolBright
    /// Paul Tol's "muted" qualitative scheme (nine colours).
    case tolMuted

    /// The palette's colours in order.
    public var colors: [Color] {
        switch self {
        case .okabeIto:
            return [0xE69F00, 0x56B4E9, 0x009E73, 0x0072B2, 0xD55E00, 0xCC79A7, 0xF0E442, 0x000000].map(Color.init(hex:))
        case .tolBright:
            return [0x4477AA, 0xEE6677, 0x228833, 0xCCBB44, 0x66CCEE, 0xAA3377, 0xBBBBBB].map(Color.init(hex:))
        case .tolMuted:
            return [0xCC6677, 0x332288, 0xDDCC77, 0x117733, 0x88CCEE, 0x882255, 0x44AA99, 0x999933, 0xAA4499]
                .map(Color.init(hex:))
        }
    }

    /// The colour of the `index`-th category (cycling).
    public func color(_ index: Int) -> Color {
        let all = colors
        return all[((index % all.count) + all.count) % all.count]
    }
}
