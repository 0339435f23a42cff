import Foundation

/// A pickle (protocols 2–5) interpreter that only rebuilds data: it knows no Python and executes no code.
///
/// Plain data opcodes build strings, numbers, tuples, lists and dictionaries; `GLOBAL`/`STACK_GLOBAL`
/// may only name a global of `allowedGlobals`, anything else is refused with
/// `ModelError.forbiddenGlobal`; `REDUCE` calls only the rebuild functions given in `reducers`;
/// `BINPERSID` hands persistent ids to `persistentLoad` (PyTorch's storages).
struct RestrictedUnpickler {
    typealias Reducer = ([PickleValue]) throws -> PickleValue

    let bytes: [UInt8]
    let file: String
    let reducers: [String: Reducer]
    /// Globals that may appear as values (storage types) but not be called.
    let valueGlobals: Set<String>
    let persistentLoad: (PickleValue) throws -> PickleValue

    private var position = 0
    private var stack: [PickleValue] = []
    private var marks: [Int] = []
    private var memo: [Int: PickleValue] = [:]

    init(bytes: [UInt8], file: String, reducers: [String: Reducer], valueGlobals: Set<String>,
         persistentLoad: @escaping (PickleValue) throws -> PickleValue) {
        self.bytes = bytes
        self.file = file
        self.reducers = reducers
        self.valueGlobals = valueGlobals
        self.persistentLoad = persistentLoad
    }

    /// Runs the pickle to its STOP opcode and returns the object it built.
    mutating func load() throws -> PickleValue {
        while true {
            let opcode = try byte()
            if opcode == 0x2E { return try pop() }  // STOP
            try execute(opcode)
        }
    }

    private func corrupt(_ detail: String) -> ModelError {
        .corruptFile(file: file, detail: "pickle: \(detail) at byte \(position)")
    }

    // MARK: - Opcodes

    private mutating func execute(_ opcode: UInt8) throws {
        switch opcode {
        case 0x80: _ = try byte()  // PROTO
        case 0x95: _ = try read(8)  // FRAME
        case 0x28: marks.append(stack.count)  // MARK
        case 0x4E: stack.append(.none)
        case 0x88: stack.append(.bool(true))
        case 0x89: stack.append(.bool(false))
        case 0x4B: stack.append(.int(Int(try byte())))  // BININT1
        case 0x4D: stack.append(.int(Int(try unsigned(2))))  // BININT2
        case 0x4A: stack.append(.int(Int(Int32(truncatingIfNeeded: try unsigned(4)))))  // BININT
        case 0x8A: stack.append(.int(try long(Int(try byte()))))  // LONG1
        case 0x47: stack.append(.float(Double(bitPattern: try read(8).reduce(UInt64(0)) { $0 << 8 | UInt64($1) })))  // BINFLOAT
        case 0x58: stack.append(.string(try text(Int(try unsigned(4)))))  // BINUNICODE
        case 0x8C: stack.append(.string(try text(Int(try byte()))))  // SHORT_BINUNICODE
        case 0x8D: stack.append(.string(try text(Int(try unsigned(8)))))  // BINUNICODE8
        case 0x55: stack.append(.string(try text(Int(try byte()))))  // SHORT_BINSTRING
        case 0x54: stack.append(.string(try text(Int(try unsigned(4)))))  // BINSTRING
        case 0x43: stack.append(.bytes(try read(Int(try byte()))))  // SHORT_BINBYTES
        case 0x42: stack.append(.bytes(try read(Int(try unsigned(4)))))  // BINBYTES
        case 0x29: stack.append(.tuple([]))
        case 0x85: stack.append(.tuple(try pop(1)))
        case 0x86: stack.append(.tuple(try pop(2)))
        case 0x87: stack.append(.tuple(try pop(3)))
        case 0x74: stack.append(.tuple(try popToMark()))  // TUPLE
        case 0x5D: stack.append(.list(PickleList()))  // EMPTY_LIST
        case 0x7D: stack.append(.dict(PickleDict()))  // EMPTY_DICT
        case 0x61: try append([try pop()])  // APPEND
        case 0x65: try append(try popToMark())  // APPENDS
        case 0x73: try setItems(try pop(2))  // SETITEM
        case 0x75: try setItems(try popToMark())  // SETITEMS
        case 0x71: try memoize(Int(try byte()))  // BINPUT
        case 0x72: try memoize(Int(try unsigned(4)))  // LONG_BINPUT
        case 0x94: try memoize(memo.count)  // MEMOIZE
        case 0x68: try recall(Int(try byte()))  // BINGET
        case 0x6A: try recall(Int(try unsigned(4)))  // LONG_BINGET
        case 0x63: try pushGlobal(try line() + "." + line())  // GLOBAL
        case 0x93:  // STACK_GLOBAL
            let parts = try pop(2)
            guard case .string(let module) = parts[0], case .string(let name) = parts[1] else {
                throw corrupt("STACK_GLOBAL needs two strings")
            }
            try pushGlobal(module + "." + name)
        case 0x52: try reduce()  // REDUCE
        case 0x62: try build()  // BUILD
        case 0x51: stack.append(try persistentLoad(try pop()))  // BINPERSID
        default: throw corrupt(String(format: "unsupported opcode 0x%02X", opcode))
        }
    }

    private mutating func pushGlobal(_ name: String) throws {
        guard reducers[name] != nil || valueGlobals.contains(name) else {
            throw ModelError.forbiddenGlobal(file: file, name: name)
        }
        stack.append(.global(name))
    }

    private mutating func reduce() throws {
        let arguments = try pop()
        let callable = try pop()
        guard case .global(let name) = callable, let reducer = reducers[name] else {
            throw ModelError.forbiddenGlobal(file: file, name: callable.kind)
        }
        guard case .tuple(let values) = arguments else { throw corrupt("REDUCE arguments are not a tuple") }
        stack.append(try reducer(values))
    }

    /// BUILD sets an object's state; only dictionaries (OrderedDict) take any, others keep their value.
    private mutating func build() throws {
        let state = try pop()
        guard let target = stack.last else { throw corrupt("BUILD on an empty stack") }
        if case .dict(let dict) = target, case .dict(let update) = state { dict.entries += update.entries }
    }

    private mutating func append(_ values: [PickleValue]) throws {
        guard case .list(let list) = stack.last else { throw corrupt("APPEND to a non-list") }
        list.items += values
    }

    private mutating func setItems(_ values: [PickleValue]) throws {
        guard values.count % 2 == 0, case .dict(let dict) = stack.last else { throw corrupt("SETITEMS on a non-dict") }
        for i in Swift.stride(from: 0, to: values.count, by: 2) { dict.entries.append((values[i], values[i + 1])) }
    }

    private mutating func memoize(_ index: Int) throws {
        guard let top = stack.last else { throw corrupt("memoizing an empty stack") }
        memo[index] = top
    }

    private mutating func recall(_ index: Int) throws {
        guard let value = memo[index] else { throw corrupt("unknown memo index \(index)") }
        stack.append(value)
    }

    // MARK: - Stack and bytes

    private mutating func pop() throws -> PickleValue {
        guard let value = stack.popLast() else { throw corrupt("stack underflow") }
        return value
    }

    private mutating func pop(_ count: Int) throws -> [PickleValue] {
        guard stack.count >= count else { throw corrupt("stack underflow") }
        defer { stack.removeLast(count) }
        return Array(stack.suffix(count))
    }

    private mutating func popToMark() throws -> [PickleValue] {
        guard let mark = marks.popLast(), mark <= stack.count else { throw corrupt("no MARK") }
        defer { stack.removeSubrange(mark...) }
        return Array(stack[mark...])
    }

    private mutating func byte() throws -> UInt8 {
        guard position < bytes.count else { throw corrupt("unexpected end of data") }
        defer { position += 1 }
        return bytes[position]
    }

    private mutating func read(_ count: Int) throws -> [UInt8] {
        guard count >= 0, count <= bytes.count - position else { throw corrupt("unexpected end of data") }
        defer { position += count }
        return Array(bytes[position..<(position + count)])
    }

    private mutating func unsigned(_ count: Int) throws -> UInt64 {
        try read(count).reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
    }

    private mutating func long(_ count: Int) throws -> Int {
        guard count <= 8 else { throw corrupt("integer of \(count) bytes") }
        let raw = try read(count)
        guard count > 0 else { return 0 }
        let value = raw.reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        let shift = UInt64(64 - 8 * count)
        return Int(Int64(bitPattern: value << shift) >> Int64(shift))
    }

    private mutating func text(_ count: Int) throws -> String {
        guard let string = String(bytes: try read(count), encoding: .utf8) else { throw corrupt("invalid UTF-8 string") }
        return string
    }

    private mutating func line() throws -> String {
        guard let end = bytes[position...].firstIndex(of: 0x0A) else { throw corrupt("unterminated GLOBAL") }
        defer { position = end + 1 }
        return String(decoding: bytes[position..<end], as: UTF8.self)
    }
}
