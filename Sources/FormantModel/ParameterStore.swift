import FormantNumerics

/// Checkpoint tensors keyed as in the checkpoint, handed out once each with a shape check.
///
/// Layers take their parameters by key while they are built; `finish()` then reports every tensor
/// nobody took, so loading is strict: missing keys, shape mismatches and unused keys are all errors
/// that name the key and the file.
public final class ParameterStore {
    private var tensors: [String: Tensor]
    private var taken: Set<String> = []
    /// The file (or files) the tensors come from, for messages.
    public let source: String

    /// A store of `tensors` read from `source`.
    public init(_ tensors: [String: Tensor], source: String) {
        self.tensors = tensors
        self.source = source
    }

    /// The keys held.
    public var keys: [String] { tensors.keys.sorted() }

    /// The tensor `key`, without taking it.
    public subscript(key: String) -> Tensor? { tensors[key] }

    /// Takes the tensor `key`, which must have `shape`.
    public func take(_ key: String, shape: [Int]) throws -> Tensor {
        guard let tensor = tensors[key] else { throw ModelError.missingTensor(file: source, key: key) }
        guard tensor.shape == shape else {
            throw ModelError.shapeMismatch(file: source, key: key, expected: shape, actual: tensor.shape)
        }
        taken.insert(key)
        return tensor
    }

    /// Takes the tensor `key` if `present`, otherwise nothing.
    public func take(_ key: String, shape: [Int], if present: Bool) throws -> Tensor? {
        present ? try take(key, shape: shape) : nil
    }

    /// Throws if any tensor was not taken.
    public func finish() throws {
        let unused = tensors.keys.filter { !taken.contains($0) }.sorted()
        if !unused.isEmpty { throw ModelError.unexpectedTensors(file: source, keys: unused) }
    }
}

extension ParameterStore {
    /// The total number of elements of all tensors held.
    public var parameterCount: Int { keys.reduce(0) { $0 + (self[$1]?.count ?? 0) } }
}
