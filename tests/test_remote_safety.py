"""Talking to remote stores safely, against real HTTP servers on 127.0.0.1: credentials go only to
the host named and only when it asks; a redirect elsewhere is refused; a silent, endless, slow or
malformed answer is one line naming the endpoint, exit 2, within the time limit."""

from __future__ import annotations

import base64
import json
import socket
import threading
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from conftest import cli, free_port

pytestmark = pytest.mark.server

USER, PASSWORD = "alice", "pw-Xq81-never-shown"
BASIC = "Basic " + base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()


@contextmanager
def serving(handle):
    """A real HTTP server on 127.0.0.1 whose every request goes to ``handle(request_handler)``;
    yields (base URL, the list of (method, path, Authorization header) it received)."""
    seen: list[tuple[str, str, str | None]] = []

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def _any(self):
            seen.append((self.command, self.path, self.headers.get("Authorization")))
            length = int(self.headers.get("Content-Length") or 0)
            self.body = self.rfile.read(length) if length else b""
            handle(self)

        do_GET = do_POST = do_PUT = do_HEAD = _any

        def log_message(self, *args):
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


def answer(handler, status: int, body: bytes = b"", headers: dict | None = None) -> None:
    handler.send_response(status)
    for name, value in (headers or {}).items():
        handler.send_header(name, value)
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)


def challenge(handler) -> None:
    answer(handler, 401, b"who are you?", {"WWW-Authenticate": 'Basic realm="store"'})


def one_line_error(result) -> str:
    """The error line of a failed command; fails unless it is exactly one line, exit code 2."""
    lines = result.stderr.strip().splitlines()
    assert result.exit_code == 2, result.output + result.stderr
    assert len(lines) == 1 and lines[0].startswith("treatykg: error: "), result.stderr
    assert "Traceback" not in result.output + result.stderr
    return lines[0]


# --- credentials and redirects (push --auth) ---

@pytest.fixture()
def recorder():
    """The other host: it asks everyone for credentials and records every Authorization it gets."""
    with serving(challenge) as (url, seen):
        yield url, seen


def redirecting_to(target: str, ask_first: bool, method: str = "POST"):
    """A store that takes uploads (204) but redirects every ``method`` request to ``target`` (303
    for a query POST, 307 for a PUT), after its own challenge when ``ask_first``."""

    def handle(handler):
        if ask_first and handler.headers.get("Authorization") != BASIC:
            return challenge(handler)
        if handler.command != method:
            return answer(handler, 204)
        code = 307 if method == "PUT" else 303
        answer(handler, code, b"", {"Location": f"{target}{handler.path}"})

    return handle


@pytest.mark.parametrize("method", ["PUT", "POST"], ids=["upload redirected", "count query redirected"])
@pytest.mark.parametrize("ask_first", [False, True], ids=["at once", "after its challenge"])
def test_push_never_sends_credentials_to_the_host_a_redirect_names(served_store, recorder, ask_first, method):
    other, others_seen = recorder
    with serving(redirecting_to(other, ask_first, method)) as (store_url, seen):
        result = cli("push", "--endpoint", f"{store_url}/query", "--auth", f"{USER}:{PASSWORD}",
                     "--store", served_store)
    assert [auth for _, _, auth in others_seen if auth] == []  # the other host got no credentials
    assert others_seen == []  # nor anything else: the redirect was refused
    line = one_line_error(result)
    assert "redirected" in line and other in line
    assert (f"{store_url}/store" if method == "PUT" else f"{store_url}/query") in line
    assert PASSWORD not in result.output + result.stderr
    # the store got credentials only in answer to its own challenge: each request first went bare
    sent = [auth for _, _, auth in seen]
    assert sent == ([None, BASIC] * (len(sent) // 2) if ask_first else [None] * len(sent))


def test_query_endpoint_redirecting_elsewhere_is_refused(recorder):
    other, others_seen = recorder
    with serving(redirecting_to(other, ask_first=False)) as (url, _):
        line = one_line_error(cli("query", "resolutions", "--endpoint", f"{url}/sparql"))
    assert f"{url}/sparql" in line and "redirected" in line
    assert others_seen == []


def test_credentials_in_the_url_are_refused_and_not_printed(served_store):
    url = f"http://{USER}:{PASSWORD}@127.0.0.1:{free_port()}/query"
    result = cli("push", "--endpoint", url, "--store", served_store)
    line = one_line_error(result)
    assert "--auth" in line and PASSWORD not in result.output + result.stderr


def guarding(store: str):
    """A proxy that asks for Basic credentials, then passes the request on to the real store."""

    def handle(handler):
        if handler.headers.get("Authorization") != BASIC:
            return challenge(handler)
        forwarded = urllib.request.Request(store + handler.path, data=handler.body or None, method=handler.command,
                                           headers={k: v for k, v in handler.headers.items()
                                                    if k.lower() in ("content-type", "accept")})
        try:
            with urllib.request.urlopen(forwarded, timeout=60) as response:
                answer(handler, response.status, response.read(),
                       {"Content-Type": response.headers.get("Content-Type", "text/plain")})
        except urllib.error.HTTPError as error:
            answer(handler, error.code, error.read())

    return handle


def test_push_with_auth_answers_the_stores_challenge_and_nothing_else(oxigraph, served_store):
    with serving(guarding(oxigraph)) as (url, seen):
        wrong = cli("push", "--endpoint", f"{url}/query", "--auth", f"{USER}:not-it", "--store", served_store)
        assert "401" in one_line_error(wrong) and "not-it" not in wrong.stderr
        seen.clear()
        result = cli("push", "--endpoint", f"{url}/query", "--store", served_store,
                     env={"TREATYKG_AUTH": f"{USER}:{PASSWORD}"})  # as --auth, out of the process list
    assert result.exit_code == 0, result.stderr
    assert PASSWORD not in result.output + result.stderr
    # every request went out bare and was sent again with the credentials only after its 401
    assert len(seen) >= 4 and len(seen) % 2 == 0
    assert [auth for _, _, auth in seen[0::2]] == [None] * (len(seen) // 2)
    assert [auth for _, _, auth in seen[1::2]] == [BASIC] * (len(seen) // 2)
    assert "pushed" in result.output  # and the push checked the remote's counts per graph


# --- query --endpoint: time limit, size cap, bad answers ---

def test_a_server_that_never_answers_times_out():
    with socket.socket() as listening:  # accepts connections (the kernel does) and never answers
        listening.bind(("127.0.0.1", 0))
        listening.listen(8)
        url = f"http://127.0.0.1:{listening.getsockname()[1]}/sparql"
        started = time.monotonic()
        line = one_line_error(cli("query", "resolutions", "--endpoint", url, "--timeout", "1"))
        assert time.monotonic() - started < 10
    assert url in line and "timed out" in line


def dripping(handler):
    """Answers 200 and then one byte every 0.1 s, forever (each read succeeds, the answer never ends)."""
    handler.send_response(200)
    handler.send_header("Content-Type", "application/sparql-results+json")
    handler.end_headers()
    try:
        while True:
            handler.wfile.write(b" ")
            handler.wfile.flush()
            time.sleep(0.1)
    except OSError:
        pass


def endless(handler):
    """Answers 200 and then streams JSON-looking bytes until the client goes away."""
    handler.send_response(200)
    handler.send_header("Content-Type", "application/sparql-results+json")
    handler.end_headers()
    chunk = b'{"head":{"vars":["x"]},"results":{"bindings":[' + b'{"x":{"type":"literal","value":"a"}},' * 2000
    try:
        while True:
            handler.wfile.write(chunk)
    except OSError:
        pass


def test_an_answer_that_never_ends_is_stopped_by_the_time_limit():
    with serving(dripping) as (url, _):
        started = time.monotonic()
        line = one_line_error(cli("query", "resolutions", "--endpoint", f"{url}/sparql", "--timeout", "1"))
        assert time.monotonic() - started < 10
    assert f"{url}/sparql" in line and "timed out" in line


def test_an_endless_answer_is_cut_at_the_size_cap():
    with serving(endless) as (url, _):
        line = one_line_error(cli("query", "resolutions", "--endpoint", f"{url}/sparql", "--max-bytes", "5000000"))
    assert f"{url}/sparql" in line and "larger than the 5000000 bytes" in line


def fixed(content_type: str, body: bytes, status: int = 200):
    return lambda handler: answer(handler, status, body, {"Content-Type": content_type})


GOOD = {"head": {"vars": ["symbol"]}, "results": {"bindings": [{"symbol": {"type": "literal", "value": "A/RES/77/79"}}]}}


@pytest.mark.parametrize("handle, reason", [
    (fixed("text/html", b"<html><body>Log in</body></html>"), "answered text/html, not SPARQL JSON results"),
    (fixed("application/sparql-results+xml", b"<?xml version='1.0'?><sparql/>"), "answered application/sparql-results+xml"),
    (fixed("text/plain", json.dumps(GOOD).encode()), "answered text/plain"),
    (fixed("application/sparql-results+json", b'{"head": {"vars": ["x"]}, "results": {"bindi'), "malformed JSON"),
    (fixed("application/sparql-results+json", b"[" * 100_000), "malformed JSON"),
    (fixed("application/json", b'{"head": {"vars": ["x"]}}'), "not a SPARQL JSON result"),
    (fixed("application/json", json.dumps({"head": {"vars": ["x"]}, "results": {"bindings": [
        {"x": {"type": "uri", "value": "not an IRI"}}]}}).encode()), "not a SPARQL JSON result"),
    (fixed("text/html", b"<h1>Internal error</h1>\n" + b"x" * 1_000_000, status=500), "HTTP 500"),
], ids=["html", "xml", "wrong type", "cut JSON", "deep JSON", "no results", "bad IRI", "server error"])
def test_every_bad_answer_is_one_line_naming_the_endpoint(handle, reason):
    with serving(handle) as (url, _):
        line = one_line_error(cli("query", "resolutions", "--endpoint", f"{url}/sparql", "--format", "csv"))
    assert f"{url}/sparql" in line and reason in line


def test_a_good_answer_from_a_plain_server_is_printed():
    """The same client reads a well-formed answer (the checks above refuse only bad ones)."""
    with serving(fixed("application/sparql-results+json", json.dumps(GOOD).encode())) as (url, seen):
        result = cli("query", "resolutions", "--endpoint", f"{url}/sparql", "--format", "csv")
    assert result.exit_code == 0, result.stderr
    assert "A/RES/77/79" in result.output
    assert seen[0][0] == "POST" and seen[0][2] is None
