import XCTest
@testable import FormantPlots

/// Golden-file, well-formedness and determinism tests of every figure kind (see `FigureAssertions`).
final class GoldenFiguresTests: XCTestCase {
    func testEveryFigureKindMatchesItsGoldenFile() throws {
        for (name, figure) in try FigureFixtures.all() {
            try FigureAssertions.assertGolden(figure, named: name)
        }
    }

    func testFixturesRenderIdenticallyWhenRebuilt() throws {
        let first = try FigureFixtures.all().map { $0.1.svg }
        let second = try FigureFixtures.all().map { $0.1.svg }
        XCTAssertEqual(first, second)
    }

    func testEveryFigureDisplaysAsSVGWithPlainFallback() throws {
        for (name, figure) in try FigureFixtures.all() {
            let bundle = figure.mimeBundle
            XCTAssertEqual(bundle.data["image/svg+xml"], figure.svg, name)
            XCTAssertFalse(bundle.plain.isEmpty, name)
            XCTAssertFalse(bundle.plain.contains("<"), "\(name): plain text must not be markup")
        }
    }
}
