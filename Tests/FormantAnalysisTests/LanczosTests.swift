@testable import FormantAnalysis
import Foundation
import XCTest

final class LanczosTests: XCTestCase {
    /// A symmetric operator with known eigenpairs: the path graph's adjacency, eigenvalues 2cos(kπ/(n+1)) with
    /// eigenvectors sin(jkπ/(n+1)).
    private let n = 300
    private func path(_ x: [Double]) -> [Double] {
        (0..<n).map { i in (i > 0 ? x[i - 1] : 0) + (i + 1 < n ? x[i + 1] : 0) }
    }
    private func eigenvector(_ k: Int) -> [Double] {
        let v = (1...n).map { j in Foundation.sin(Double(j * k) * .pi / Double(n + 1)) }
        let norm = v.reduce(0) { $0 + $1 * $1 }.squareRoot()
        return v.map { $0 / norm }
    }

    func testLargestEigenvectorsOfThePathGraphInTheComplementOfTheFirst() throws {
        let first = eigenvector(1)
        var random = SeededRandom(seed: 1)
        let start = (0..<n).map { _ in random.normal() }  // a generic start: a symmetric one misses the odd eigenvectors
        let vectors = try XCTUnwrap(Lanczos.largest(
            count: 2, size: n, apply: path, deflated: [first], start: start, basisSize: 120, restarts: 60, tolerance: 1e-8))
        for (vector, k) in zip(vectors, [2, 3]) {
            let alignment = abs(Lanczos.dot(vector, eigenvector(k))) / Lanczos.dot(vector, vector).squareRoot()
            XCTAssertEqual(alignment, 1, accuracy: 1e-6, "eigenvector \(k)")
            XCTAssertEqual(Lanczos.dot(vector, first), 0, accuracy: 1e-8, "orthogonal to the deflated vector")
        }
    }

    func testBasisTooSmallForTheCountGivesNil() throws {
        XCTAssertNil(try Lanczos.largest(count: 3, size: n, apply: path, deflated: [], start: eigenvector(1), basisSize: 2))
    }
}
