import Foundation

extension NPYArray {
    /// Reads a `.npy` file (format 1.0–3.0): float32, float64, int32 or int64 in either byte order,
    /// 1-D or 2-D, C or Fortran order. Anything else is an `NPYError` naming the file.
    public init(contentsOf url: URL) throws {
        let data: Data
        do { data = try Data(contentsOf: url, options: .mappedIfSafe) } catch {
            throw NPYError.io(file: url.path, reason: "cannot read: \(error.localizedDescription)")
        }
        try self.init(npyData: data, file: url.path)
    }

    /// Decodes the bytes of a `.npy` file; `file` names the source in errors.
    public init(npyData data: Data, file: String) throws {
        let bytes = [UInt8](data)
        let magic: [UInt8] = [0x93, 0x4E, 0x55, 0x4D, 0x50, 0x59]
        guard bytes.count >= 10, Array(bytes[0..<6]) == magic else { throw NPYError.notNPY(file: file) }
        let (major, minor) = (Int(bytes[6]), Int(bytes[7]))
        let lengthBytes: Int
        switch major {
        case 1: lengthBytes = 2
        case 2, 3: lengthBytes = 4
        default: throw NPYError.unsupportedVersion(file: file, major: major, minor: minor)
        }
        guard bytes.count >= 8 + lengthBytes else { throw NPYError.truncated(file: file, expectedBytes: 8 + lengthBytes, actualBytes: bytes.count) }
        let headerLength = (0..<lengthBytes).reduce(0) { $0 | Int(bytes[8 + $1]) << (8 * $1) }
        let dataStart = 8 + lengthBytes + headerLength
        guard bytes.count >= dataStart else {
            throw NPYError.malformedHeader(file: file, detail: "header of \(headerLength) bytes runs past the end of the file")
        }
        guard let text = String(bytes: bytes[(8 + lengthBytes)..<dataStart], encoding: major == 3 ? .utf8 : .isoLatin1) else {
            throw NPYError.malformedHeader(file: file, detail: "header is not text")
        }
        let header = try NPYHeader(parsing: text, file: file)
        guard header.shape.count == 1 || header.shape.count == 2 else {
            throw NPYError.unsupportedRank(file: file, shape: header.shape)
        }
        let layout = try NPYElementLayout(descriptor: header.descriptor, file: file)
        let count = header.shape.reduce(1, *)
        let needed = count * layout.size
        guard bytes.count - dataStart >= needed else {
            throw NPYError.truncated(file: file, expectedBytes: needed, actualBytes: bytes.count - dataStart)
        }
        var values = layout.decode(bytes[dataStart..<(dataStart + needed)], count: count)
        if header.fortranOrder && header.shape.count == 2 {
            values = values.transposedFromColumnMajor(rows: header.shape[0], columns: header.shape[1])
        }
        self.init(shape: header.shape, values: values)
    }
}

/// Where in the bytes an element lives: its type, width and byte order.
struct NPYElementLayout {
    enum Kind { case float32, float64, int32, int64 }
    let kind: Kind
    let bigEndian: Bool

    var size: Int { kind == .float32 || kind == .int32 ? 4 : 8 }

    init(descriptor: String, file: String) throws {
        guard descriptor.count == 3, let order = descriptor.first, "<>|=".contains(order) else {
            throw NPYError.unsupportedType(file: file, descriptor: descriptor)
        }
        switch descriptor.dropFirst() {
        case "f4": kind = .float32
        case "f8": kind = .float64
        case "i4": kind = .int32
        case "i8": kind = .int64
        default: throw NPYError.unsupportedType(file: file, descriptor: descriptor)
        }
        bigEndian = order == ">"
    }

    func decode(_ bytes: ArraySlice<UInt8>, count: Int) -> NPYArray.Values {
        var words8 = [UInt64](repeating: 0, count: size == 8 ? count : 0)
        var words4 = [UInt32](repeating: 0, count: size == 4 ? count : 0)
        bytes.withUnsafeBytes { raw in
            if size == 8 {
                for i in 0..<count {
                    let w = raw.loadUnaligned(fromByteOffset: i * 8, as: UInt64.self)
                    words8[i] = bigEndian ? UInt64(bigEndian: w) : UInt64(littleEndian: w)
                }
            } else {
                for i in 0..<count {
                    let w = raw.loadUnaligned(fromByteOffset: i * 4, as: UInt32.self)
                    words4[i] = bigEndian ? UInt32(bigEndian: w) : UInt32(littleEndian: w)
                }
            }
        }
        switch kind {
        case .float32: return .float32(words4.map(Float.init(bitPattern:)))
        case .float64: return .float64(words8.map(Double.init(bitPattern:)))
        case .int32: return .int32(words4.map { Int32(bitPattern: $0) })
        case .int64: return .int64(words8.map { Int64(bitPattern: $0) })
        }
    }
}

extension NPYArray.Values {
    /// Reorders column-major elements of a `rows × columns` array into row-major order.
    func transposedFromColumnMajor(rows: Int, columns: Int) -> Self {
        func reorder<T>(_ v: [T]) -> [T] {
            (0..<(rows * columns)).map { index in v[(index % columns) * rows + index / columns] }
        }
        switch self {
        case .float32(let v): return .float32(reorder(v))
        case .float64(let v): return .float64(reorder(v))
        case .int32(let v): return .int32(reorder(v))
        case .int64(let v): return .int64(reorder(v))
        }
    }
}
