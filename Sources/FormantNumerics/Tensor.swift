/// A dense, contiguous, row-major Float32 array of any rank: the numbers models and analyses exchange.
///
/// Storage is a Swift array, so tensors have value semantics and copy only on write.
/// Operations that need speed (products, convolutions, normalisations) live in
/// `Tensor+*.swift` extensions backed by OpenBLAS.
public struct Tensor: Equatable, Sendable {
    /// The size of each dimension, outermost first.
    public private(set) var shape: [Int]
    /// The elements in row-major order.
    public var storage: [Float]

    /// A tensor of `shape` holding `storage` in row-major order.
    public init(shape: [Int], storage: [Float]) {
        precondition(shape.allSatisfy { $0 >= 0 }, "negative dimension in shape \(shape)")
        precondition(shape.reduce(1, *) == storage.count, "shape \(shape) does not hold \(storage.count) elements")
        self.shape = shape
        self.storage = storage
    }

    /// A tensor of `shape` filled with `value`.
    public init(shape: [Int], repeating value: Float = 0) {
        self.init(shape: shape, storage: [Float](repeating: value, count: shape.reduce(1, *)))
    }

    /// The number of dimensions.
    public var rank: Int { shape.count }
    /// The number of elements.
    public var count: Int { storage.count }

    /// Storage of `count` elements whose values are unspecified, for results that an operation
    /// (a GEMM with β = 0) overwrites entirely: it skips zero-filling large buffers.
    public static func unfilledStorage(_ count: Int) -> [Float] {
        [Float](unsafeUninitializedCapacity: count) { _, initialized in initialized = count }
    }

    /// The same elements under another shape with the same element count.
    public func reshaped(_ newShape: [Int]) -> Tensor {
        Tensor(shape: newShape, storage: storage)
    }
}
