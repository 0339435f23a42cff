/// A type that shows itself in a notebook: the one display protocol every library type adopts.
///
/// The kernel publishes `mimeBundle` as `execute_result` or `display_data`; `formant run`
/// prints its plain text and saves its figures.
public protocol RichDisplayable {
    /// The representations of this value, `text/plain` always included.
    var mimeBundle: MIMEBundle { get }
}
