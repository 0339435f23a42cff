import ArgumentParser
import FormantKernel
import Logging

/// `formant kernel -f CONNECTION_FILE`: runs the Jupyter kernel a frontend started.
///
/// Binds the sockets the connection file names, serves the Formant script language over the
/// Jupyter protocol until a `shutdown_request`, and logs protocol problems to stderr.
struct KernelCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kernel",
        abstract: "Run the Formant Jupyter kernel (started by Jupyter through the kernelspec)."
    )

    @Option(name: [.customShort("f"), .customLong("connection-file")],
            help: "The connection file Jupyter wrote for this kernel.")
    var connectionFile: String

    @Option(help: "Lowest level of log messages written to stderr (trace, debug, info, notice, warning, error).")
    var logLevel: Logger.Level = .info

    func run() throws {
        let level = logLevel
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
        let logger = Logger(label: "formant.kernel")
        let connection = try ConnectionInfo.load(path: connectionFile)
        let server = try KernelServer(connection: connection, engine: ScriptEngine(), logger: logger)
        let disposition = server.run()
        logger.info("kernel stopped (\(disposition))")
    }
}

extension Logger.Level: @retroactive ExpressibleByArgument {}
