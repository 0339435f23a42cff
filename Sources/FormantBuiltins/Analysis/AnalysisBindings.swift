import FormantAnalysis
import FormantCore
import FormantNumerics
import FormantScript

/// The representation analyses in the script language: `svcca`, `cca`, `pwcca`, `cka`, `probe`,
/// `profile`, `similarity`, `pca`, `umap` and `trustworthiness`, and the members of their results.
public enum AnalysisBindings {
    /// Registers the analysis functions and result types into `registry`.
    public static func register(into registry: Registry) {
        registerTypes(into: registry)
        registerSimilarities(into: registry)
        registerLayerStudies(into: registry)
        registerEmbeddings(into: registry)
        registerEmbeddingExtraction(into: registry)
    }

    /// Runs a binding body, turning the library's input errors into argument errors of the call.
    static func guarded(_ arguments: BoundArguments, _ body: (AnalysisArguments) throws -> Value) throws -> Value {
        do {
            return try body(AnalysisArguments(arguments))
        } catch let error as AnalysisError {
            throw ScriptError.invalidArgument(function: arguments.signature.selector, message: error.description)
        }
    }

    /// A Float32 tensor as a script value.
    static func tensorValue(_ tensor: Tensor) -> Value { .native(NativeObject(typeName: "Tensor", object: tensor)) }

    /// Numbers as a script array.
    static func numbers(_ values: [Double]) -> Value { .array(values.map(Value.double)) }

    /// Rows of a matrix as a script array of arrays.
    static func rows(_ matrix: Matrix) -> Value { .array((0..<matrix.rows).map { numbers(Array(matrix.row($0))) }) }

    private static func registerSimilarities(into registry: Registry) {
        registry.function(
            "svcca(_ a: Tensor, _ b: Tensor? = nil, labels: [Any]? = nil, keep: Double = 0.99) -> SVCCAResult",
            doc: """
                SVCCA (Raghu et al. 2017) between two representations of the same frames (frames × features), \
                or between a representation and frame `labels` (their one-hot matrix): one label per frame, or a \
                task whose labels travel with a layer of embeddings, `svcca(emb.layer(6), labels: .tone)`. Each view \
                keeps its leading SVD directions: `keep: 0.99` keeps 99 % of variance (`keep: 1` all of it), `keep: 20` keeps \
                20 directions. Matches google/svcca's recipe. `.mean` is the similarity, `.correlations` the canonical \
                correlations; with many directions per frame the mean is inflated, and the table says so.
                """
        ) { arguments, context in
            try guarded(arguments) { a in
                let x = try a.frames("a")
                let operation = context.operation("SVCCA")
                if let labels = try a.optionalLabels("labels", of: "a") {
                    return .native(try SVCCA.compute(x, labels: labels, keep: try a.keep(), context: operation))
                }
                guard let y = try a.optionalFrames("b") else { throw missingSecondView(arguments) }
                return .native(try SVCCA.compute(x, y, keep: try a.keep(), context: operation))
            }
        }
        registry.function(
            "cca(_ a: Tensor, _ b: Tensor, epsilon: Double = 0, threshold: Double = 0.98) -> CCAResult",
            doc: """
                Plain CCA exactly as google/svcca's cca_core.get_cca_similarity: covariances rescaled, features with \
                variance below `epsilon` removed, ε·I added. `.mean` is cca_core's mean of the correlations up to \
                `threshold` of their sum; `.meanOfAll` the plain mean. Needs more frames than features (reduce a wider \
                view with `pca(x, k).scores`).
                """
        ) { arguments, context in
            try guarded(arguments) { a in
                .native(try CCA.compute(
                    try a.frames("a"), try a.frames("b"), epsilon: try arguments.double("epsilon", default: 0),
                    threshold: try arguments.double("threshold", default: 0.98), context: context.operation("CCA")))
            }
        }
        registry.function(
            "pwcca(_ a: Tensor, _ b: Tensor? = nil, labels: [Any]? = nil, epsilon: Double = 0) -> PWCCAResult",
            doc: """
                Projection-weighted CCA (Morcos et al. 2018) between two representations (any widths, either order) \
                or against frame `labels` (or a task travelling with `a`: `labels: .tone`). `.mean` is the weighted \
                mean correlation. Needs more frames than features.
                """
        ) { arguments, context in
            try guarded(arguments) { a in
                let x = try a.frames("a")
                let y = try secondView(a, arguments)
                return .native(try PWCCA.compute(x, y, epsilon: try arguments.double("epsilon", default: 0), context: context.operation("PWCCA")))
            }
        }
        registry.function(
            "cka(_ a: Tensor, _ b: Tensor? = nil, labels: [Any]? = nil, debiased: Bool = false) -> Double",
            doc: """
                Linear CKA (Kornblith et al. 2019) between two representations or against frame `labels` (or a task \
                travelling with `a`: `labels: .tone`), from \
                feature Gram matrices (any number of frames). In [0, 1]; `debiased: true` uses the unbiased HSIC \
                estimator (Song et al. 2012), in [−1, 1], and needs 4 frames or more.
                """
        ) { arguments, context in
            try guarded(arguments) { a in
                let x = try a.frames("a")
                let y = try secondView(a, arguments)
                return .double(try CKA.compute(x, y, debiased: try arguments.bool("debiased", default: false), context: context.operation("CKA")))
            }
        }
    }

    private static func registerLayerStudies(into registry: Registry) {
        registry.function(
            "probe(_ x: Tensor, labels: [Any], groups: [Any]? = nil, testGroups: [Any]? = nil, c: Double = 1, tol: Double = 1e-4, maxIterations: Int = 1000) -> ProbeResult",
            overloads: ["probe(_ x: Embeddings, task: Task, groups: [Any]? = nil, testGroups: [Any]? = nil, c: Double = 1, tol: Double = 1e-4, maxIterations: Int = 1000) -> LayerProfile"],
            doc: """
                A framewise linear probe: multinomial logistic regression (L2 with inverse strength `c`, L-BFGS) \
                trained on the frames of some `groups` (speakers) and scored on the others (`testGroups`, or every \
                fifth group plus any needed so that every class is scored). `.accuracy` and `.balancedAccuracy` of the held-out frames. `labels` (or `task`) is one \
                label per frame, or a task whose labels travel with a layer of embeddings, whose speakers are then the \
                default `groups`: `probe(emb.layer(6), task: .tone)`. `probe(emb, task: .tone)` probes every layer \
                of the embeddings: a LayerProfile of balanced accuracies. The fit stops as scikit-learn's does \
                (`tol`, its largest gradient component of the mean loss plus penalty) or after `maxIterations`; \
                `.iterations` says how many it took, and a smaller `tol` converges further.
                """
        ) { arguments, context in
            try guarded(arguments) { a in
                let labelParameter = arguments.has("task") ? "task" : "labels"
                let labels = try a.labels(labelParameter, of: "x")
                guard let groups = try a.groups(of: "x") else {
                    throw ScriptError.invalidArgument(
                        function: arguments.signature.selector,
                        message: "give every frame's speaker as `groups:` (only a layer of embeddings brings its own, emb.layer(6))")
                }
                let held = try a.optionalLabels("testGroups").map(Set.init)
                let defaults = ProbeOptions()
                let options = ProbeOptions(
                    c: try arguments.double("c", default: defaults.c),
                    tolerance: try arguments.double("tol", default: defaults.tolerance),
                    maxIterations: try arguments.int("maxIterations", default: defaults.maxIterations))
                guard let embeddings = try arguments.value("x").native(as: Embeddings.self) else {
                    return .native(try Probe.evaluate(
                        try a.frames("x"), labels: labels, groups: groups, testGroups: held, options: options,
                        context: context.operation("Probe")))
                }
                let task = EmbeddingOrigin.taskName(try arguments.value(labelParameter)) ?? labelParameter
                return .native(try LayerProfile.probes(
                    layers: try AnalysisArguments.layers(of: embeddings), tasks: [(task, labels)], groups: groups, testGroups: held,
                    options: options, context: context.operation("Probe")))
            }
        }
        registry.function(
            "profile(_ layers: [Tensor], tasks: [String: [Any]], measure: Measure = .svcca, keep: Double = 0.99, names: [String]? = nil, groups: [Any]? = nil) -> LayerProfile",
            overloads: ["profile(_ layers: Embeddings, measure: Measure = .svcca, tasks: [Task]? = nil, keep: Double = 0.99, names: [String]? = nil, groups: [Any]? = nil) -> LayerProfile"],
            doc: """
                A measure of every layer against every task. `layers` is embeddings (every layer, with its task \
                labels and speakers: `profile(emb, measure: .svcca, tasks: [.tone, .phone, .sex])`, all tasks by \
                default) or a list of layer Tensors with `tasks` mapping task names to frame labels, e.g. \
                `["tone": tones, "sex": sexes]`. `measure` is .svcca (default), .pwcca, .cka, .debiasedCKA, or \
                .probe (balanced accuracy of a linear probe held out on speakers; with Tensors give every frame's \
                speaker as `groups`). `.values[layer][task]`; `.series` feeds `plot(series:)`; `.plot()` draws it.
                """
        ) { arguments, context in
            try guarded(arguments) { a in
                let layers = try a.layers("layers", names: try names(arguments))
                return try layerProfile(layers, try taskLabels(arguments), groups: try a.groups(of: "layers"), a, context)
            }
        }
        registry.function(
            "similarity(_ a: [Tensor], _ b: [Tensor]? = nil, measure: Measure = .svcca, keep: Double = 0.99) -> SimilarityMatrix",
            doc: """
                The layer-by-layer similarity of two models (or of one model with itself): every layer of `a` \
                against every layer of `b`, on the same frames. Each is embeddings (every layer: \
                `similarity(embA, embB)`) or a list of layer Tensors. Any layer counts. `.values` feeds `heatmap`; \
                `.heatmap()` draws it.
                """
        ) { arguments, context in
            try guarded(arguments) { a in
                let left = try a.layers("a", names: nil)
                let right = arguments.has("b") ? try a.layers("b", names: nil) : nil
                try checkSameFrames(arguments)
                return .native(try SimilarityMatrix.compute(left, right, measure: try a.measure(), context: context.operation("Similarity")))
            }
        }
    }

    /// `measure` of every layer against every task, or (`.probe`) a linear probe held out on `groups`.
    static func layerProfile(
        _ layers: [(name: String, frames: FrameMatrix)], _ tasks: [(name: String, labels: [String])], groups: [String]?,
        _ a: AnalysisArguments, _ context: ScriptContext
    ) throws -> Value {
        let operation = context.operation("Profile")
        guard try a.isProbe() else {
            return .native(try LayerProfile.compute(
                layers: layers, tasks: tasks, measure: try a.measure(probeOffered: true), context: operation))
        }
        guard let groups else {
            throw ScriptError.invalidArgument(function: a.arguments.signature.selector, message: "measure .probe needs `groups:` (every frame's speaker)")
        }
        return .native(try LayerProfile.probes(layers: layers, tasks: tasks, groups: groups, context: operation))
    }

    private static func registerEmbeddings(into registry: Registry) {
        registry.function(
            "pca(_ x: Tensor, _ k: Int = 2) -> PCA",
            doc: "Principal component analysis: `.scores` (frames × k Tensor), `.points`, `.components`, `.explainedVarianceRatio`."
        ) { arguments, context in
            try guarded(arguments) { a in
                .native(try PCA.fit(try a.frames("x"), components: try arguments.int("k", default: 2), context: context.operation("PCA")))
            }
        }
        registry.function(
            "umap(_ x: Tensor, neighbors: Int = 15, minDist: Double = 0.1, seed: Int = 42, metric: UMAPMetric = .euclidean, labels: [Any]? = nil, epochs: Int? = nil, spread: Double = 1) -> UMAP",
            doc: """
                UMAP (McInnes et al. 2018) of the frames to 2-D, as umap-learn computes it (exact neighbours below \
                4,096 frames, NN-descent above; spectral initialisation; 500 epochs up to 10,000 frames, else 200). \
                Deterministic for a `seed`. `metric` is .euclidean or .cosine. `labels` (one per frame, or a task \
                travelling with a layer of embeddings: `labels: .tone`) travel with the result: `u.scatter()`, \
                `scatter(u.points, colorBy: u.labels)`; the UMAP of a layer of embeddings keeps every task's labels: \
                `umap(emb.layer(6)).scatter(colorBy: .tone)`. `.tensor` is the frames × 2 Tensor; `.save("u.npy")` writes it.
                """
        ) { arguments, context in
            try guarded(arguments) { a in
                var options = UMAPOptions()
                options.neighbors = try arguments.int("neighbors", default: 15)
                options.minDist = try arguments.double("minDist", default: 0.1)
                options.spread = try arguments.double("spread", default: 1)
                options.seed = UInt64(truncatingIfNeeded: try arguments.int("seed", default: 42))
                options.metric = try a.metric()
                if arguments.has("epochs") { options.epochs = try arguments.int("epochs") }
                let x = try a.frames("x")
                let source = try arguments.value("x")
                let labels = arguments.has("labels") ? try a.labelValues("labels", of: source) : []
                guard labels.isEmpty || labels.count == x.frames else {
                    throw ScriptError.invalidArgument(function: arguments.signature.selector, message: "\(x.frames) frames but \(labels.count) labels")
                }
                let embedding = try UMAP.embed(x, options: options, context: context.operation("UMAP"))
                return .native(LabelledEmbedding(embedding: embedding, labels: labels, origin: EmbeddingOrigin.of(source)))
            }
        }
        registry.function(
            "trustworthiness(_ x: Tensor, _ embedding: Any, k: Int = 15) -> Double",
            doc: "How well an embedding (a UMAP result, a Tensor or [[Double]]) keeps the k nearest neighbours of `x` (1 = all kept). O(n²)."
        ) { arguments, _ in
            try guarded(arguments) { a in
                let value = try arguments.value("embedding")
                let coordinates = try value.native(as: LabelledEmbedding.self)?.embedding.coordinates
                    ?? AnalysisArguments.frames(value, name: "embedding", function: arguments.signature.selector, parameter: "embedding").matrix
                return .double(try EmbeddingQuality.trustworthiness(try a.frames("x"), coordinates, k: try arguments.int("k", default: 15)))
            }
        }
    }

    private static func secondView(_ a: AnalysisArguments, _ arguments: BoundArguments) throws -> FrameMatrix {
        if let labels = try a.optionalLabels("labels", of: "a") {
            return try FrameMatrix.oneHot(labels, measure: arguments.signature.selector)
        }
        guard let y = try a.optionalFrames("b") else { throw missingSecondView(arguments) }
        return y
    }

    private static func missingSecondView(_ arguments: BoundArguments) -> ScriptError {
        .invalidArgument(function: arguments.signature.selector, message: "give a second representation `b` or frame `labels:`")
    }

    private static func names(_ arguments: BoundArguments) throws -> [String]? {
        guard arguments.has("names") else { return nil }
        return try arguments.array("names").map { $0.description }
    }

    /// The `tasks` argument of `profile` as labels by task: a dictionary of frame labels, a list of tasks
    /// travelling with `layers`, or (left out) every task of the embeddings `layers`.
    private static func taskLabels(_ arguments: BoundArguments) throws -> [(name: String, labels: [String])] {
        let function = arguments.signature.selector
        let embeddings = EmbeddingOrigin.of(try arguments.value("layers"))
        guard arguments.has("tasks") else {
            guard let embeddings else { throw ScriptError.missingArgument(function: function, parameter: "tasks") }
            return zip(embeddings.tasks, embeddings.labels).map { ($0, $1) }
        }
        switch try arguments.value("tasks") {
        case .dictionary(let tasks):
            return try tasks.map { key, value in
                guard let labels = value.arrayValue else {
                    throw ScriptError.argumentType(function: function, parameter: "tasks", expected: "[String: [Any]]", actual: value.typeName)
                }
                return (key.description, try AnalysisArguments.labels(labels, function: function, parameter: "tasks[\(key.debugText)]"))
            }
        case .array(let tasks) where embeddings != nil:
            return try tasks.map { task in
                guard let name = EmbeddingOrigin.taskName(task) else {
                    throw ScriptError.argumentType(function: function, parameter: "tasks", expected: "[Task] (.tone, .phone, .sex)", actual: task.typeName)
                }
                return (name, try EmbeddingOrigin.labels(of: name, for: try arguments.value("layers"), label: "tasks", function: function))
            }
        case .array:
            throw ScriptError.invalidArgument(
                function: function,
                message: "a list of tasks is looked up in embeddings: `profile(emb, tasks: [.tone])`; with layer Tensors give "
                    + "the labels by task name: `tasks: [\"tone\": emb.labels(.tone)]`")
        case let other:
            throw ScriptError.argumentType(function: function, parameter: "tasks", expected: "[Task] or [String: [Any]]", actual: other.typeName)
        }
    }

    /// Two embeddings compared layer by layer must hold the very same frames, not only as many.
    private static func checkSameFrames(_ arguments: BoundArguments) throws {
        guard arguments.has("b"), let left = try arguments.value("a").native(as: Embeddings.self),
              let right = try arguments.value("b").native(as: Embeddings.self),
              let difference = frameDifference(left.frames, right.frames) else { return }
        throw ScriptError.invalidArgument(
            function: arguments.signature.selector,
            message: "the two embeddings hold different frames (\(difference)); extract both "
                + "from the same corpus with the same `frames:`, `balance:` and `seed:`")
    }

    /// What first tells two frame lists apart: their counts, or the first frame that differs; nil when equal.
    private static func frameDifference(_ first: [Embeddings.Frame], _ second: [Embeddings.Frame]) -> String? {
        guard first.count == second.count else { return "\(first.count) and \(second.count)" }
        guard let index = first.indices.first(where: { first[$0] != second[$0] }) else { return nil }
        return "frame \(index): \(first[index]) in the first, \(second[index]) in the second"
    }
}
