/// Routing of requests to their handlers, per channel.
extension Kernel {
    /// Serves a request that arrived on shell.
    func serveShell(_ request: Message) throws -> Disposition {
        switch request.type {
        case "execute_request": return try execute(request)
        case "kernel_info_request": replyKernelInfo(to: request, on: .shell)
        case "complete_request": try complete(request)
        case "inspect_request": try inspect(request)
        case "is_complete_request": try isComplete(request)
        case "history_request": try replyHistory(to: request)
        case "comm_info_request": replyCommInfo(to: request)
        case "comm_open": try refuseComm(request)
        case "comm_msg", "comm_close": logger.info("ignored \(request.type) for a comm this kernel does not hold")
        case "shutdown_request": return try shutdown(request, on: .shell)
        default: refuseUnknown(request, on: .shell)
        }
        return .proceed
    }

    /// Serves a request that arrived on control.
    func serveControl(_ request: Message) throws -> Disposition {
        switch request.type {
        case "kernel_info_request": replyKernelInfo(to: request, on: .control)
        case "interrupt_request": interrupt(request)
        case "shutdown_request": return try shutdown(request, on: .control)
        default: refuseUnknown(request, on: .control)
        }
        return .proceed
    }

    /// An unknown type is logged; if it is a request, its requester gets an error reply, since
    /// the protocol promises a reply to every request and a silent kernel would leave the
    /// frontend waiting. Other unknown messages are ignored (ipykernel ignores all of them).
    func refuseUnknown(_ request: Message, on channel: Channel) {
        let error = KernelError.unknownMessageType(type: request.type, channel: channel.rawValue)
        logger.warning("\(error)")
        guard request.type.hasSuffix("_request") else { return }
        replyError(to: request, on: channel, error: error)
    }
}
