import Foundation

extension Tensor {
    /// Reads a 1-D or 2-D `.npy` file of any supported element type as a Float32 tensor.
    public static func load(npy url: URL) throws -> Tensor {
        try NPYArray(contentsOf: url).tensor()
    }

    /// Writes the tensor as a float32 `.npy` file.
    public func save(npy url: URL) throws {
        try NPYArray(self).write(to: url)
    }
}
