import Foundation
import FormantAnalysis
import FormantNumerics
import XCTest

/// The reference numbers written by `scripts/make_analysis_fixtures.py` (google/svcca, scikit-learn).
enum AnalysisFixture {
    /// The parsed `Fixtures/analysis.json`.
    static let root: [String: Any] = {
        guard let url = Bundle.module.url(forResource: "analysis", withExtension: "json", subdirectory: "Fixtures"),
              let data = try? Data(contentsOf: url),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        else { fatalError("Fixtures/analysis.json is missing or malformed: run scripts/make_analysis_fixtures.py") }
        return object
    }()

    /// The section `name` of the fixture.
    static func section(_ name: String) -> [String: Any] { root[name] as! [String: Any] }

    /// A frames × features matrix stored as nested arrays.
    static func matrix(_ value: Any?) -> Matrix { Matrix(rowArrays: (value as! [[NSNumber]]).map { $0.map(\.doubleValue) }) }

    /// A vector of numbers.
    static func doubles(_ value: Any?) -> [Double] { (value as! [NSNumber]).map(\.doubleValue) }

    /// A vector of integers.
    static func ints(_ value: Any?) -> [Int] { (value as! [NSNumber]).map(\.intValue) }

    /// A number.
    static func double(_ value: Any?) -> Double { (value as! NSNumber).doubleValue }
}

/// Deterministic Gaussian test data (Box–Muller on a SplitMix64 stream).
struct TestData {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func uniform() -> Double {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Double((z ^ (z >> 31)) >> 11) / Double(1 << 53)
    }

    mutating func normal() -> Double {
        let u = Swift.max(uniform(), 1e-300), v = uniform()
        return (-2 * Foundation.log(u)).squareRoot() * Foundation.cos(2 * Double.pi * v)
    }

    mutating func matrix(_ rows: Int, _ columns: Int) -> Matrix {
        Matrix(rows: rows, columns: columns, storage: (0..<(rows * columns)).map { _ in normal() })
    }
}
