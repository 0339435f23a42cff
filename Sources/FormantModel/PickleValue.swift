import FormantNumerics

/// A value on the restricted unpickler's stack: plain Python data, an allowed global, a storage or a tensor.
///
/// Lists and dictionaries are boxed (reference semantics), because pickles build them after they were
/// memoised and shared.
indirect enum PickleValue {
    case none
    case bool(Bool)
    case int(Int)
    case float(Double)
    case string(String)
    case bytes([UInt8])
    case tuple([PickleValue])
    case list(PickleList)
    case dict(PickleDict)
    /// An allow-listed global, as `module.name`.
    case global(String)
    /// A PyTorch storage: its element type and the archive record holding its bytes.
    case storage(type: ElementType, key: String)
    case tensor(Tensor)
    /// The MARK sentinel.
    case mark

    /// A short description for error messages.
    var kind: String {
        switch self {
        case .none: return "None"
        case .bool: return "bool"
        case .int: return "int"
        case .float: return "float"
        case .string: return "str"
        case .bytes: return "bytes"
        case .tuple: return "tuple"
        case .list: return "list"
        case .dict: return "dict"
        case .global(let name): return name
        case .storage: return "storage"
        case .tensor: return "tensor"
        case .mark: return "mark"
        }
    }
}

/// A mutable Python list.
final class PickleList {
    var items: [PickleValue] = []
}

/// A mutable Python dictionary, in insertion order.
final class PickleDict {
    var entries: [(key: PickleValue, value: PickleValue)] = []
}
