import Foundation
import FormantNumerics
import FormantTestSupport
import XCTest

/// `.npy` reading and writing, with files built byte by byte as NumPy's format specification lays them out.
final class NPYArrayTests: XCTestCase {
    /// Magic, version, header length, the header dictionary padded to 64 bytes, then `payload`.
    private func npy(_ header: String, _ payload: [UInt8], major: UInt8 = 1) -> Data {
        let lengthBytes = major == 1 ? 2 : 4
        let unpadded = 8 + lengthBytes + header.utf8.count + 1
        let text = header + String(repeating: " ", count: (64 - unpadded % 64) % 64) + "\n"
        var data = Data([0x93, 0x4E, 0x55, 0x4D, 0x50, 0x59, major, 0])
        data.append(contentsOf: (0..<lengthBytes).map { UInt8((text.utf8.count >> (8 * $0)) & 0xFF) })
        data.append(contentsOf: Array(text.utf8))
        data.append(contentsOf: payload)
        return data
    }

    private func bytes<T: FixedWidthInteger>(_ values: [T], bigEndian: Bool = false) -> [UInt8] {
        values.flatMap { value in withUnsafeBytes(of: bigEndian ? value.bigEndian : value.littleEndian) { Array($0) } }
    }

    func testReadsEveryTypeBothByteOrdersAndFortranOrder() throws {
        let f8 = try NPYArray(npyData: npy("{'descr': '>f8', 'fortran_order': False, 'shape': (3,), }",
                                           bytes([1.5, -2.0, 0.25].map { $0.bitPattern }, bigEndian: true)), file: "f8.npy")
        XCTAssertEqual(f8.values, .float64([1.5, -2.0, 0.25]))
        let i8 = try NPYArray(npyData: npy("{'descr': '<i8', 'fortran_order': False, 'shape': (2, 2), }", bytes([Int64.max, -1, 7, 0])), file: "i8.npy")
        XCTAssertEqual(i8.values, .int64([Int64.max, -1, 7, 0]))
        XCTAssertEqual(i8.shape, [2, 2])
        let i4 = try NPYArray(npyData: npy("{'descr': '<i4', 'fortran_order': True, 'shape': (2, 3), }", bytes([Int32](arrayLiteral: 1, 4, 2, 5, 3, 6)), major: 2), file: "i4.npy")
        XCTAssertEqual(i4.values, .int32([1, 2, 3, 4, 5, 6]), "column-major data comes back in row-major order")
        let f4 = try NPYArray(npyData: npy("{'descr': '<f4', 'fortran_order': False, 'shape': (2,), }", bytes([Float(3).bitPattern, Float(-0.5).bitPattern])), file: "f4.npy")
        XCTAssertEqual(f4.tensor(), Tensor(shape: [2], storage: [3, -0.5]))
        XCTAssertEqual(i4.doubles, [1, 2, 3, 4, 5, 6])
    }

    func testWriteThenReadRoundTripsWithAlignedHeader() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("formant-\(UUID().uuidString).npy")
        defer { try? FileManager.default.removeItem(at: url) }
        let tensor = Tensor(rows: [[1, 2, 3], [4, 5, 6.5]])
        try tensor.save(npy: url)
        let data = try Data(contentsOf: url)
        XCTAssertEqual((10 + Int(data[8]) + Int(data[9]) << 8) % 64, 0, "data starts on a 64-byte boundary")
        XCTAssertEqual(try Tensor.load(npy: url), tensor)
        let integers = NPYArray(shape: [3], values: .int64([-5, 0, 1 << 40]))
        XCTAssertEqual(try NPYArray(npyData: integers.npyData, file: "x.npy"), integers)
    }

    func testRefusesWhatItCannotReadNamingTheFile() {
        let object = npy("{'descr': '|O', 'fortran_order': False, 'shape': (1,), }", [0, 0, 0, 0, 0, 0, 0, 0])
        assertThrowsMessage(try NPYArray(npyData: object, file: "o.npy"), containing: ["o.npy", "unsupported element type '|O'"])
        let cube = npy("{'descr': '<f4', 'fortran_order': False, 'shape': (1, 1, 1), }", [0, 0, 0, 0])
        assertThrowsMessage(try NPYArray(npyData: cube, file: "c.npy"), containing: ["c.npy", "3-D"])
        let short = npy("{'descr': '<f8', 'fortran_order': False, 'shape': (4,), }", [0, 0, 0, 0])
        assertThrowsMessage(try NPYArray(npyData: short, file: "t.npy"), containing: ["t.npy", "truncated", "32"])
        assertThrowsMessage(try NPYArray(npyData: Data("hello world".utf8), file: "h.npy"), containing: ["h.npy", "not a NumPy"])
        let noShape = npy("{'descr': '<f4', 'fortran_order': False, }", [])
        assertThrowsMessage(try NPYArray(npyData: noShape, file: "s.npy"), containing: ["s.npy", "'shape'"])
        assertThrowsMessage(try Tensor.load(npy: URL(fileURLWithPath: "/nonexistent/a.npy")), containing: ["/nonexistent/a.npy"])
    }
}
