import FormantBuiltins
import FormantCore
import FormantInterpreter
import FormantScript
import Foundation
import XCTest

/// Runs cells through the real interpreter over every library binding, as a notebook does.
final class BuiltinsScriptSession {
    let output = PlotRecordingOutput()
    let interpreter = Interpreter(registry: Builtins.registry())
    /// A temporary directory for corpora and files the cells write; removed by `close()`.
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("formant-builtins-\(UUID())")

    /// Runs a cell that must succeed and returns its result (nil when it has none).
    @discardableResult
    func run(_ code: String, file: StaticString = #filePath, line: UInt = #line) -> MIMEBundle? {
        switch interpreter.execute(code, output: output, cancellation: CancellationToken()) {
        case .success(let bundle): return bundle
        case .failure(let failure):
            XCTFail("\(failure.name): \(failure.message)\n\(failure.traceback.joined(separator: "\n"))", file: file, line: line)
            return nil
        }
    }

    /// The plain text of a cell's result.
    func text(_ code: String, file: StaticString = #filePath, line: UInt = #line) -> String? {
        run(code, file: file, line: line)?.plain
    }

    /// The message of a cell that must fail.
    func failure(_ code: String, file: StaticString = #filePath, line: UInt = #line) -> String {
        guard case .failure(let failure) = interpreter.execute(code, output: output, cancellation: CancellationToken()) else {
            XCTFail("the cell must fail: \(code)", file: file, line: line)
            return ""
        }
        return failure.message
    }

    /// Defines `corpus` (a small synthetic corpus), `model` (an untrained 2-layer model) and `emb`
    /// (their uncached embeddings of every layer, tasks tone, phone and sex).
    func defineEmbeddings(file: StaticString = #filePath, line: UInt = #line) {
        run("""
            let corpus = Corpus.synthetic(speakers: 4, utterancesPerSpeaker: 2, seed: 5, directory: "\(directory.path)/corpus", duration: 1.2)
            let model = Model.random(layers: 2, width: 32, seed: 1)
            let emb = embeddings(model, corpus, frames: 160, seed: 1, cache: false)
            """, file: file, line: line)
    }

    /// Removes the temporary directory.
    func close() { try? FileManager.default.removeItem(at: directory) }
}
