import Foundation
import XCTest
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import FormantPlots

/// Checks shared by the figure tests: golden files, well-formedness with a real XML parser
/// (xmllint), the SVG 1.1 element set, and byte-identical re-rendering.
///
/// Golden files live in `Tests/FormantPlotsTests/Golden/`. To regenerate them after an intended
/// change of the drawing, run the tests with `FORMANT_UPDATE_GOLDEN=1`, which writes the current
/// output into the source tree; review the diff (and the browser test's screenshots) before committing.
enum FigureAssertions {
    /// Every element name SVG 1.1 defines (W3C Recommendation, 16 August 2011, Appendix B).
    static let svg11Elements: Set<String> = [
        "a", "altGlyph", "altGlyphDef", "altGlyphItem", "animate", "animateColor", "animateMotion",
        "animateTransform", "circle", "clipPath", "color-profile", "cursor", "defs", "desc", "ellipse",
        "feBlend", "feColorMatrix", "feComponentTransfer", "feComposite", "feConvolveMatrix",
        "feDiffuseLighting", "feDisplacementMap", "feDistantLight", "feFlood", "feFuncA", "feFuncB", "feFuncG",
        "feFuncR", "feGaussianBlur", "feImage", "feMerge", "feMergeNode", "feMorphology", "feOffset",
        "fePointLight", "feSpecularLighting", "feSpotLight", "feTile", "feTurbulence", "filter", "font",
        "font-face", "font-face-format", "font-face-name", "font-face-src", "font-face-uri", "foreignObject", "g",
        "glyph", "glyphRef", "hkern", "image", "line", "linearGradient", "marker", "mask", "metadata",
        "missing-glyph", "mpath", "path", "pattern", "polygon", "polyline", "radialGradient", "rect", "script",
        "set", "stop", "style", "svg", "switch", "symbol", "text", "textPath", "title", "tref", "tspan", "use",
        "view", "vkern",
    ]

    /// The golden directory in the source tree (written when updating).
    static var sourceGoldenDirectory: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    }

    /// Asserts that `figure` renders deterministically, is well-formed SVG 1.1, and equals `Golden/<name>.svg`.
    static func assertGolden(_ figure: any Figure, named name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let svg = figure.svg
        XCTAssertEqual(svg, figure.svg, "\(name): rendering twice differs", file: file, line: line)
        try assertWellFormedSVG11(svg, name: name, file: file, line: line)
        if ProcessInfo.processInfo.environment["FORMANT_UPDATE_GOLDEN"] == "1" {
            try Data(svg.utf8).write(to: sourceGoldenDirectory.appendingPathComponent("\(name).svg"))
            return
        }
        guard let url = Bundle.module.url(forResource: name, withExtension: "svg", subdirectory: "Golden") else {
            XCTFail("missing golden file Golden/\(name).svg; run with FORMANT_UPDATE_GOLDEN=1 to create it",
                    file: file, line: line)
            return
        }
        let golden = try String(contentsOf: url, encoding: .utf8)
        if golden != svg {
            let firstDifference = zip(golden.split(separator: "\n"), svg.split(separator: "\n"))
                .enumerated().first { $0.element.0 != $0.element.1 }
            XCTFail("""
                \(name).svg differs from its golden file at line \((firstDifference?.offset ?? 0) + 1):
                golden: \(firstDifference.map { String($0.element.0) } ?? "(length differs)")
                actual: \(firstDifference.map { String($0.element.1) } ?? "(length differs)")
                (intended? regenerate with FORMANT_UPDATE_GOLDEN=1)
                """, file: file, line: line)
        }
    }

    /// Asserts that `svg` passes `xmllint --noout` and uses only SVG 1.1 elements.
    static func assertWellFormedSVG11(_ svg: String, name: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let errors = try xmllint(svg)
        XCTAssertEqual(errors, "", "\(name): xmllint rejects the SVG", file: file, line: line)
        let names = try elementNames(svg)
        XCTAssertEqual(names.first, "svg", "\(name): root element", file: file, line: line)
        let foreign = Set(names).subtracting(svg11Elements)
        XCTAssertTrue(foreign.isEmpty, "\(name): elements outside SVG 1.1: \(foreign.sorted())", file: file, line: line)
    }

    /// Runs `xmllint --noout` on `text`, returning its diagnostics (empty when well-formed).
    static func xmllint(_ text: String) throws -> String {
        let path = "/usr/bin/xmllint"
        guard FileManager.default.isExecutableFile(atPath: path) else {
            XCTFail("xmllint not found at \(path): install Debian's libxml2-utils (scripts/install-deps.sh)")
            return ""
        }
        let input = FileManager.default.temporaryDirectory.appendingPathComponent("formant-\(UUID().uuidString).svg")
        try Data(text.utf8).write(to: input)
        defer { try? FileManager.default.removeItem(at: input) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = ["--noout", "--nonet", input.path]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let output = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let message = String(decoding: output, as: UTF8.self)
        return process.terminationStatus == 0 && message.isEmpty ? "" : "status \(process.terminationStatus): \(message)"
    }

    /// The names of all elements of `xml`, in document order, read by Foundation's XML parser.
    static func elementNames(_ xml: String) throws -> [String] {
        final class Collector: NSObject, XMLParserDelegate {
            var names: [String] = []
            func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
                        qualifiedName: String?, attributes: [String: String] = [:]) {
                names.append(name)
            }
        }
        let parser = XMLParser(data: Data(xml.utf8))
        let collector = Collector()
        parser.delegate = collector
        guard parser.parse() else {
            throw NSError(domain: "FigureAssertions", code: 1,
                          userInfo: [NSLocalizedDescriptionKey: "XMLParser: \(parser.parserError.map(String.init(describing:)) ?? "?")"])
        }
        return collector.names
    }
}

/// Reproducible pseudo-random numbers for test data (a 64-bit linear congruential generator,
/// Knuth's MMIX constants), so figures built from "random" points are identical on every run.
struct TestRandom {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    /// A uniform value in [0, 1).
    mutating func uniform() -> Double {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Double(state >> 11) / Double(1 << 53)
    }

    /// A standard normal value (Box–Muller).
    mutating func normal() -> Double {
        let u = max(uniform(), 1e-12), v = uniform()
        return (-2 * log(u)).squareRoot() * cos(2 * .pi * v)
    }
}
