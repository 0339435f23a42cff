import FormantCore

extension SVCCAResult: RichDisplayable {
    /// The mean and the leading correlations.
    public var mimeBundle: MIMEBundle {
        correlationTable(
            title: "SVCCA = \(DisplayTable.format(mean)) (\(frames) frames; \(keptA) and \(keptB) directions kept)", correlations,
            notes: isInflatedBySampleSize ? [inflation] : [])
    }
}

extension CCAResult: RichDisplayable {
    /// cca_core's thresholded mean and the leading correlations.
    public var mimeBundle: MIMEBundle {
        correlationTable(
            title: "CCA mean = \(DisplayTable.format(mean)) (threshold \(threshold)); mean of all = \(DisplayTable.format(meanOfAll))",
            correlations)
    }
}

extension PWCCAResult: RichDisplayable {
    /// The weighted mean and the leading correlations with their weights.
    public var mimeBundle: MIMEBundle {
        correlationTable(title: "PWCCA = \(DisplayTable.format(mean))", correlations, weights: weights)
    }
}

/// The table of a canonical-correlation result: its first ten correlations, with their weights when given.
private func correlationTable(title: String, _ correlations: [Double], weights: [Double]? = nil, notes: [String] = []) -> MIMEBundle {
    let rows = correlations.prefix(Swift.min(10, weights?.count ?? 10)).enumerated().map { index, value in
        ["ρ\(index + 1)", DisplayTable.format(value)] + (weights.map { [DisplayTable.format($0[index])] } ?? [])
    }
    return DisplayTable(
        title: title, header: ["direction", "correlation"] + (weights == nil ? [] : ["weight"]), rows: rows,
        notes: (correlations.count > 10 ? ["… \(correlations.count - 10) more correlations"] : []) + notes
    ).bundle
}

extension ProbeResult: RichDisplayable {
    /// Accuracy, balanced accuracy and the split.
    public var mimeBundle: MIMEBundle {
        DisplayTable(
            title: "Linear probe (\(classes.count) classes)", header: ["metric", "value"],
            rows: [["accuracy", DisplayTable.format(accuracy)], ["balanced accuracy", DisplayTable.format(balancedAccuracy)],
                   ["training frames", "\(trainFrames)"], ["test frames", "\(testFrames)"],
                   ["L-BFGS iterations", "\(iterations)"]]
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
            rows: zip(layers, values).map { [$0.0] + $0.1.map(DisplayTable.format) }, notes: notes
        ).bundle
    }
}

extension SimilarityMatrix: RichDisplayable {
    /// One row per layer of the first model, one column per layer of the second.
    public var mimeBundle: MIMEBundle {
        DisplayTable(
            title: "\(measure) between layers", header: [""] + columns,
            rows: zip(rows, values).map { [$0.0] + $0.1.map(DisplayTable.format) }, notes: notes
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
