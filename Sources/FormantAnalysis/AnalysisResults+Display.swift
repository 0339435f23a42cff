import FormantCore

extension SVCCAResult: RichDisplayable {
    /// The mean and the leading correlations.
    public var mimeBundle: MIMEBundle {
        let shown = correlations.prefix(10).enumerated().map { ["ρ\($0.offset + 1)", DisplayTable.format($0.element)] }
        return DisplayTable(
            title: "SVCCA = \(DisplayTable.format(mean)) (\(frames) frames; \(keptA) and \(keptB) directions kept)",
            header: ["direction", "correlation"], rows: shown,
            notes: correlations.count > 10 ? ["… \(correlations.count - 10) more correlations"] : []
        ).bundle
    }
}

extension CCAResult: RichDisplayable {
    /// cca_core's thresholded mean and the leading correlations.
    public var mimeBundle: MIMEBundle {
        DisplayTable(
            title: "CCA mean = \(DisplayTable.format(mean)) (threshold \(threshold)); mean of all = \(DisplayTable.format(meanOfAll))",
            header: ["direction", "correlation"],
            rows: correlations.prefix(10).enumerated().map { ["ρ\($0.offset + 1)", DisplayTable.format($0.element)] }
        ).bundle
    }
}

extension PWCCAResult: RichDisplayable {
    /// The weighted mean and the heaviest-weighted correlations.
    public var mimeBundle: MIMEBundle {
        DisplayTable(
            title: "PWCCA = \(DisplayTable.format(mean))", header: ["direction", "correlation", "weight"],
            rows: zip(correlations, weights).prefix(10).enumerated().map {
                ["ρ\($0.offset + 1)", DisplayTable.format($0.element.0), DisplayTable.format($0.element.1)]
            }
        ).bundle
    }
}

extension ProbeResult: RichDisplayable {
    /// Accuracy, balanced accuracy and the split.
    public var mimeBundle: MIMEBundle {
        DisplayTable(
            title: "Linear probe (\(classes.count) classes)", header: ["metric", "value"],
            rows: [["accuracy", DisplayTable.format(accuracy)], ["balanced accuracy", DisplayTable.format(balancedAccuracy)],
                   ["training frames", "\(trainFrames)"], ["test frames", "\(testFrames)"]]
        ).bundle
    }
}

extension PCAResult: RichDisplayable {
    /// The explained variance of each component.
    public var mimeBundle: MIMEBundle {
        DisplayTable(
            title: "PCA: \(explainedVariance.count) components of \(mean.count) features",
            header: ["component", "variance", "ratio"],
            rows: explainedVariance.indices.map {
                ["PC\($0 + 1)", DisplayTable.format(explainedVariance[$0]), DisplayTable.format(explainedVarianceRatio[$0])]
            }
        ).bundle
    }
}

extension LayerProfile: RichDisplayable {
    /// One row per layer, one column per task.
    public var mimeBundle: MIMEBundle {
        DisplayTable(
            title: "\(measure) by layer", header: ["layer"] + tasks,
            rows: zip(layers, values).map { [$0.0] + $0.1.map(DisplayTable.format) }
        ).bundle
    }
}

extension SimilarityMatrix: RichDisplayable {
    /// One row per layer of the first model, one column per layer of the second.
    public var mimeBundle: MIMEBundle {
        DisplayTable(
            title: "\(measure) between layers", header: [""] + columns,
            rows: zip(rows, values).map { [$0.0] + $0.1.map(DisplayTable.format) }
        ).bundle
    }
}

extension UMAPEmbedding: RichDisplayable {
    /// The size, the parameters and the first coordinates.
    public var mimeBundle: MIMEBundle {
        DisplayTable(
            title: "UMAP: \(coordinates.rows) frames → \(coordinates.columns) dimensions "
                + "(neighbors \(options.neighbors), minDist \(options.minDist), \(options.metric.rawValue), seed \(options.seed), \(initialization.rawValue) initialisation)",
            header: ["frame"] + (0..<coordinates.columns).map { "x\($0 + 1)" },
            rows: (0..<Swift.min(5, coordinates.rows)).map { i in ["\(i)"] + coordinates.row(i).map(DisplayTable.format) },
            notes: coordinates.rows > 5 ? ["… \(coordinates.rows - 5) more frames"] : []
        ).bundle
    }
}
