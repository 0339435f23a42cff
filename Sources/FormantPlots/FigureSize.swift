/// A figure's size in pixels, checked once so every figure type validates it the same way.
public struct FigureSize: Equatable {
    public let width: Double
    public let height: Double

    /// A size; throws unless both sides are positive and finite.
    public init(width: Double, height: Double) throws {
        guard width.isFinite, height.isFinite, width > 0, height > 0 else {
            throw PlotError.invalidSize(width: width, height: height)
        }
        self.width = width
        self.height = height
    }

    /// The default size of a single chart.
    public static let chart = FigureSize(unchecked: 640, 400)

    /// The default size of one training-curve panel.
    public static let trainingPanel = FigureSize(unchecked: 420, 280)

    init(unchecked width: Double, _ height: Double) {
        self.width = width
        self.height = height
    }
}
