/// Comms: this kernel offers no comm targets, so it lists none and closes any opened to it.
extension Kernel {
    func replyCommInfo(to request: Message) {
        reply(to: request, on: .shell, type: "comm_info_reply", content: ["status": "ok", "comms": [:]])
    }

    /// A `comm_open` to an unknown target is answered by `comm_close`, as the protocol asks,
    /// so the frontend does not keep a comm the kernel never opened.
    func refuseComm(_ request: Message) throws {
        let commID = try request.string("comm_id")
        let target = request.content["target_name"]?.stringValue ?? ""
        logger.info("closing comm \(commID): no comm target '\(target)' in this kernel")
        publish("comm_close", ["comm_id": .string(commID), "data": [:]], parent: request)
    }
}
