/// A numeric array read from or written to NumPy's `.npy` format: its element type, shape and values.
///
/// Values are held in C (row-major) order whatever the file's order, in the file's own element type,
/// so integers survive exactly. `tensor()` and `doubles` convert for numerical use.
public struct NPYArray: Equatable, Sendable {
    /// The element types Formant reads and writes.
    public enum Values: Equatable, Sendable {
        case float32([Float])
        case float64([Double])
        case int32([Int32])
        case int64([Int64])

        /// The number of elements.
        public var count: Int {
            switch self {
            case .float32(let v): return v.count
            case .float64(let v): return v.count
            case .int32(let v): return v.count
            case .int64(let v): return v.count
            }
        }

        /// The NumPy type code without byte order (`f4`, `f8`, `i4`, `i8`).
        public var typeCode: String {
            switch self {
            case .float32: return "f4"
            case .float64: return "f8"
            case .int32: return "i4"
            case .int64: return "i8"
            }
        }
    }

    /// The dimensions, outermost first (one or two of them).
    public let shape: [Int]
    /// The elements in row-major order.
    public let values: Values

    /// An array of `shape` holding `values` in row-major order.
    public init(shape: [Int], values: Values) {
        precondition(shape.reduce(1, *) == values.count, "shape \(shape) does not hold \(values.count) elements")
        self.shape = shape
        self.values = values
    }

    /// A float32 array with the tensor's shape and elements.
    public init(_ tensor: Tensor) {
        self.init(shape: tensor.shape, values: .float32(tensor.storage))
    }

    /// The elements as Double, in row-major order.
    public var doubles: [Double] {
        switch values {
        case .float32(let v): return v.map(Double.init)
        case .float64(let v): return v
        case .int32(let v): return v.map(Double.init)
        case .int64(let v): return v.map(Double.init)
        }
    }

    /// The elements as a Float32 tensor of the same shape.
    public func tensor() -> Tensor {
        switch values {
        case .float32(let v): return Tensor(shape: shape, storage: v)
        case .float64(let v): return Tensor(shape: shape, storage: v.map(Float.init))
        case .int32(let v): return Tensor(shape: shape, storage: v.map(Float.init))
        case .int64(let v): return Tensor(shape: shape, storage: v.map(Float.init))
        }
    }
}
