import FormantBuiltins
import FormantCore
import FormantCorpus
import FormantModel
import FormantNumerics
import FormantScript
import XCTest

/// The model and tensor bindings, called through the registry as the interpreter calls them.
final class ModelBindingsTests: XCTestCase {
    private var registry: Registry!
    private var output: ModelBindingsOutput!
    private var context: ScriptContext!

    override func setUp() {
        registry = Registry()
        ModelBindings.register(into: registry)
        output = ModelBindingsOutput()
        context = ScriptContext(output: output, cancellation: CancellationToken(), registry: registry)
    }

    private func callStatic(_ type: String, _ name: String, _ arguments: [(String?, Value)]) throws -> Value {
        let function = try XCTUnwrap(registry.types[type]?.staticMethods[name], "\(type).\(name)")
        return try function.call(Arguments(arguments.map { Argument(label: $0.0, value: $0.1) }, callee: name), in: context)
    }

    private func callMethod(_ receiver: Value, _ name: String, _ arguments: [(String?, Value)]) throws -> Value {
        let method = try XCTUnwrap(registry.types[receiver.typeName]?.methods[name], "\(receiver.typeName).\(name)")
        return try method.make(receiver).call(Arguments(arguments.map { Argument(label: $0.0, value: $0.1) }, callee: name), in: context)
    }

    private func property(_ receiver: Value, _ name: String) throws -> Value {
        try XCTUnwrap(registry.types[receiver.typeName]?.properties[name], "\(receiver.typeName).\(name)").get(receiver)
    }

    private func smallRandomModel() throws -> Value {
        try callStatic("Model", "random", [("layers", .int(2)), ("width", .int(32)), ("heads", .int(4)), ("seed", .int(3))])
    }

    private func audio(seconds: Double) -> Value {
        .array((0..<Int(seconds * 16000)).map { .double(0.3 * sin(Double($0) * 0.05)) })
    }

    func testRandomModelDescribesItselfAsUntrained() throws {
        let model = try smallRandomModel()
        XCTAssertEqual(try property(model, "layerCount"), .int(2))
        XCTAssertEqual(try property(model, "width"), .int(32))
        XCTAssertEqual(try property(model, "isRandom"), .bool(true))
        XCTAssertTrue(model.mimeBundle.data["text/html"]?.contains("random, untrained") ?? false)
        XCTAssertTrue(try property(model, "config").mimeBundle.plain.contains("hidden_size: 32"))
    }

    func testHiddenStatesOfOneUtteranceAllOrRequested() throws {
        let model = try smallRandomModel()
        let all = try XCTUnwrap(try callMethod(model, "hiddenStates", [(nil, audio(seconds: 0.5))]).arrayValue)
        XCTAssertEqual(all.count, 3)
        let first = try XCTUnwrap(all[0].native(as: Tensor.self))
        XCTAssertEqual(first.shape, [24, 32])
        let some = try XCTUnwrap(try callMethod(model, "hiddenStates", [(nil, audio(seconds: 0.5)), ("layers", .array([.int(2), .int(0)]))]).arrayValue)
        XCTAssertEqual(some.count, 2)
        XCTAssertEqual(some[1].native(as: Tensor.self), first)
        XCTAssertEqual(some[0].native(as: Tensor.self), all[2].native(as: Tensor.self))
    }

    func testBatchOfUtterancesShowsProgress() throws {
        let model = try smallRandomModel()
        let batch = Value.array([audio(seconds: 0.5), .native(Tensor(shape: [8000], repeating: 0.1))])
        let results = try XCTUnwrap(try callMethod(model, "hiddenStates", [(nil, batch), ("layers", .array([.int(1)]))]).arrayValue)
        XCTAssertEqual(results.count, 2)
        XCTAssertEqual(results[1].arrayValue?.count, 1)
        XCTAssertFalse(output.displays.isEmpty, "a progress bar is displayed")
    }

    func testCorpusAudioIsResampledTo16kHz() throws {
        let model = try smallRandomModel()
        let recording = Audio(samples: (0..<4000).map { Float(sin(Double($0) * 0.1)) }, sampleRate: 8000)
        let states = try XCTUnwrap(try callMethod(model, "hiddenStates", [(nil, .native(NativeObject(typeName: "Audio", object: recording))), ("layers", .array([.int(1)]))]).arrayValue)
        XCTAssertEqual(states.first?.native(as: Tensor.self)?.shape, [24, 32], "0.5 s at 16 kHz gives 24 frames")
    }

    func testBadArgumentsGiveClearErrors() throws {
        let model = try smallRandomModel()
        XCTAssertThrowsError(try callMethod(model, "hiddenStates", [(nil, .array([.double(0), .string("x")]))])) {
            XCTAssertTrue(String(describing: $0).contains("element 1 is String"), "\($0)")
        }
        XCTAssertThrowsError(try callMethod(model, "hiddenStates", [(nil, audio(seconds: 0.5)), ("layers", .array([.int(9)]))])) {
            XCTAssertTrue(String(describing: $0).contains("hidden state 9"), "\($0)")
        }
        XCTAssertThrowsError(try callStatic("Model", "load", [(nil, .string("/nonexistent/model"))])) {
            XCTAssertTrue(String(describing: $0).contains("/nonexistent/model"), "\($0)")
        }
        XCTAssertThrowsError(try callStatic("Model", "random", [("width", .int(30)), ("heads", .int(4))])) {
            XCTAssertTrue(String(describing: $0).contains("num_attention_heads"), "\($0)")
        }
    }

    func testTensorSaveLoadShapeAndRow() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("formant-bindings-\(UUID().uuidString).npy")
        defer { try? FileManager.default.removeItem(at: url) }
        let tensor = Value.native(Tensor(rows: [[1, 2, 3], [4, 5, 6]]))
        _ = try callMethod(tensor, "save", [(nil, .string(url.path))])
        let loaded = try callStatic("Tensor", "load", [(nil, .string(url.path))])
        XCTAssertEqual(try property(loaded, "shape"), .array([.int(2), .int(3)]))
        XCTAssertEqual(try callMethod(loaded, "row", [(nil, .int(1))]).native(as: Tensor.self)?.storage, [4, 5, 6])
        XCTAssertThrowsError(try callMethod(loaded, "row", [(nil, .int(2))]))
        XCTAssertTrue(loaded.mimeBundle.plain.hasPrefix("Tensor [2, 3]"))
        let png = url.deletingPathExtension().appendingPathExtension("png")
        XCTAssertThrowsError(try callMethod(tensor, "save", [(nil, .string(png.path))])) {
            XCTAssertTrue("\($0)".contains("ends in .png, but save writes only .npy files"), "\($0)")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: png.path))
        XCTAssertThrowsError(try callStatic("Tensor", "load", [(nil, .string(url.path + ".missing"))])) {
            XCTAssertTrue(String(describing: $0).contains(".missing"), "\($0)")
        }
    }

    func testFeaturesAndThreadCount() throws {
        let model = try smallRandomModel()
        let features = try XCTUnwrap(try callMethod(model, "features", [(nil, .native(Tensor(shape: [1, 8000], repeating: 0.2)))]).native(as: Tensor.self))
        XCTAssertEqual(features.shape, [24, 512])
        XCTAssertThrowsError(try callMethod(model, "features", [(nil, .native(Tensor(shape: [2, 8000])))])) {
            XCTAssertTrue(String(describing: $0).contains("not mono audio"), "\($0)")
        }
        let previous = Threading.threadCount
        defer { Threading.threadCount = previous }
        _ = try callStatic("Model", "setThreadCount", [(nil, .int(1))])
        XCTAssertEqual(try registry.types["Model"]?.staticProperties["threadCount"]?.get(.void), .int(1))
        XCTAssertThrowsError(try callStatic("Model", "setThreadCount", [(nil, .int(0))]))
    }

    func testEveryMemberIsDocumented() {
        for name in ["Model", "Tensor", "ModelConfig"] {
            guard let type = registry.types[name] else { return XCTFail("\(name) not registered") }
            for (member, method) in type.methods { XCTAssertFalse(method.doc.isEmpty, "\(name).\(member)") }
            for (member, function) in type.staticMethods { XCTAssertFalse(function.doc.isEmpty, "\(name).\(member)") }
            for (member, property) in type.properties { XCTAssertFalse(property.doc.isEmpty, "\(name).\(member)") }
        }
    }
}

/// Collects what the bindings display.
private final class ModelBindingsOutput: ScriptOutput {
    var displays: [MIMEBundle] = []
    func write(_ text: String, to stream: FormantScript.OutputStream) {}
    func display(_ bundle: MIMEBundle, displayID: String?) { displays.append(bundle) }
    func update(_ bundle: MIMEBundle, displayID: String) { displays.append(bundle) }
    func clear(wait: Bool) {}
    func readLine(prompt: String, password: Bool) throws -> String { "" }
}
