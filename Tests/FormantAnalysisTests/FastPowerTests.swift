@testable import FormantAnalysis
import Foundation
import XCTest

final class FastPowerTests: XCTestCase {
    func testRelativeErrorBelowTenToTheMinusFive() {
        for x: Float in [1e-6, 0.001, 0.37, 1, 1.5, 2, 9.99, 123.4, 1e5] {
            for y: Float in [-0.105, 0.79, 0.895, 1.5] {
                let exact = Foundation.pow(Double(x), Double(y))
                let fast = Double(FastPower.power(x, y))
                XCTAssertLessThan(abs(fast - exact) / exact, 1e-5, "\(x)^\(y)")
            }
        }
    }
}
