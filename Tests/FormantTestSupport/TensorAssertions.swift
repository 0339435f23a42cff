import FormantNumerics
import XCTest

/// Asserts that two tensors have the same shape and agree element-wise within `atol + rtol·|expected|`,
/// reporting the first differing element.
public func assertEqual(
    _ actual: Tensor, _ expected: Tensor, rtol: Float = 1e-5, atol: Float = 1e-6,
    _ message: String = "", file: StaticString = #filePath, line: UInt = #line
) {
    guard actual.shape == expected.shape else {
        XCTFail("shape \(actual.shape) ≠ \(expected.shape) \(message)", file: file, line: line)
        return
    }
    for (index, (a, e)) in zip(actual.storage, expected.storage).enumerated() where !(abs(a - e) <= atol + rtol * abs(e)) {
        XCTFail("element \(index): \(a) ≠ \(e) (atol \(atol), rtol \(rtol)) \(message)", file: file, line: line)
        return
    }
}

/// Asserts that two tensors have the same shape and that `max|actual − expected| ≤ tolerance·max|expected|`:
/// agreement relative to the tensor's scale, the right measure for network activations.
public func assertClose(
    _ actual: Tensor, _ expected: Tensor, relativeToScale tolerance: Float,
    _ message: String = "", file: StaticString = #filePath, line: UInt = #line
) {
    guard actual.shape == expected.shape else {
        XCTFail("shape \(actual.shape) ≠ \(expected.shape) \(message)", file: file, line: line)
        return
    }
    let scale = max(expected.maxAbs, Float.leastNormalMagnitude)
    let worst = zip(actual.storage, expected.storage).reduce(Float(0)) { max($0, abs($1.0 - $1.1)) }
    XCTAssertTrue(worst <= tolerance * scale,
                  "max difference \(worst) exceeds \(tolerance) × scale \(scale) \(message)", file: file, line: line)
}
