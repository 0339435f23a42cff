import Foundation

/// `model.safetensors.index.json`: which shard file holds each tensor.
struct ShardIndex: Decodable {
    /// Tensor name → shard file name (relative to the index).
    let weightMap: [String: String]

    enum CodingKeys: String, CodingKey { case weightMap = "weight_map" }
}
