"""Remote stores that misbehave: credentials stay with the host named, bad answers are one line.

Real HTTP servers on 127.0.0.1 (the standard library's, in threads) play a store that redirects
elsewhere, one that asks for credentials, one that never answers, one that never stops answering,
and ones that answer HTML, XML or broken JSON.
"""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from conftest import cli

PASSWORD = "s3cret-pass"
RESULTS = json.dumps(
    {"head": {"vars": ["x"]}, "results": {"bindings": [{"x": {"type": "literal", "value": "1"}}]}}
).encode()


@contextmanager
def serving(respond: Callable[[BaseHTTPRequestHandler], None]) -> Iterator[tuple[str, list[dict]]]:
    """A server on 127.0.0.1 answering every request with ``respond``; yields its base URL and the
    headers of every request it received."""
    seen: list[dict] = []

    class Handler(BaseHTTPRequestHandler):
        def _any(self):
            seen.append({key.lower(): value for key, value in self.headers.items()})
            length = int(self.headers.get("Content-Length") or 0)
            self.rfile.read(length)
            respond(self)

        do_GET = do_POST = do_PUT = _any

        def log_message(self, *args):  # keep the test output clean
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", seen
    finally:
        server.shutdown()
        server.server_close()


def answer(status: int, body: bytes, content_type: str, headers: dict | None = None):
    def respond(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(status)
        handler.send_header("Content-Type", content_type)
        handler.send_header("Content-Length", str(len(body)))
        for key, value in (headers or {}).items():
            handler.send_header(key, value)
        handler.end_headers()
        handler.wfile.write(body)

    return respond


def challenge_then(respond):
    """Ask for Basic credentials; answer with ``respond`` once they come."""

    def handle(handler: BaseHTTPRequestHandler) -> None:
        if "Authorization" not in handler.headers:
            answer(401, b"", "text/plain", {"WWW-Authenticate": 'Basic realm="store"'})(handler)
        else:
            respond(handler)

    return handle


def one_line_refusal(result, *words: str) -> str:
    assert result.exit_code == 2, result.output
    lines = (result.stderr or "").strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.output and PASSWORD not in result.output + result.stderr
    for word in words:
        assert word in lines[0], lines[0]
    return lines[0]


@pytest.fixture
def sample_store(tmp_path):
    store = tmp_path / "store"
    assert cli("build", "--store", store).exit_code == 0
    return store


def test_credentials_never_follow_a_redirect_to_another_host(sample_store):
    with (
        serving(challenge_then(answer(200, RESULTS, "application/sparql-results+json"))) as (elsewhere, seen),
        serving(answer(307, b"", "text/plain", {"Location": f"{elsewhere}/query"})) as (named, _),
    ):
        pushed = cli(
            "push",
            "--endpoint",
            f"{named}/query",
            "--graph-store",
            f"{named}/store",
            "--auth",
            f"admin:{PASSWORD}",
            "--store",
            sample_store,
        )
        asked = cli("query", "resolutions", "--endpoint", f"{named}/query", "--auth", f"admin:{PASSWORD}")
    assert not any("authorization" in headers for headers in seen), seen
    one_line_refusal(pushed, named)
    one_line_refusal(asked, "redirected to another host")


def test_credentials_go_only_where_they_are_asked_for():
    with serving(challenge_then(answer(200, RESULTS, "application/sparql-results+json"))) as (base, seen):
        result = cli(
            "query", "resolutions", "--endpoint", f"{base}/query", "--auth", f"admin:{PASSWORD}", "--format", "csv"
        )
    assert "authorization" not in seen[0]  # not sent up front
    assert any(h.get("authorization", "").startswith("Basic ") for h in seen[1:])  # sent when challenged
    assert result.exit_code == 0 and PASSWORD not in result.output


def test_a_password_in_the_endpoint_url_is_never_printed():
    with serving(answer(500, b"broken", "text/plain")) as (base, _):
        result = cli("query", "resolutions", "--endpoint", base.replace("//", f"//admin:{PASSWORD}@") + "/query")
    assert result.exit_code == 2 and PASSWORD not in result.output + result.stderr


@contextmanager
def silent_listener() -> Iterator[str]:
    """A server that accepts connections and never answers."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    held = []
    stop = threading.Event()

    def accept():
        listener.settimeout(0.2)
        while not stop.is_set():
            try:
                held.append(listener.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}"
    finally:
        stop.set()
        thread.join()
        for connection in held:
            connection.close()
        listener.close()


def test_a_server_that_never_answers_is_a_timeout_not_a_hang():
    with silent_listener() as base:
        started = time.monotonic()
        result = cli("query", "resolutions", "--endpoint", f"{base}/query", "--timeout", "1")
    assert time.monotonic() - started < 10
    one_line_refusal(result, base)


def endless(pause: float):
    def respond(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "application/sparql-results+json")
        handler.end_headers()
        handler.wfile.write(b'{"head": {"vars": ["x"]}, "results": {"bindings": [')
        try:
            for _ in range(100_000):
                handler.wfile.write(b'{"x": {"type": "literal", "value": "' + b"y" * 4096 + b'"}},')
                if pause:
                    time.sleep(pause)
        except OSError:
            pass

    return respond


def test_an_endless_answer_stops_at_the_size_cap():
    with serving(endless(0)) as (base, _):
        result = cli("query", "resolutions", "--endpoint", f"{base}/query", "--max-response", "1")
    one_line_refusal(result, "over 1,048,576 bytes")


def test_an_answer_that_trickles_stops_at_the_timeout():
    with serving(endless(0.05)) as (base, _):
        started = time.monotonic()
        result = cli("query", "resolutions", "--endpoint", f"{base}/query", "--timeout", "1.5")
    assert time.monotonic() - started < 15
    one_line_refusal(result, "no whole answer within 1.5 s")


@pytest.mark.parametrize(
    "body, content_type, words",
    [
        (b"<html><body>Not a store</body></html>", "text/html", "answered text/html"),
        (b"<?xml version='1.0'?><sparql/>", "application/sparql-results+xml", "not SPARQL results in JSON"),
        (
            b'{"head": {"vars": ["x"]}, "results": {"bindings": [',
            "application/sparql-results+json",
            "not SPARQL results in JSON",
        ),
        (b'{"head": 3}', "application/json", "not SPARQL results in JSON"),
        (
            b'{"head": {"vars": ["x"]}, "results": {"bindings": [{"x": {"value": "1"}}]}}',
            "application/sparql-results+json",
            "not SPARQL results in JSON",
        ),
    ],
)
def test_an_answer_that_is_not_sparql_json_is_one_line(body, content_type, words):
    with serving(answer(200, body, content_type)) as (base, _):
        result = cli("query", "resolutions", "--endpoint", f"{base}/query")
    one_line_refusal(result, words)


@contextmanager
def closing_before_the_body(resets: int) -> Iterator[tuple[str, list[int]]]:
    """A server that, for its first ``resets`` connections, reads a request's head and then resets the
    connection while the body is still coming (as a server answering a digest challenge early may), and
    answers 201 to the next; yields its URL and the body sizes it read whole."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    received: list[int] = []

    def serve():
        for number in range(resets + 1):
            connection = listener.accept()[0]
            head = b""
            while b"\r\n\r\n" not in head:
                head += connection.recv(1024)
            if number < resets:
                connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
                connection.close()  # a reset: the client's write of the body breaks
                continue
            length = int(
                next(line for line in head.split(b"\r\n") if line.lower().startswith(b"content-length")).split(b":")[1]
            )
            body = head.split(b"\r\n\r\n", 1)[1]
            while len(body) < length:
                body += connection.recv(65536)
            received.append(len(body))
            connection.sendall(b"HTTP/1.1 201 Created\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
            connection.close()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}/store", received
    finally:
        listener.close()


@pytest.mark.parametrize("resets", [1, 2, 3])
def test_a_put_broken_off_before_its_body_was_read_is_sent_again_a_bounded_number_of_times(resets):
    import urllib.request

    from treatykg import remote
    from treatykg.errors import InputError

    body = b"<urn:a> <urn:b> <urn:c> .\n" * 200_000  # big enough that the reset comes while it is being sent
    with closing_before_the_body(resets) as (url, received):
        request = urllib.request.Request(url, data=body, method="PUT")
        if resets < remote.PUT_ATTEMPTS:
            remote._put(urllib.request.build_opener(), request, "PUT graph")
            assert received == [len(body)]
        else:
            with pytest.raises(InputError, match="PUT graph failed"):
                remote._put(urllib.request.build_opener(), request, "PUT graph")
