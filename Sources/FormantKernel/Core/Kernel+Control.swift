/// `kernel_info_request`, `interrupt_request` and `shutdown_request`.
extension Kernel {
    /// Replies with the protocol version and the engine's description of itself.
    func replyKernelInfo(to request: Message, on channel: Channel) {
        let info = engine.info
        let language = info.language
        let content: JSONObject = [
            "status": "ok",
            "protocol_version": .string(Message.protocolVersion),
            "implementation": .string(info.implementation),
            "implementation_version": .string(info.implementationVersion),
            "language_info": [
                "name": .string(language.name),
                "version": .string(language.version),
                "mimetype": .string(language.mimetype),
                "file_extension": .string(language.fileExtension),
                "pygments_lexer": .string(language.pygmentsLexer),
                "codemirror_mode": .string(language.codemirrorMode),
            ],
            "banner": .string(info.banner),
            "help_links": .array(info.helpLinks.map { ["text": .string($0.text), "url": .string($0.url)] }),
            "debugger": false,
            "supported_features": [],
        ]
        reply(to: request, on: channel, type: "kernel_info_reply", content: content)
    }

    /// Interrupts the running cell and acknowledges.
    func interrupt(_ request: Message) {
        interrupt()
        reply(to: request, on: .control, type: "interrupt_reply", content: ["status": "ok"])
    }

    /// Acknowledges (on the channel and on IOPub, as frontends watch either), stops any running
    /// cell, and tells the server to stop.
    func shutdown(_ request: Message, on channel: Channel) throws -> Disposition {
        let restart = try request.bool("restart", default: false)
        shutdownRequested.store(true, ordering: .releasing)
        interrupt()
        let content: JSONObject = ["status": "ok", "restart": .bool(restart)]
        reply(to: request, on: channel, type: "shutdown_reply", content: content)
        publish("shutdown_reply", content, parent: request)
        return .shutdown(restart: restart)
    }
}
