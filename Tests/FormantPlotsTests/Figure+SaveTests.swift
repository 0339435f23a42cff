import Foundation
import XCTest
@testable import FormantPlots

final class FigureSaveTests: XCTestCase {
    private var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("formant-plots-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    func testSaveWritesTheSVGAndItsCSVBeside() throws {
        let chart = try FigureFixtures.layerProfile()
        let path = directory.appendingPathComponent("profile.svg").path
        try chart.save(to: path)
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), chart.svg)
        let csv = try String(contentsOfFile: path + ".csv", encoding: .utf8)
        XCTAssertTrue(csv.hasPrefix("layer,tone,tone lower,tone upper,phone,sex\n0.0,0.35,0.3,0.39999999999999997,"))
        XCTAssertEqual(csv.split(separator: "\n").count, 14)
    }

    func testSavingIntoAMissingDirectoryNamesThePath() throws {
        let path = directory.appendingPathComponent("missing/profile.svg").path
        XCTAssertThrowsError(try FigureFixtures.layerProfile().save(to: path)) { error in
            guard case .writeFailed(let failed, let reason) = error as? PlotError else { return XCTFail("\(error)") }
            XCTAssertEqual(failed, path)
            XCTAssertTrue(reason.contains("does not exist"), reason)
        }
    }

    func testSaveReplacesAnExistingFileWhole() throws {
        let path = directory.appendingPathComponent("figure.svg").path
        try Data(String(repeating: "x", count: 1_000_000).utf8).write(to: URL(fileURLWithPath: path))
        let table = try Table(header: ["a"], rows: [["1"]])
        try table.save(to: path)
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "a\n1\n")
    }
}
