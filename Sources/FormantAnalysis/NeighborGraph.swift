/// The k nearest neighbours of every frame, the frame itself first: umap-learn's `knn_indices`
/// and `knn_dists` (distances ascending, in the metric's own units).
struct NeighborGraph {
    /// Neighbours per frame.
    let k: Int
    /// Row-major n×k neighbour indices.
    var indices: [Int32]
    /// Row-major n×k distances, ascending within each row.
    var distances: [Float]

    /// The number of frames.
    var frames: Int { indices.count / k }
}
