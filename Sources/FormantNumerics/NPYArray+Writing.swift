import Foundation

extension NPYArray {
    /// The bytes of a version 1.0 `.npy` file: little-endian, C order, header padded so the data starts
    /// on a 64-byte boundary, as NumPy writes it.
    public var npyData: Data {
        let header = NPYHeader(descriptor: "<" + values.typeCode, shape: shape).text
        let unpadded = 10 + header.utf8.count + 1
        let padding = (64 - unpadded % 64) % 64
        let headerText = header + String(repeating: " ", count: padding) + "\n"
        var data = Data([0x93, 0x4E, 0x55, 0x4D, 0x50, 0x59, 1, 0])
        let length = UInt16(headerText.utf8.count)
        data.append(contentsOf: [UInt8(length & 0xFF), UInt8(length >> 8)])
        data.append(contentsOf: Array(headerText.utf8))
        switch values {
        case .float32(let v): v.forEach { data.append(littleEndian: $0.bitPattern) }
        case .float64(let v): v.forEach { data.append(littleEndian: $0.bitPattern) }
        case .int32(let v): v.forEach { data.append(littleEndian: UInt32(bitPattern: $0)) }
        case .int64(let v): v.forEach { data.append(littleEndian: UInt64(bitPattern: $0)) }
        }
        return data
    }

    /// Writes the array as a `.npy` file (see `npyData`).
    public func write(to url: URL) throws {
        do { try npyData.write(to: url, options: .atomic) } catch {
            throw NPYError.io(file: url.path, reason: "cannot write: \(error.localizedDescription)")
        }
    }
}

private extension Data {
    mutating func append<T: FixedWidthInteger>(littleEndian value: T) {
        Swift.withUnsafeBytes(of: value.littleEndian) { append(contentsOf: $0) }
    }
}
