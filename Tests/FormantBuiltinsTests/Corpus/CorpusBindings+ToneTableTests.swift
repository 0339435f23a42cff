import FormantCorpus
import FormantScript
import Foundation
import OrderedCollections
import XCTest

/// `Task.tone(toneLetters:digits:replace:tier:)` and `Task.phone(…)`: the tone table overridden from a script.
final class CorpusBindingsToneTableTests: XCTestCase {
    private let session = BuiltinsScriptSession()
    private let speaker = Speaker(id: "S1", sex: .female)

    override func tearDown() { session.close() }

    /// `Task.method(arguments)` through the registry; dictionary arguments are written as `[(key, tone)]`.
    private func task(_ method: String, _ arguments: [(String, Value)]) throws -> LabelTask {
        let value = try CorpusBindingsHarness().callStatic("Task", method, arguments)
        return try XCTUnwrap(value.native(as: LabelTask.self))
    }

    private func tones(_ entries: [(String, Int)]) -> Value {
        .dictionary(.init(uniqueKeysWithValues: entries.map { (Value.string($0.0), Value.int($0.1)) }))
    }

    func testToneLettersAndDigitsGoOverTheStandardTable() throws {
        let tone = try task("tone", [("toneLetters", tones([("˥˥", 3), ("˩˩˩˩", 5)])), ("digits", tones([("0", 4)]))])
        XCTAssertEqual(try tone.classify("a˥˥", speaker), "T3", "overridden")
        XCTAssertEqual(try tone.classify("a˩˩˩˩", speaker), "neutral", "added")
        XCTAssertEqual(try tone.classify("a0", speaker), "T4")
        XCTAssertEqual(try tone.classify("a˧˥", speaker), "T2", "the rest of the standard table stays")
        XCTAssertEqual(try tone.classify("ang1", speaker), "T1")
        XCTAssertEqual(tone.name, "tone")
        XCTAssertEqual(tone.tier, "phones")
    }

    func testReplaceKeepsOnlyTheGivenEntriesAndTierIsNamed() throws {
        let tone = try task("tone", [("digits", tones([("4", 4)])), ("replace", .bool(true)), ("tier", .string("finals"))])
        XCTAssertEqual(try tone.classify("ang4", speaker), "T4")
        XCTAssertNil(try tone.classify("ang1", speaker))
        XCTAssertNil(try tone.classify("a˥˩", speaker))
        XCTAssertEqual(tone.tier, "finals")
    }

    func testPhoneTaskStripsTheSameMarkings() throws {
        let phone = try task("phone", [("toneLetters", tones([("˩˩˩˩", 1)]))])
        XCTAssertEqual(try phone.classify("a˩˩˩˩", speaker), "a")
        XCTAssertEqual(try LabelTask.phone().classify("a˩˩˩˩", speaker), "a˩˩˩˩", "the standard table leaves it on")
        XCTAssertEqual(session.text("Task.tone.name"), "\"tone\"", "Task.tone without a call is the standard task")
    }

    func testTheOverrideChangesAnUtterancesLabels() {
        session.run(#"let corpus = Corpus.synthetic(speakers: 2, utterancesPerSpeaker: 1, seed: 4, directory: "\#(session.directory.path)/c", duration: 1.5)"#)
        let standard = session.text(#"corpus[0].labels(.tone).filter { $0 == "T1" || $0 == "T2" }.count"#)
        XCTAssertNotEqual(standard, "0")
        XCTAssertEqual(session.text(#"corpus[0].labels(Task.tone(digits: ["1": 2])).filter { $0 == "T1" }.count"#), "0")
        XCTAssertEqual(session.text(#"corpus[0].labels(Task.tone(digits: ["1": 2])).filter { $0 == "T2" }.count"#), standard)
    }

    func testEmbeddingsAreCachedByTheirTablesAndNeverWithAClosure() throws {
        let cache = session.directory.appendingPathComponent("cache")
        setenv("XDG_CACHE_HOME", cache.path, 1)
        defer { unsetenv("XDG_CACHE_HOME") }
        session.defineEmbeddings()
        session.run("let cached = embeddings(model, corpus, frames: 160, seed: 1)")
        let stored = { try FileManager.default.contentsOfDirectory(atPath: cache.appendingPathComponent("formant/embeddings").path) }
        XCTAssertEqual(try stored().count, 1)
        let own = #"embeddings(model, corpus, tasks: [Task.tone(digits: ["1": 2]), .sex], frames: 160, seed: 1)"#
        XCTAssertEqual(session.text(own + #".labels(.tone).filter { $0 == "T1" }.count"#), "0")
        XCTAssertNotEqual(session.text(#"cached.labels(.tone).filter { $0 == "T1" }.count"#), "0")
        XCTAssertEqual(try stored().count, 2, "the custom table's embeddings are stored under their own key")
        XCTAssertEqual(session.text(own + #".labels(.tone).filter { $0 == "T1" }.count"#), "0", "read back with its own table")
        session.run(#"let mapped = embeddings(model, corpus, tasks: [Task.tier("phones") { $0.hasPrefix("a") ? "a" : "other" }], frames: 160, seed: 1)"#)
        XCTAssertEqual(try stored().count, 2, "a task defined by a closure is never cached")
    }

    func testBadEntriesAreArgumentErrors() {
        XCTAssertTrue(session.failure(#"Task.tone(digits: ["10": 5])"#).contains("digits: \"10\" is not one character"))
        XCTAssertTrue(session.failure(#"Task.tone(toneLetters: ["ab": 1])"#).contains("toneLetters: \"ab\" is not a run of Chao tone letters"))
        XCTAssertTrue(session.failure(#"Task.tone(digits: ["0": 6])"#).contains("tones are 1–4, or 5 for the neutral tone"))
        XCTAssertTrue(session.failure(#"Task.phone(digits: [0: 5])"#).contains("expects [String: Int], got [Int: Int]"))
    }

    func testInspectShowsThePropertyAndTheMethodAndCompletionItsLabels() throws {
        let doc = try XCTUnwrap(session.interpreter.inspect("Task.tone", cursor: 7)?.plain)
        XCTAssertTrue(doc.hasPrefix("static var tone: Task"), doc)
        XCTAssertTrue(doc.contains("static func tone(toneLetters: [String: Int] = [:], digits: [String: Int] = [:]"), doc)
        let code = "Task.tone(dig"
        XCTAssertEqual(session.interpreter.complete(code, cursor: code.unicodeScalars.count).matches.first, "digits:")
    }
}
