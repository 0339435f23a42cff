/// Formant's version, shown by `formant --version` and in `kernel_info_reply`.
enum FormantVersion {
    static let string = "0.1.0"
}
