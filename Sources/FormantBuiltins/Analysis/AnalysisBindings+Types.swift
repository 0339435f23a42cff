import FormantAnalysis
import FormantNumerics
import FormantScript
import Foundation

extension AnalysisBindings {
    /// Registers the members of every analysis result and the implicit members `.svcca`, `.euclidean`, ….
    static func registerTypes(into registry: Registry) {
        registry.type("Measure", doc: "A representation measure: .svcca, .pwcca, .cka, .debiasedCKA, or .probe (layer profiles only).") { type in
            for name in ["svcca", "pwcca", "cka", "debiasedCKA", "probe"] {
                type.staticProperty(name, type: "Measure", doc: "The \(name) measure.") { .string(name) }
            }
        }
        registry.type("UMAPMetric", doc: "UMAP's input distance: .euclidean or .cosine.") { type in
            for metric in UMAPMetric.allCases {
                type.staticProperty(metric.rawValue, type: "UMAPMetric", doc: "The \(metric.rawValue) distance.") { .string(metric.rawValue) }
            }
        }
        registry.type("SVCCAResult", doc: "The result of svcca.") { type in
            type.property("mean", type: "Double", doc: "The SVCCA similarity: the mean canonical correlation.") { .double(try result($0, SVCCAResult.self).mean) }
            type.property("correlations", type: "[Double]", doc: "The canonical correlations, largest first.") { numbers(try result($0, SVCCAResult.self).correlations) }
            type.property("keptA", type: "Int", doc: "SVD directions kept from the first view.") { .int(try result($0, SVCCAResult.self).keptA) }
            type.property("keptB", type: "Int", doc: "SVD directions kept from the second view.") { .int(try result($0, SVCCAResult.self).keptB) }
            type.property(
                "isInflatedBySampleSize", type: "Bool",
                doc: "Whether the directions kept exceed a tenth of the frames, so that the mean is inflated even for unrelated data."
            ) { .bool(try result($0, SVCCAResult.self).isInflatedBySampleSize) }
        }
        registry.type("CCAResult", doc: "The result of cca.") { type in
            type.property("mean", type: "Double", doc: "cca_core's thresholded mean correlation.") { .double(try result($0, CCAResult.self).mean) }
            type.property("meanOfAll", type: "Double", doc: "The mean of all correlations.") { .double(try result($0, CCAResult.self).meanOfAll) }
            type.property("correlations", type: "[Double]", doc: "The canonical correlations, largest first.") { numbers(try result($0, CCAResult.self).correlations) }
        }
        registry.type("PWCCAResult", doc: "The result of pwcca.") { type in
            type.property("mean", type: "Double", doc: "The projection-weighted mean correlation.") { .double(try result($0, PWCCAResult.self).mean) }
            type.property("weights", type: "[Double]", doc: "The weight of each correlation (sum 1).") { numbers(try result($0, PWCCAResult.self).weights) }
            type.property("correlations", type: "[Double]", doc: "The canonical correlations.") { numbers(try result($0, PWCCAResult.self).correlations) }
        }
        registry.type("ProbeResult", doc: "The result of probe.") { type in
            type.property("accuracy", type: "Double", doc: "Fraction of held-out frames classified correctly.") { .double(try result($0, ProbeResult.self).accuracy) }
            type.property("balancedAccuracy", type: "Double", doc: "Mean per-class recall on held-out frames.") { .double(try result($0, ProbeResult.self).balancedAccuracy) }
            type.property("classes", type: "[String]", doc: "The classes.") { .array(try result($0, ProbeResult.self).classes.map(Value.string)) }
            type.property("trainFrames", type: "Int", doc: "Frames trained on.") { .int(try result($0, ProbeResult.self).trainFrames) }
            type.property("testFrames", type: "Int", doc: "Frames scored.") { .int(try result($0, ProbeResult.self).testFrames) }
            type.property("iterations", type: "Int", doc: "L-BFGS iterations the logistic regression took.") { .int(try result($0, ProbeResult.self).iterations) }
        }
        registry.type("PCA", doc: "The result of pca.") { type in
            type.property("scores", type: "Tensor", doc: "The frames' coordinates (frames × k).") { tensorValue(try result($0, PCAResult.self).scores.tensor) }
            type.property("points", type: "[[Double]]", doc: "The scores as rows, for scatter.") { rows(try result($0, PCAResult.self).scores) }
            type.property("components", type: "[[Double]]", doc: "The principal axes as rows.") { rows(try result($0, PCAResult.self).components) }
            type.property("explainedVariance", type: "[Double]", doc: "Variance along each axis.") { numbers(try result($0, PCAResult.self).explainedVariance) }
            type.property("explainedVarianceRatio", type: "[Double]", doc: "Fraction of variance along each axis.") { numbers(try result($0, PCAResult.self).explainedVarianceRatio) }
        }
        registry.type("LayerProfile", doc: "The result of profile.") { type in
            type.property("values", type: "[[Double]]", doc: "values[layer][task].") { .array(try result($0, LayerProfile.self).values.map(numbers)) }
            type.property("layers", type: "[String]", doc: "Layer names.") { .array(try result($0, LayerProfile.self).layers.map(Value.string)) }
            type.property("tasks", type: "[String]", doc: "Task names.") { .array(try result($0, LayerProfile.self).tasks.map(Value.string)) }
            type.property("notes", type: "[String]", doc: "The table's notes: SVCCA means inflated by few frames for the directions kept.") { .array(try result($0, LayerProfile.self).notes.map(Value.string)) }
            type.property("series", type: "[String: [Double]]", doc: "Task name → value per layer, for plot(series:).") { receiver in
                let profile = try result(receiver, LayerProfile.self)
                let pairs = profile.tasks.enumerated().map { t, task in (Value.string(task), numbers(profile.values.map { $0[t] })) }
                return .dictionary(.init(uniqueKeysWithValues: pairs))
            }
        }
        registry.type("SimilarityMatrix", doc: "The result of similarity.") { type in
            type.property("values", type: "[[Double]]", doc: "values[row layer][column layer], for heatmap.") { .array(try result($0, SimilarityMatrix.self).values.map(numbers)) }
            type.property("rows", type: "[String]", doc: "Row layer names.") { .array(try result($0, SimilarityMatrix.self).rows.map(Value.string)) }
            type.property("columns", type: "[String]", doc: "Column layer names.") { .array(try result($0, SimilarityMatrix.self).columns.map(Value.string)) }
            type.property("notes", type: "[String]", doc: "The table's notes: SVCCA means inflated by few frames for the directions kept.") { .array(try result($0, SimilarityMatrix.self).notes.map(Value.string)) }
        }
        registerUMAP(into: registry)
    }

    private static func registerUMAP(into registry: Registry) {
        registry.type("UMAP", doc: "The result of umap: frames × 2 coordinates with their labels.") { type in
            type.property("points", type: "[[Double]]", doc: "The coordinates as rows, for scatter.") { rows(try result($0, LabelledEmbedding.self).embedding.coordinates) }
            type.property("tensor", type: "Tensor", doc: "The coordinates as a frames × 2 Tensor.") { tensorValue(try result($0, LabelledEmbedding.self).embedding.tensor) }
            type.property("labels", type: "[Any]", doc: "The labels given to umap (empty if none).") { .array(try result($0, LabelledEmbedding.self).labels) }
            type.property("initialization", type: "String", doc: "spectral, or random when the eigensolver failed.") {
                .string(try result($0, LabelledEmbedding.self).embedding.initialization.rawValue)
            }
            type.method("save(_ path: String)", doc: "Writes the coordinates as a Float32 .npy file (frames × 2; `path` must end in .npy).") { receiver, arguments, _ in
                let path = try arguments.savePath(extensions: ["npy"])
                do {
                    try NPYArray(try result(receiver, LabelledEmbedding.self).embedding.tensor).write(to: URL(fileURLWithPath: path))
                } catch let error as ScriptError {
                    throw error
                } catch {
                    throw ScriptError.library(kind: "IOError", message: "UMAP.save: cannot write '\(path)': \(error)")
                }
                return .void
            }
        }
    }

    /// The library value inside `value`, or a type error.
    static func result<T>(_ value: Value, _ type: T.Type) throws -> T {
        try value.libraryObject(type)
    }
}
