import FormantCore
import XCTest

final class ProgressReporterTests: XCTestCase {
    private final class Recorder: ProgressReporter {
        var reports: [(String, Int, Int)] = []
        func report(_ label: String, completed: Int, total: Int) { reports.append((label, completed, total)) }
    }

    func testStepReportsThenStopsWhenCancelled() throws {
        let recorder = Recorder()
        let token = CancellationToken()
        let context = OperationContext(progress: recorder, cancellation: token)
        try context.step("frames", completed: 1, total: 3)
        token.cancel()
        XCTAssertThrowsError(try context.step("frames", completed: 2, total: 3))
        XCTAssertEqual(recorder.reports.map(\.1), [1, 2])
        XCTAssertEqual(recorder.reports.first?.0, "frames")
    }

    func testQuietContextReportsNothingButStopsWithItsParent() throws {
        let recorder = Recorder()
        let token = CancellationToken()
        let quiet = OperationContext(progress: recorder, cancellation: token).quiet
        try quiet.step("probe", completed: 1, total: 10)
        token.cancel()
        XCTAssertThrowsError(try quiet.step("probe", completed: 2, total: 10)) { XCTAssertTrue($0 is Interrupted) }
        XCTAssertTrue(recorder.reports.isEmpty)
    }
}
