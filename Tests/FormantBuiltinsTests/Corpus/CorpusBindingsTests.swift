import FormantBuiltins
import FormantCorpus
import FormantScript
import Foundation
import XCTest

final class CorpusBindingsTests: XCTestCase {
    private var directory: String!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("formant-corpus-bindings-\(UUID().uuidString)").path
        let path = directory!
        addTeardownBlock { try? FileManager.default.removeItem(atPath: path) }
    }

    private func synthetic(_ harness: CorpusBindingsHarness) throws -> Value {
        try harness.callStatic("Corpus", "synthetic", [
            ("speakers", .int(2)), ("utterancesPerSpeaker", .int(2)), ("seed", .int(3)), ("directory", .string(directory + "/c")),
        ])
    }

    func testSyntheticCorpusUtterancesAndLabels() throws {
        let harness = CorpusBindingsHarness()
        let corpus = try synthetic(harness)
        XCTAssertGreaterThan(harness.displays.count, 0, "synthesis shows a progress bar")
        XCTAssertEqual(try harness.get(corpus, "count"), .int(4))
        XCTAssertEqual(try harness.get(corpus, "speakers").description, "[S0001 (F), S0002 (M)]")
        let utterance = try harness.call(corpus, "utterance", [(nil, .int(1))])
        XCTAssertEqual(try harness.get(utterance, "speaker"), .string("S0001"))
        XCTAssertEqual(try harness.get(utterance, "sex").description, "F")
        XCTAssertEqual(try harness.get(utterance, "duration").doubleValue ?? 0, 3, accuracy: 0.7)
        let labels = try XCTUnwrap(harness.call(utterance, "labels", [(nil, .symbol("tone"))]).arrayValue)
        XCTAssertTrue(labels.contains(.string("T1")) || labels.contains(.string("T2")) || labels.contains(.string("T3")) || labels.contains(.string("T4")))
        XCTAssertTrue(labels.contains(.null))
        let indices = try XCTUnwrap(harness.call(corpus, "labels", [(nil, utterance), ("task", .symbol("tone"))]).arrayValue)
        XCTAssertEqual(indices.count, labels.count)
        XCTAssertEqual(try harness.call(corpus, "inventory", [(nil, .symbol("tone"))]).description, "[\"T1\", \"T2\", \"T3\", \"T4\", \"neutral\"]")
        let tiers = try XCTUnwrap(harness.get(utterance, "tiers").description)
        XCTAssertTrue(tiers.contains("\"phones\"") && tiers.contains("label: \"sil\""), tiers)
        let audio = try harness.get(utterance, "audio")
        XCTAssertEqual(try harness.get(audio, "sampleRate"), .int(16_000))
        let player = try harness.call(utterance, "play")
        XCTAssertTrue(player.mimeBundle.data["text/html"]?.contains("data:audio/wav;base64,UklGR") == true)
        let summary = corpus.mimeBundle
        XCTAssertTrue(summary.data["text/html"]?.contains("<th style=\"text-align:left\">tone frames</th>") == true, summary.plain)
        XCTAssertTrue(summary.plain.contains("speakers: 2 (1 F, 1 M)"), summary.plain)
        XCTAssertTrue(summary.plain.contains("load report: 4 utterances loaded, 0 files skipped"), summary.plain)
    }

    func testSplitsFiltersAndSampling() throws {
        let harness = CorpusBindingsHarness()
        let corpus = try synthetic(harness)
        let trainCount = try harness.get(harness.call(corpus, "split", [(nil, .symbol("train"))]), "count").intValue ?? -1
        let devCount = try harness.get(harness.call(corpus, "split", [(nil, .string("dev"))]), "count").intValue ?? -1
        let testCount = try harness.get(harness.call(corpus, "split", [(nil, .symbol("test"))]), "count").intValue ?? -1
        XCTAssertEqual(trainCount + devCount + testCount, 4)
        let seeded = try harness.call(corpus, "split", [(nil, .symbol("train")), ("seed", .int(1)), ("dev", .double(0)), ("test", .double(0))])
        XCTAssertEqual(try harness.get(seeded, "count"), .int(4))
        XCTAssertThrowsError(try harness.call(corpus, "split", [(nil, .string("valid"))])) { error in
            XCTAssertTrue(String(describing: error).contains("split must be one of .train, .dev, .test"), "\(error)")
        }
        let female = try harness.call(corpus, "filter", [("sex", .symbol("female"))])
        XCTAssertEqual(try harness.get(female, "count"), .int(2))
        let closure = harness.closure { values in
            guard let utterance = values.first?.native(as: Utterance.self) else { return .bool(false) }
            return .bool(utterance.id.hasSuffix("W0001"))
        }
        let firsts = try harness.call(corpus, "filter", [(nil, closure)])
        XCTAssertEqual(try harness.get(firsts, "count"), .int(2))
        let bad = harness.closure { _ in .int(1) }
        XCTAssertThrowsError(try harness.call(corpus, "filter", [(nil, bad)])) { XCTAssertTrue(String(describing: $0).contains("must return a Bool")) }
        let frames = try XCTUnwrap(harness.call(corpus, "balancedFrames", [(nil, .symbol("sex")), ("perClass", .int(5))]).arrayValue)
        XCTAssertEqual(frames.count, 10)
        XCTAssertTrue(frames[0].description.hasPrefix("(utterance: "), frames[0].description)
    }

    func testCustomTierTask() throws {
        let harness = CorpusBindingsHarness()
        let corpus = try synthetic(harness)
        let map = harness.closure { values in
            guard let label = values.first?.stringValue else { return .null }
            return ToneTable.standard.tone(of: label) == nil ? .string("initial") : .string("final")
        }
        let task = try harness.callStatic("Task", "tier", [(nil, .string("phones")), ("task", .string("position")), (nil, map)])
        XCTAssertEqual(try harness.get(task, "name"), .string("position"))
        XCTAssertEqual(try harness.call(corpus, "inventory", [(nil, task)]).description, "[\"final\", \"initial\"]")
        let counts = try harness.call(corpus, "classCounts", [(nil, task)])
        XCTAssertTrue(counts.description.contains("\"final\": "), counts.description)
    }

    func testAudioReadWriteAndErrors() throws {
        let harness = CorpusBindingsHarness()
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try Audio(samples: (0..<44_100).map { Float(sin(Double($0) * 0.05)) * 0.5 }, sampleRate: 44_100).write(path: directory + "/in.wav")
        let audio = try harness.callStatic("Audio", "read", [(nil, .string(directory + "/in.wav"))])
        XCTAssertEqual(try harness.get(audio, "sampleRate"), .int(16_000))
        XCTAssertEqual(try harness.get(audio, "count"), .int(16_000))
        _ = try harness.call(audio, "write", [(nil, .string(directory + "/out.wav")), ("format", .string("float32"))])
        XCTAssertEqual(try Audio.readNative(path: directory + "/out.wav").samples.count, 16_000)
        XCTAssertThrowsError(try harness.call(audio, "write", [(nil, .string(directory + "/x.wav")), ("format", .string("mp3"))]))
        XCTAssertThrowsError(try harness.callStatic("Audio", "read", [(nil, .string(directory + "/missing.wav"))])) { error in
            XCTAssertEqual(ScriptError(error).name, "CorpusError")
            XCTAssertTrue(ScriptError(error).description.contains("missing.wav"))
        }
        XCTAssertTrue(try harness.call(audio, "play").mimeBundle.plain.hasPrefix("Audio (1.00 s, 16000 Hz)"))
    }

    func testEveryRegisteredItemIsDocumented() {
        let harness = CorpusBindingsHarness()
        for name in ["Audio", "Corpus", "Utterance", "Task", "Sex", "Split", "Speaker", "LoadReport", "AudioPlayer"] {
            guard let type = harness.registry.types[name] else { return XCTFail("\(name) not registered") }
            XCTAssertFalse(type.doc.isEmpty, name)
            for (member, property) in type.properties { XCTAssertFalse(property.doc.isEmpty, "\(name).\(member)") }
            for (member, method) in type.methods { XCTAssertFalse(method.doc.isEmpty, "\(name).\(member)") }
            for (member, method) in type.staticMethods { XCTAssertFalse(method.doc.isEmpty, "\(name).\(member)") }
        }
    }
}
