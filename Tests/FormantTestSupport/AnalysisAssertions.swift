import XCTest

/// Asserts that two numbers agree within `atol + rtol·|expected|`, naming both on failure.
public func assertClose(
    _ actual: Double, _ expected: Double, atol: Double = 1e-5, rtol: Double = 0,
    _ message: String = "", file: StaticString = #filePath, line: UInt = #line
) {
    let ok = abs(actual - expected) <= atol + rtol * abs(expected)
    XCTAssertTrue(ok, "\(actual) ≠ \(expected) (atol \(atol), rtol \(rtol)) \(message)", file: file, line: line)
}

/// Asserts that two arrays have the same length and agree element-wise within `atol + rtol·|expected|`.
public func assertClose(
    _ actual: [Double], _ expected: [Double], atol: Double = 1e-5, rtol: Double = 0,
    _ message: String = "", file: StaticString = #filePath, line: UInt = #line
) {
    XCTAssertEqual(actual.count, expected.count, "lengths differ \(message)", file: file, line: line)
    for (index, (a, e)) in zip(actual, expected).enumerated() where abs(a - e) > atol + rtol * abs(e) {
        XCTFail("element \(index): \(a) ≠ \(e) (atol \(atol), rtol \(rtol)) \(message)", file: file, line: line)
        return
    }
}

/// Asserts that `expression` throws an error whose description contains every fragment.
public func assertThrowsMessage<T>(
    _ expression: @autoclosure () throws -> T, containing fragments: [String],
    file: StaticString = #filePath, line: UInt = #line
) {
    do {
        _ = try expression()
        XCTFail("expected an error containing \(fragments)", file: file, line: line)
    } catch {
        let text = String(describing: error)
        for fragment in fragments where !text.contains(fragment) {
            XCTFail("error '\(text)' does not contain '\(fragment)'", file: file, line: line)
        }
    }
}
