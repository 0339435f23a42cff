import FormantCore
import FormantNumerics
import FormantScript
import XCTest
@testable import FormantBuiltins

final class AnalysisBindingsTests: XCTestCase {
    private let harness = AnalysisBindingsHarness()
    private let labels: [Value] = (0..<120).map { .string("T\($0 % 3)") }

    func testSVCCAWithTwoViewsAndWithLabels() throws {
        let x = AnalysisBindingsHarness.tensor(frames: 120, features: 5, seed: 1) { Double($0 % 3) * 2 }
        let same = try harness.call("svcca", [(nil, x), (nil, x), ("keep", .int(3))])
        XCTAssertEqual(try harness.property(same, "mean").doubleValue!, 1, accuracy: 1e-6)
        XCTAssertEqual(try harness.property(same, "keptA"), .int(3))
        XCTAssertEqual(try harness.property(same, "isInflatedBySampleSize"), .bool(false))
        let task = try harness.call("svcca", [(nil, x), ("labels", .array(labels))])
        XCTAssertGreaterThan(try harness.property(task, "mean").doubleValue!, 0.5)
        XCTAssertEqual(try harness.property(task, "correlations").arrayValue?.count, 2)
        XCTAssertTrue(task.mimeBundle.plain.contains("SVCCA ="))
    }

    func testKeepIsReadByValueAsADouble() throws {
        // keep: 1 is 1.0 (all variance), as a Swift Double parameter reads it; counts are whole numbers above 1.
        let x = AnalysisBindingsHarness.tensor(frames: 120, features: 5, seed: 2) { Double($0 % 7) }
        let y = AnalysisBindingsHarness.tensor(frames: 120, features: 5, seed: 3) { Double($0 % 5) }
        func kept(_ keep: Value) throws -> Value { try harness.property(try harness.call("svcca", [(nil, x), (nil, y), ("keep", keep)]), "keptA") }
        XCTAssertEqual(try kept(.int(1)), try kept(.double(1)))
        XCTAssertEqual(try kept(.int(1)), .int(5))
        XCTAssertEqual(try kept(.double(3)), .int(3))
        XCTAssertEqual(try kept(.int(3)), .int(3))
        XCTAssertThrowsError(try kept(.double(2.5))) { XCTAssertTrue("\($0)".contains("neither a variance fraction"), "\($0)") }
    }

    func testCKAPWCCAAndCCA() throws {
        let a = AnalysisBindingsHarness.tensor(frames: 120, features: 4, seed: 2)
        let b = AnalysisBindingsHarness.tensor(frames: 120, features: 6, seed: 3)
        XCTAssertEqual(try harness.call("cka", [(nil, a), (nil, a)]).doubleValue!, 1, accuracy: 1e-9)
        let debiased = try harness.call("cka", [(nil, a), (nil, b), ("debiased", .bool(true))]).doubleValue!
        XCTAssertLessThan(abs(debiased), 0.2)
        let pwcca = try harness.call("pwcca", [(nil, b), (nil, a)])
        XCTAssertEqual(try harness.property(pwcca, "weights").arrayValue?.count, 4)
        let cca = try harness.call("cca", [(nil, a), (nil, b)])
        XCTAssertEqual(try harness.property(cca, "correlations").arrayValue?.count, 4)
    }

    func testProfileSimilarityAndPCA() throws {
        let layers: Value = .array((0..<3).map { l in AnalysisBindingsHarness.tensor(frames: 120, features: 4, seed: 10 + l) { Double($0 % 3) * Double(l) } })
        let tasks: Value = .dictionary([.string("tone"): .array(labels), .string("half"): .array((0..<120).map { .int($0 < 60 ? 0 : 1) })])
        let profile = try harness.call("profile", [(nil, layers), ("tasks", tasks)])
        let values = try harness.property(profile, "values").arrayValue!
        XCTAssertEqual(values.count, 3)
        let series = try harness.property(profile, "series")
        guard case .dictionary(let byTask) = series else { return XCTFail("series is not a dictionary") }
        XCTAssertEqual(byTask.keys.map(\.description), ["tone", "half"])
        let cka = try harness.call("profile", [(nil, layers), ("tasks", tasks), ("measure", .symbol("cka"))])
        XCTAssertTrue(cka.mimeBundle.plain.contains("CKA by layer"))
        let groups: Value = .array((0..<120).map { .string("S\($0 % 6)") })
        let probes = try harness.call("profile", [(nil, layers), ("tasks", tasks), ("measure", .symbol("probe")), ("groups", groups)])
        XCTAssertTrue(probes.mimeBundle.plain.contains("probe balanced accuracy by layer"))
        XCTAssertThrowsError(try harness.call("profile", [(nil, layers), ("tasks", tasks), ("measure", .symbol("probe"))])) {
            XCTAssertTrue("\($0)".contains("groups:"), "\($0)")
        }
        let similarity = try harness.call("similarity", [(nil, layers), ("measure", .symbol("cka"))])
        XCTAssertEqual(try harness.property(similarity, "values").arrayValue?.count, 3)
        let pca = try harness.call("pca", [(nil, layers.arrayValue![2]), (nil, .int(2))])
        XCTAssertEqual(try harness.property(pca, "points").arrayValue?.count, 120)
    }

    func testUMAPCarriesLabelsAndSaves() throws {
        let x = AnalysisBindingsHarness.tensor(frames: 120, features: 6, seed: 4) { Double($0 % 3) * 5 }
        let u = try harness.call("umap", [(nil, x), ("metric", .symbol("cosine")), ("labels", .array(labels)), ("epochs", .int(30))])
        XCTAssertEqual(try harness.property(u, "points").arrayValue?.count, 120)
        XCTAssertEqual(try harness.property(u, "labels").arrayValue?.count, 120)
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("formant-umap-\(getpid()).npy").path
        _ = try harness.method(u, "save", [(nil, .string(path))])
        let saved = try NPYArray(contentsOf: URL(fileURLWithPath: path))
        XCTAssertEqual(saved.shape, [120, 2])
        try? FileManager.default.removeItem(atPath: path)
        let trust = try harness.call("trustworthiness", [(nil, x), (nil, u), ("k", .int(5))]).doubleValue!
        XCTAssertGreaterThan(trust, 0.7)
        XCTAssertFalse(harness.output.displays.isEmpty, "UMAP shows progress")
    }

    func testBadInputBecomesArgumentErrors() {
        let x = AnalysisBindingsHarness.tensor(frames: 20, features: 3, seed: 5)
        let y = AnalysisBindingsHarness.tensor(frames: 19, features: 3, seed: 6)
        XCTAssertThrowsError(try harness.call("svcca", [(nil, x), (nil, y)])) { error in
            XCTAssertTrue("\(error)".contains("svcca(_:_:labels:keep:)"), "\(error)")
            XCTAssertTrue("\(error)".contains("'b' has 19"), "\(error)")
        }
        XCTAssertThrowsError(try harness.call("svcca", [(nil, x)])) { XCTAssertTrue("\($0)".contains("labels:")) }
        XCTAssertThrowsError(try harness.call("cka", [(nil, .string("x")), (nil, x)])) { XCTAssertTrue("\($0)".contains("Tensor")) }
        XCTAssertThrowsError(try harness.call("profile", [(nil, .array([x])), ("tasks", .dictionary([.string("t"): .array([.double(1.5)])]))])) {
            XCTAssertTrue("\($0)".contains("labels must be"), "\($0)")
        }
        XCTAssertThrowsError(try harness.call("umap", [(nil, x), ("metric", .symbol("manhattan"))])) { XCTAssertTrue("\($0)".contains("manhattan")) }
    }

    func testLibraryErrorsNameTheFunctionOnce() {
        let vector = Value.native(NativeObject(typeName: "Tensor", object: Tensor(shape: [50], storage: [Float](repeating: 1, count: 50))))
        let x = AnalysisBindingsHarness.tensor(frames: 50, features: 4, seed: 7)
        let calls: [(name: String, prefix: String, arguments: [(String?, Value)])] = [
            ("svcca", "svcca(_:_:labels:keep:): 'a'", [(nil, vector), (nil, x)]),
            ("cka", "cka(_:_:labels:debiased:): 'a'", [(nil, vector), (nil, x)]),
            ("pca", "pca(_:_:): 'x'", [(nil, vector)]),
        ]
        for call in calls {
            XCTAssertThrowsError(try harness.call(call.name, call.arguments)) {
                XCTAssertEqual("\($0)", "\(call.prefix) must be a frames × features matrix (rank 2), got shape [50]")
            }
        }
        let oneClass = Value.array((0..<50).map { _ in .string("T1") })
        XCTAssertThrowsError(try harness.call("cka", [(nil, x), ("labels", oneClass)])) {
            XCTAssertEqual("\($0)".components(separatedBy: "cka(_:_:labels:debiased:)").count, 2, "\($0)")
        }
    }

    func testNilLabelIsNamedNil() {
        let x = AnalysisBindingsHarness.tensor(frames: 20, features: 3, seed: 8)
        let labels = Value.array((0..<20).map { $0 % 5 == 0 ? .null : .string("T\($0 % 4)") })
        XCTAssertThrowsError(try harness.call("svcca", [(nil, x), ("labels", labels)])) {
            XCTAssertTrue("\($0)".hasSuffix(": labels[0] is nil; labels must be Int, String or Bool"), "\($0)")
        }
    }

    func testProbeMeasureOfSimilarityPointsToProfile() {
        let layers: Value = .array((0..<2).map { AnalysisBindingsHarness.tensor(frames: 40, features: 3, seed: 20 + $0) })
        XCTAssertThrowsError(try harness.call("similarity", [(nil, layers), ("measure", .symbol("probe"))])) {
            XCTAssertTrue("\($0)".contains("measure .probe is not available for comparing layers (profile offers it)"), "\($0)")
            XCTAssertTrue("\($0)".contains(".svcca, .pwcca, .cka, .debiasedCKA"), "\($0)")
        }
        let tasks: Value = .dictionary([.string("t"): .array((0..<40).map { .int($0 % 2) })])
        XCTAssertThrowsError(try harness.call("profile", [(nil, layers), ("tasks", tasks), ("measure", .string("rsa"))])) {
            XCTAssertTrue("\($0)".contains("unknown measure 'rsa' (known: .svcca, .pwcca, .cka, .debiasedCKA, .probe)"), "\($0)")
        }
    }

    func testSaveRefusesAnExtensionItDoesNotWrite() throws {
        let x = AnalysisBindingsHarness.tensor(frames: 30, features: 4, seed: 9)
        let u = try harness.call("umap", [(nil, x), ("neighbors", .int(5)), ("epochs", .int(10))])
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("formant-umap-\(getpid()).png").path
        XCTAssertThrowsError(try harness.method(u, "save", [(nil, .string(path))])) {
            XCTAssertTrue("\($0)".contains("ends in .png, but save writes only .npy files"), "\($0)")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: path))
    }
}
