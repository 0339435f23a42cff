@testable import FormantAnalysis

extension NeighborGraph {
    /// Four frames on a line at 0, 1, 3, 6, each with its 3 nearest neighbours (itself first, then by distance, so
    /// frames 2 and 3 list theirs out of index order): the fuzzy-set tests' graph.
    static let fourOnALine = NeighborGraph(
        k: 3, indices: [0, 1, 2, 1, 0, 2, 2, 1, 0, 3, 2, 1], distances: [0, 1, 3, 0, 1, 2, 0, 2, 3, 0, 3, 5])
}
