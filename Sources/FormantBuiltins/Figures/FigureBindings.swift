import FormantAnalysis
import FormantCorpus
import FormantPlots
import FormantScript

/// Members that join two libraries: figures of analysis results and of utterances, and `corpus[i]`.
///
/// They live apart from each library's own bindings because neither library knows the other:
/// `profile.plot()` draws a `LayerProfile` as the study's Figures 1–3 draw one, `similarity.heatmap()`
/// draws a layer-by-layer matrix, `u.scatter()` colours a UMAP by the labels given to `umap` (or by a task of its embeddings), and
/// `utterance.plot()` shows waveform, pitch and TextGrid tiers aligned in time, as Praat does.
public enum FigureBindings {
    /// Registers the joining members; call after every library's own bindings.
    public static func register(into registry: Registry) {
        registerProfilePlot(into: registry)
        registerSimilarityHeatmap(into: registry)
        registerUMAPScatter(into: registry)
        registerUtterancePlot(into: registry)
        registerCorpusSubscript(into: registry)
    }

    private static func registerProfilePlot(into registry: Registry) {
        registry.type("LayerProfile", doc: "The result of profile.") { type in
            type.method(
                "plot(title: String? = nil, yLabel: String? = nil) -> LineChart",
                doc: "Draws the profile as a line per task over the layers, like the study's Figures 1 to 3."
            ) { receiver, arguments, _ in
                let profile = try receiver.libraryObject(LayerProfile.self)
                let series = profile.tasks.enumerated().map { column, task in
                    LineSeries(task, values: profile.values.map { $0[column] })
                }
                return try figure {
                    .native(try LineChart(
                        x: layerPositions(profile.layers), series: series, title: try arguments.string("title", default: nil),
                        xLabel: "layer", yLabel: try arguments.string("yLabel", default: nil) ?? profile.measure))
                }
            }
        }
    }

    private static func registerSimilarityHeatmap(into registry: Registry) {
        registry.type("SimilarityMatrix", doc: "The result of similarity.") { type in
            type.method(
                "heatmap(title: String? = nil) -> Heatmap",
                doc: "Draws the layer-by-layer similarity as a heatmap with a colour bar."
            ) { receiver, arguments, _ in
                let matrix = try receiver.libraryObject(SimilarityMatrix.self)
                return try figure {
                    .native(try Heatmap(
                        matrix.values, rowLabels: matrix.rows, columnLabels: matrix.columns,
                        title: try arguments.string("title", default: nil)))
                }
            }
        }
    }

    private static func registerUMAPScatter(into registry: Registry) {
        registry.type("UMAP", doc: "The result of umap: frames × 2 coordinates with their labels.") { type in
            type.method(
                "scatter(colorBy: [Any]? = nil, title: String? = nil) -> Scatter",
                doc: """
                    Draws the embedding, coloured by `colorBy` (one label per frame, or a task such as .tone when the \
                    UMAP is of a layer of embeddings: `umap(emb.layer(6)).scatter(colorBy: .tone)`) or by the labels \
                    given to `umap`.
                    """
            ) { receiver, arguments, _ in
                let embedding = try receiver.libraryObject(LabelledEmbedding.self)
                let labels = arguments.has("colorBy")
                    ? try AnalysisArguments(arguments).labelValues("colorBy", of: receiver) : embedding.labels
                let coordinates = embedding.embedding.coordinates
                let points = (0..<coordinates.rows).map { Array(coordinates.row($0)) }
                return try figure {
                    .native(try Scatter(
                        points: points, coloring: coloring(labels), title: try arguments.string("title", default: nil),
                        xLabel: "UMAP 1", yLabel: "UMAP 2"))
                }
            }
        }
    }

    private static func registerUtterancePlot(into registry: Registry) {
        registry.type("Utterance", doc: "One recording of a corpus.") { type in
            type.method(
                "plot(title: String? = nil) -> UtteranceView",
                doc: "Shows the waveform, the pitch track (autocorrelation, 75–600 Hz) and the TextGrid tiers aligned in time, as Praat does."
            ) { receiver, arguments, _ in
                let utterance = try receiver.libraryObject(Utterance.self)
                return try figure {
                    let audio = try utterance.audio()
                    let tiers = try (utterance.alignment()?.tiers ?? []).map { tier in
                        TextGridTier(name: tier.name, intervals: tier.intervals.map {
                            TextGridInterval(start: $0.xmin, end: $0.xmax, label: $0.text)
                        })
                    }
                    let pitch = PitchTracker().track(audio)
                    return .native(try UtteranceView(
                        samples: audio.samples.map(Double.init), sampleRate: Double(audio.sampleRate),
                        pitchTimes: pitch.times, pitchValues: pitch.frequencies, tiers: tiers,
                        title: try arguments.string("title", default: nil) ?? utterance.id))
                }
            }
        }
    }

    private static func registerCorpusSubscript(into registry: Registry) {
        registry.type("Corpus", doc: "A speech corpus.") { type in
            type.method("subscript(_ index: Int) -> Utterance", doc: "The utterance at `index` (from 0).") {
                receiver, arguments, _ in
                try figure { .native(try receiver.libraryObject(Corpus.self).utterance(try arguments.int("index"))) }
            }
        }
    }

    /// Runs `body`, turning library errors into script errors that keep their message.
    private static func figure(_ body: () throws -> Value) throws -> Value {
        do { return try body() } catch { throw ScriptError(error) }
    }

    /// The layer numbers in names such as "layer 6", or 0, 1, 2, … when a name carries none.
    private static func layerPositions(_ names: [String]) -> [Double] {
        let numbers = names.map { name in Double(name.split(separator: " ").last ?? "") }
        if numbers.allSatisfy({ $0 != nil }) { return numbers.map { $0 ?? 0 } }
        return names.indices.map(Double.init)
    }

    /// Categorical colouring for text or integer labels, a colour map for decimal numbers.
    private static func coloring(_ labels: [Value]) -> ScatterColoring {
        if labels.isEmpty { return .uniform }
        if labels.allSatisfy({ if case .double = $0 { return true } else { return false } }) {
            return .values(labels.compactMap(\.doubleValue), label: nil)
        }
        return .categories(labels.map(\.description))
    }
}
