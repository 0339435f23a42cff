import Foundation
import XCTest
@testable import FormantKernel

final class ConnectionInfoTests: XCTestCase {
    let tcp = """
        {"shell_port": 5001, "iopub_port": 5002, "stdin_port": 5003, "control_port": 5004, "hb_port": 5005,
         "ip": "127.0.0.1", "key": "abc", "transport": "tcp", "signature_scheme": "hmac-sha256",
         "kernel_name": "formant"}
        """

    func testTCP() throws {
        let info = try ConnectionInfo.parse(Data(tcp.utf8), path: "c.json")
        XCTAssertEqual(info.key, "abc")
        XCTAssertEqual(info.endpoint(.shell), "tcp://127.0.0.1:5001")
        XCTAssertEqual(info.endpoint(.iopub), "tcp://127.0.0.1:5002")
        XCTAssertEqual(info.endpoint(.stdin), "tcp://127.0.0.1:5003")
        XCTAssertEqual(info.endpoint(.control), "tcp://127.0.0.1:5004")
        XCTAssertEqual(info.endpoint(.heartbeat), "tcp://127.0.0.1:5005")
        XCTAssertFalse(info.isIPv6)
    }

    func testIPCAndIPv6() throws {
        let ipc = tcp.replacingOccurrences(of: #""tcp""#, with: #""ipc""#)
            .replacingOccurrences(of: "127.0.0.1", with: "/tmp/kernel-x")
        XCTAssertEqual(try ConnectionInfo.parse(Data(ipc.utf8), path: "c.json").endpoint(.heartbeat), "ipc:///tmp/kernel-x-5005")
        let v6 = try ConnectionInfo.parse(Data(tcp.replacingOccurrences(of: "127.0.0.1", with: "::1").utf8), path: "c")
        XCTAssertEqual(v6.endpoint(.shell), "tcp://[::1]:5001")
        XCTAssertTrue(v6.isIPv6)
    }

    func testErrorsNameFileAndField() {
        assertError(tcp.replacingOccurrences(of: #""hb_port": 5005,"#, with: ""),
                    .connectionFileField(path: "k.json", field: "hb_port", problem: "is missing"))
        assertError(tcp.replacingOccurrences(of: "5001", with: #""5001""#),
                    .connectionFileField(path: "k.json", field: "shell_port",
                                         problem: "must be an integer port between 1 and 65535"))
        assertError(tcp.replacingOccurrences(of: #""tcp""#, with: #""udp""#),
                    .connectionFileField(path: "k.json", field: "transport", problem: "is 'udp'; expected 'tcp' or 'ipc'"))
        assertError(tcp.replacingOccurrences(of: "hmac-sha256", with: "hmac-md5"),
                    .connectionFileField(path: "k.json", field: "signature_scheme",
                                         problem: "is 'hmac-md5'; only 'hmac-sha256' is supported"))
        assertError(tcp.replacingOccurrences(of: #""abc""#, with: "42"),
                    .connectionFileField(path: "k.json", field: "key", problem: "must be a string"))
        XCTAssertThrowsError(try ConnectionInfo.parse(Data("{oops".utf8), path: "k.json")) { error in
            guard case KernelError.connectionFileNotJSON(let path, _) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(path, "k.json")
            XCTAssertTrue("\(error)".contains("k.json"))
        }
    }

    func testUnreadableFile() {
        XCTAssertThrowsError(try ConnectionInfo.load(path: "/nonexistent/formant-conn.json")) { error in
            guard case KernelError.connectionFileUnreadable(let path, _) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(path, "/nonexistent/formant-conn.json")
        }
    }

    func testLoadFromDisk() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("formant-conn-\(UUID()).json")
        try Data(tcp.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        XCTAssertEqual(try ConnectionInfo.load(path: url.path).ports[.control], 5004)
    }

    private func assertError(_ text: String, _ expected: KernelError, line: UInt = #line) {
        XCTAssertThrowsError(try ConnectionInfo.parse(Data(text.utf8), path: "k.json"), line: line) { error in
            XCTAssertEqual(error as? KernelError, expected, line: line)
            XCTAssertTrue("\(error)".contains("k.json"), line: line)
        }
    }
}
