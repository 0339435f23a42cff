"""Protocol behaviour beyond the conformance suite: security, robustness, interrupts,
shutdown, stdin, comms, and many requests in flight."""

import signal

import zmq
from jupyter_client.manager import KernelManager
from jupyter_client.session import Session

from conftest import TIMEOUT, drain_iopub, shell_reply

LOOP_FOREVER = "var spins = 0\nwhile true { spins += 1 }"


def execute(kc, code, **options):
    """Runs `code` and returns (reply, IOPub messages of the request)."""
    msg_id = kc.execute(code, **options)
    reply = shell_reply(kc, msg_id)
    return reply, drain_iopub(kc, msg_id)


def result_text(messages):
    results = [m for m in messages if m["msg_type"] == "execute_result"]
    assert len(results) == 1, [m["msg_type"] for m in messages]
    return results[0]["content"]["data"]["text/plain"]


def wait_until_running(kc, msg_id):
    """Returns once the cell `msg_id` has been published as executing."""
    while True:
        msg = kc.get_iopub_msg(timeout=TIMEOUT)
        if msg["parent_header"].get("msg_id") == msg_id and msg["msg_type"] == "execute_input":
            return


def assert_alive(kc):
    msg_id = kc.kernel_info()
    assert shell_reply(kc, msg_id)["content"]["status"] == "ok"


def test_wrong_signature_is_ignored_and_kernel_still_answers(kernel):
    _, kc = kernel
    forger = Session(key=b"not-the-key", session=kc.session.session)
    forged = forger.msg("execute_request", {"code": "let forged = 1", "silent": False, "store_history": True,
                                            "user_expressions": {}, "allow_stdin": False, "stop_on_error": True})
    forger.send(kc.shell_channel.socket, forged)
    reply, _ = execute(kc, "forged")
    assert reply["content"]["status"] == "error"
    assert reply["parent_header"]["msg_id"] != forged["header"]["msg_id"]


def test_garbage_frames_and_invalid_json_are_survived(kernel):
    _, kc = kernel
    socket = kc.shell_channel.socket
    socket.send_multipart([b"garbage"])
    socket.send_multipart([b"\xff\xfe", b"<IDS|MSG>"])
    parts = [b"{not json", b"{}", b"{}", b"{}"]
    socket.send_multipart([b"<IDS|MSG>", kc.session.sign(parts)] + parts)
    parts = [b'{"msg_type": 3}', b"[]", b"null", b"{}"]
    socket.send_multipart([b"<IDS|MSG>", kc.session.sign(parts)] + parts)
    assert_alive(kc)


def test_fifty_megabyte_messages_neither_crash_nor_hang(kernel):
    _, kc = kernel
    padding = "x" * (50 * 1024 * 1024)
    kc.shell_channel.socket.send_multipart([b"<IDS|MSG>", b"0" * 64, padding.encode(), b"{}", b"{}", b"{}"])
    msg = kc.session.msg("kernel_info_request", {"padding": padding})
    kc.shell_channel.send(msg)
    reply = shell_reply(kc, msg["header"]["msg_id"], timeout=120)
    assert reply["content"]["status"] == "ok"
    assert_alive(kc)


def test_interrupt_message_stops_infinite_loop_and_keeps_variables(kernel):
    km, kc = kernel
    execute(kc, "let before = 41")
    msg_id = kc.execute(LOOP_FOREVER)
    wait_until_running(kc, msg_id)
    km.interrupt_kernel()
    reply = shell_reply(kc, msg_id)
    assert reply["content"]["status"] == "error"
    assert reply["content"]["ename"] == "Interrupted"
    reply, messages = execute(kc, "before + 1")
    assert reply["content"]["status"] == "ok"
    assert result_text(messages) == "42"
    reply, _ = execute(kc, "spins")
    assert reply["content"]["status"] == "ok"  # declared in the interrupted cell, still defined


def test_sigint_interrupts_like_the_message(kernel):
    km, kc = kernel
    msg_id = kc.execute(LOOP_FOREVER)
    wait_until_running(kc, msg_id)
    km.signal_kernel(signal.SIGINT)
    reply = shell_reply(kc, msg_id)
    assert reply["content"]["ename"] == "Interrupted"
    assert_alive(kc)


def test_heartbeat_and_control_answer_while_a_cell_runs(kernel):
    km, kc = kernel
    msg_id = kc.execute(LOOP_FOREVER)
    wait_until_running(kc, msg_id)
    context = zmq.Context.instance()
    hb = context.socket(zmq.REQ)
    hb.linger = 0
    hb.connect(f"{km.transport}://{km.ip}:{km.hb_port}")
    try:
        hb.send(b"ping")
        assert hb.poll(TIMEOUT * 1000), "no heartbeat echo while a cell runs"
        assert hb.recv() == b"ping"
    finally:
        hb.close()
    info = kc.session.msg("kernel_info_request")
    kc.control_channel.send(info)
    reply = kc.control_channel.get_msg(timeout=TIMEOUT)
    assert reply["header"]["msg_type"] == "kernel_info_reply"
    km.interrupt_kernel()
    assert shell_reply(kc, msg_id)["content"]["ename"] == "Interrupted"


def test_shutdown_request_replies_and_exits(kernel):
    km, kc = kernel
    msg_id = kc.shutdown(restart=True)
    reply = kc.get_control_msg(timeout=TIMEOUT)
    assert reply["parent_header"]["msg_id"] == msg_id
    assert reply["content"] == {"status": "ok", "restart": True}
    assert km.provisioner.process.wait(timeout=TIMEOUT) == 0


def test_restart_gives_a_fresh_kernel(kernel):
    km, kc = kernel
    execute(kc, "let kept = 1")
    km.restart_kernel(now=False)
    kc.wait_for_ready(timeout=TIMEOUT)
    reply, _ = execute(kc, "kept")
    assert reply["content"]["status"] == "error"
    reply, messages = execute(kc, "2 + 2")
    assert result_text(messages) == "4"


def test_thousand_rapid_executes_lose_no_reply(kernel):
    _, kc = kernel
    ids = [kc.execute("1") for _ in range(1000)]
    replies = {}
    while len(replies) < len(ids):
        reply = kc.get_shell_msg(timeout=TIMEOUT)
        replies[reply["parent_header"]["msg_id"]] = reply
    counts = [replies[i]["content"]["execution_count"] for i in ids]
    assert all(replies[i]["content"]["status"] == "ok" for i in ids)
    assert counts == list(range(counts[0], counts[0] + 1000))


def test_stop_on_error_aborts_queued_cells(kernel):
    _, kc = kernel
    # The first cell waits for input, so the next three are surely queued when the failing one ends.
    gate = kc.execute('let gate = readLine() ?? ""', allow_stdin=True)
    assert kc.get_stdin_msg(timeout=TIMEOUT)["msg_type"] == "input_request"
    failing = kc.execute('fatalError("stop here")')
    queued = [kc.execute("let a = 1"), kc.execute("let b = 2")]
    kc.input("go")
    assert shell_reply(kc, gate)["content"]["status"] == "ok"
    assert shell_reply(kc, failing)["content"]["status"] == "error"
    assert [shell_reply(kc, i)["content"]["status"] for i in queued] == ["aborted", "aborted"]
    reply, _ = execute(kc, "a")
    assert reply["content"]["status"] == "error"
    reply, messages = execute(kc, "3")
    assert result_text(messages) == "3"


def test_without_stop_on_error_queued_cells_run(kernel):
    _, kc = kernel
    failing = kc.execute('fatalError("keep going")', stop_on_error=False)
    queued = kc.execute("let c = 3")
    assert shell_reply(kc, failing)["content"]["status"] == "error"
    assert shell_reply(kc, queued)["content"]["status"] == "ok"


def test_input_request_round_trip(kernel):
    _, kc = kernel
    msg_id = kc.execute('let name = readLine() ?? "nobody"', allow_stdin=True)
    request = kc.get_stdin_msg(timeout=TIMEOUT)
    assert request["msg_type"] == "input_request"
    assert request["parent_header"]["msg_id"] == msg_id
    kc.input("Ada")
    assert shell_reply(kc, msg_id)["content"]["status"] == "ok"
    _, messages = execute(kc, "name")
    assert "Ada" in result_text(messages)


def test_input_without_stdin_is_a_clear_error(kernel):
    _, kc = kernel
    reply, _ = execute(kc, "let line = readLine()", allow_stdin=False)
    assert reply["content"]["status"] == "error"
    assert "allow_stdin" in reply["content"]["evalue"] + "".join(reply["content"]["traceback"])


def test_comm_open_to_unknown_target_is_closed(kernel):
    _, kc = kernel
    msg = kc.session.msg("comm_open", {"comm_id": "c-1", "target_name": "jupyter.widget", "data": {}})
    kc.shell_channel.send(msg)
    closes = [m for m in drain_iopub(kc, msg["header"]["msg_id"]) if m["msg_type"] == "comm_close"]
    assert [m["content"]["comm_id"] for m in closes] == ["c-1"]
    msg_id = kc.comm_info()
    assert shell_reply(kc, msg_id)["content"] == {"status": "ok", "comms": {}}


def test_unknown_request_gets_error_reply(kernel):
    _, kc = kernel
    msg = kc.session.msg("frobnicate_request", {})
    kc.shell_channel.send(msg)
    reply = shell_reply(kc, msg["header"]["msg_id"])
    assert reply["msg_type"] == "frobnicate_reply"
    assert reply["content"]["status"] == "error"
    assert_alive(kc)


def test_status_brackets_every_request_with_its_parent(kernel):
    _, kc = kernel
    msg_id = kc.execute('print("x")')
    shell_reply(kc, msg_id)
    messages = drain_iopub(kc, msg_id)
    kinds = [m["msg_type"] for m in messages]
    assert kinds[0] == "status" and messages[0]["content"]["execution_state"] == "busy"
    assert kinds[-1] == "status"
    assert kinds[1:-1] == ["execute_input", "stream"]


def test_user_expressions(kernel):
    _, kc = kernel
    reply, _ = execute(kc, "let base = 20", user_expressions={"double": "base * 2", "bad": "nope"})
    expressions = reply["content"]["user_expressions"]
    assert expressions["double"]["status"] == "ok"
    assert expressions["double"]["data"]["text/plain"] == "40"
    assert expressions["bad"]["status"] == "error"


def test_ipc_transport(tmp_path):
    km = KernelManager(kernel_name="formant", transport="ipc", ip=str(tmp_path / "kernel"))
    km.start_kernel()
    kc = km.client()
    kc.start_channels()
    try:
        kc.wait_for_ready(timeout=TIMEOUT)
        assert_alive(kc)
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=False)
    assert not km.is_alive()


def test_display_update_carries_the_display_id(kernel):
    _, kc = kernel
    reply, messages = execute(kc, 'display(1, id: "progress")\nupdateDisplay(2, id: "progress")')
    assert reply["content"]["status"] == "ok"
    shown = [m for m in messages if m["msg_type"] in ("display_data", "update_display_data")]
    assert [m["msg_type"] for m in shown] == ["display_data", "update_display_data"]
    assert [m["content"]["transient"]["display_id"] for m in shown] == ["progress", "progress"]
    assert [m["content"]["data"]["text/plain"] for m in shown] == ["1", "2"]


def test_silent_execute_publishes_only_status(kernel):
    _, kc = kernel
    reply, messages = execute(kc, 'print("quiet")\n1 + 1', silent=True)
    assert reply["content"]["status"] == "ok"
    assert [m["msg_type"] for m in messages] == ["status", "status"]
