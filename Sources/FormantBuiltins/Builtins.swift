import FormantScript

/// The library half of the script language: every domain library's functions and types,
/// registered through the one `Registry`.
///
/// The interpreter adds the language's own prelude (print, math, collections); this adds the
/// models, corpora, analyses and figures. Each library's bindings live in a folder of their own.
public enum Builtins {
    /// A registry holding every library binding.
    public static func registry() -> Registry {
        let registry = Registry()
        register(into: registry)
        return registry
    }

    /// Registers every library binding into `registry`.
    public static func register(into registry: Registry) {
        ModelBindings.register(into: registry)
        CorpusBindings.register(into: registry)
        AnalysisBindings.register(into: registry)
        PlotBindings.register(into: registry)
        FigureBindings.register(into: registry)
    }
}
