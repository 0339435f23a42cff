import FormantCore
import FormantPlots
import FormantScript

/// A training curve as a script sees it: the figure plus the id of the notebook display that
/// shows it, so each `record` replaces the shown figure (`update_display_data`) instead of adding one.
public final class LiveTrainingCurve: ScriptNative, RichDisplayable {
    public static var scriptTypeName: String { "TrainingCurve" }

    /// The figure being drawn.
    public let curve: TrainingCurve
    private var displayID: String?

    /// Wraps `curve`; nothing is shown until the first `record` or `show`.
    public init(curve: TrainingCurve) {
        self.curve = curve
    }

    /// Records values at `step`, then shows the updated figure in place.
    public func record(step: Double, _ values: [(name: String, value: Double)], context: ScriptContext) throws {
        try curve.record(step: step, values)
        show(in: context)
    }

    /// Shows the figure: a new display the first time, an in-place update afterwards.
    public func show(in context: ScriptContext) {
        if let displayID {
            context.output.update(curve.mimeBundle, displayID: displayID)
        } else {
            let id = context.makeDisplayID("training")
            displayID = id
            context.output.display(curve.mimeBundle, displayID: id)
        }
    }

    public var mimeBundle: MIMEBundle { curve.mimeBundle }
}
