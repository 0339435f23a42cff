import FormantNumerics

/// Parameters keyed as in the checkpoint, handed out once each with a shape check.
///
/// Layers take their parameters by key while they are built. A store reading a checkpoint is strict:
/// missing keys and shape mismatches throw at once, and `finish()` reports every tensor nobody took,
/// all naming the key and the file. A generating store (random models) makes each tensor on request.
public final class ParameterStore {
    private let tensors: [String: Tensor]
    private let generator: ((String, [Int]) -> Tensor)?
    private var taken: [String: Int] = [:]
    /// The file (or files) the tensors come from, for messages.
    public let source: String

    /// A store of `tensors` read from `source`.
    public init(_ tensors: [String: Tensor], source: String) {
        self.tensors = tensors
        self.source = source
        generator = nil
    }

    /// A store that makes every requested tensor with `generate(key, shape)`.
    public init(source: String, generate: @escaping (String, [Int]) -> Tensor) {
        tensors = [:]
        self.source = source
        generator = generate
    }

    /// The keys held (none for a generating store).
    public var keys: [String] { tensors.keys.sorted() }

    /// The tensor `key`, without taking it.
    public subscript(key: String) -> Tensor? { tensors[key] }

    /// The total number of elements of the tensors taken so far.
    public var parameterCount: Int { taken.values.reduce(0, +) }

    /// Takes the tensor `key`, which must have `shape`.
    public func take(_ key: String, shape: [Int]) throws -> Tensor {
        let tensor: Tensor
        if let generator {
            tensor = generator(key, shape)
        } else {
            guard let stored = tensors[key] else { throw ModelError.missingTensor(file: source, key: key) }
            tensor = stored
        }
        guard tensor.shape == shape else {
            throw ModelError.shapeMismatch(file: source, key: key, expected: shape, actual: tensor.shape)
        }
        taken[key] = tensor.count
        return tensor
    }

    /// Takes the tensor `key` if `present`, otherwise nothing.
    public func take(_ key: String, shape: [Int], if present: Bool) throws -> Tensor? {
        present ? try take(key, shape: shape) : nil
    }

    /// Throws if any stored tensor was not taken.
    public func finish() throws {
        let unused = tensors.keys.filter { taken[$0] == nil }.sorted()
        if !unused.isEmpty { throw ModelError.unexpectedTensors(file: source, keys: unused) }
    }
}
