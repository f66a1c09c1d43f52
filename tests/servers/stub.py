"""A stand-in for api.stripe.com that checks every request against the spec.

It serves whatever localstripe lacks. Each request is matched to its operation,
decoded from Stripe's bracket encoding, typed and validated against the operation's
parameter schema; a good request is answered with the resource's example object, a
bad one with Stripe's error shape naming the offending parameter. Every request is
kept in ``requests`` so a test can assert that all of them were valid.

    with StubServer(document, fixtures_path) as stub:
        httpx.get(f"{stub.base_url}/v1/customers/cus_1", headers=auth)
        assert not stub.rejected
"""

from __future__ import annotations

import itertools
import json
import logging
import os
import re
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any
from urllib.parse import urlsplit

import httpx

from ._checking import RequestChecker
from ._document import Operation, SpecDocument
from ._examples import ResponseBuilder
from ._form import ParameterError, decode_multipart, decode_query

__all__ = ["ReceivedRequest", "StubResponse", "StubServer"]

logger = logging.getLogger(__name__)

_API_KEY = re.compile(r"Bearer (?:sk|rk)_test_\w+")
_QUERY_METHODS = ("GET", "DELETE")
_PLACEHOLDER_DOCUMENT = b"%PDF-1.4\n% stub document\n"


@dataclass
class ReceivedRequest:
    """One request as the stub understood it, kept for a test to inspect.

    ``params`` are typed when the request was accepted, and as decoded (strings in
    nested dicts) when it was refused; ``headers`` are lower-cased and never hold
    the ``authorization`` header.
    """

    method: str
    path: str
    query: str
    headers: dict[str, str]
    params: dict[str, Any] = field(default_factory=dict)
    operation_id: str | None = None
    status: int = 0
    error: dict[str, Any] | None = None

    @property
    def valid(self) -> bool:
        """Whether the stub accepted the request."""
        return 200 <= self.status < 300


@dataclass(frozen=True)
class StubResponse:
    """What the stub answers: a status, headers and a body."""

    status: int
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


class _Refusal(Exception):
    """A request the stub answers with an error instead of an object."""

    def __init__(self, status: int, error: dict[str, Any]) -> None:
        super().__init__(error.get("message", ""))
        self.status = status
        self.error = error


class StubServer:
    """The spec-checking stub: an HTTP server on 127.0.0.1 in a background thread.

    ``handle`` does the work and needs no socket; ``transport()`` offers it to an
    httpx client directly, for tests that want no server thread at all.
    """

    def __init__(
        self,
        document: Mapping[str, Any],
        fixtures_path: str | os.PathLike[str],
    ) -> None:
        self.spec = SpecDocument(document)
        with open(fixtures_path, encoding="utf-8") as fixtures_file:
            fixtures = json.load(fixtures_file)["resources"]

        self._checker = RequestChecker(self.spec)
        self._responses = ResponseBuilder(self.spec, fixtures)
        self._requests: list[ReceivedRequest] = []
        self._lock = threading.Lock()
        self._counter = itertools.count(1)
        self._server: _StubHTTPServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:<port>``, once started."""
        if self._server is None:
            raise RuntimeError("the stub server is not running")
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    @property
    def requests(self) -> list[ReceivedRequest]:
        """Every request received since the last ``clear``, oldest first."""
        with self._lock:
            return list(self._requests)

    @property
    def rejected(self) -> list[ReceivedRequest]:
        """The requests answered with an error."""
        return [request for request in self.requests if not request.valid]

    def clear(self) -> None:
        """Forget the requests received so far."""
        with self._lock:
            self._requests.clear()

    def start(self) -> StubServer:
        """Listen on a free port of 127.0.0.1 and serve in a daemon thread."""
        if self._server is not None:
            raise RuntimeError("the stub server is already running")
        self._server = _StubHTTPServer(("127.0.0.1", 0), _Handler)
        self._server.stub = self
        self._thread = threading.Thread(
            target=self._server.serve_forever, name="stripe-stub", daemon=True
        )
        self._thread.start()
        logger.debug("stub server listening on %s", self.base_url)
        return self

    def stop(self) -> None:
        """Stop serving and close the socket."""
        if self._server is None:
            return
        self._server.shutdown()
        self._server.server_close()
        if self._thread is not None:
            self._thread.join()
        self._server = self._thread = None

    def __enter__(self) -> StubServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

    def transport(self) -> httpx.MockTransport:
        """An httpx transport answered by ``handle``, with no socket in between."""

        def answer(request: httpx.Request) -> httpx.Response:
            target = request.url.raw_path.decode("ascii")
            response = self.handle(
                request.method, target, request.headers, request.read()
            )
            return httpx.Response(
                response.status, headers=response.headers, content=response.body
            )

        return httpx.MockTransport(answer)

    def handle(
        self, method: str, target: str, headers: Mapping[str, str], body: bytes
    ) -> StubResponse:
        """Answer one request: ``target`` is the path with its query string."""
        method = method.upper()
        split = urlsplit(target)
        lowered = {name.lower(): value for name, value in headers.items()}
        request_id = f"req_stub_{next(self._counter)}"
        record = ReceivedRequest(
            method=method,
            path=split.path,
            query=split.query,
            headers={k: v for k, v in lowered.items() if k != "authorization"},
        )

        try:
            media_type, content = self._answer(record, lowered, body)
            record.status = 200
        except _Refusal as refusal:
            media_type, content = "application/json", _json({"error": refusal.error})
            record.status, record.error = refusal.status, refusal.error
        except Exception as bug:  # a fault in the stub must not pass for a 200
            logger.exception("stub failed on %s %s", method, split.path)
            error = {"type": "api_error", "message": f"Stub failure: {bug!r}"}
            media_type, content = "application/json", _json({"error": error})
            record.status, record.error = 500, error

        with self._lock:
            self._requests.append(record)
        logger.debug("%s %s -> %d (%s)", method, split.path, record.status, request_id)

        response_headers = {
            "Content-Type": media_type,
            "Request-Id": request_id,
            "Stripe-Version": lowered.get("stripe-version", self.spec.version),
        }
        if method == "POST" and "idempotency-key" in lowered:
            response_headers["Idempotency-Key"] = lowered["idempotency-key"]
        return StubResponse(record.status, response_headers, content)

    def _answer(
        self, record: ReceivedRequest, headers: Mapping[str, str], body: bytes
    ) -> tuple[str, bytes]:
        """Media type and body for an accepted request; raises ``_Refusal`` else."""
        if not _API_KEY.fullmatch(headers.get("authorization", "")):
            raise _Refusal(401, _unauthorized())

        match = self.spec.match(record.method, record.path)
        if match is None:
            raise _Refusal(404, _unknown_url(record.method, record.path))
        operation, path_params = match
        record.operation_id = operation.operation_id

        try:
            record.params = _decode(operation, record.query, headers, body)
            record.params = self._checker.check(operation, record.params)
        except ParameterError as error:
            raise _Refusal(400, _invalid_request(error)) from error

        if operation.response_media_type != "application/json":
            return operation.response_media_type, _PLACEHOLDER_DOCUMENT
        body_params = record.params if record.method == "POST" else {}
        answer = self._responses.build(operation, record.path, path_params, body_params)
        return "application/json", _json(answer)


def _json(payload: Any) -> bytes:
    return json.dumps(payload).encode("utf-8")


def _decode(
    operation: Operation, query: str, headers: Mapping[str, str], body: bytes
) -> dict[str, Any]:
    """The request's parameters from where Stripe expects them for this method."""
    if operation.method in _QUERY_METHODS:
        if body:
            raise ParameterError(
                None, f"{operation.method} parameters belong in the query string."
            )
        return decode_query(query)

    if query:
        raise ParameterError(None, "POST parameters belong in the request body.")
    if not body:
        return {}

    content_type = headers.get("content-type", "")
    media_type = content_type.partition(";")[0].strip().lower()
    if media_type != operation.body_media_type:
        raise ParameterError(
            None,
            f"Content-Type {media_type or 'none'!r} is not accepted here; "
            f"send {operation.body_media_type}.",
        )
    if media_type == "multipart/form-data":
        return decode_multipart(content_type, body)
    return decode_query(body.decode("utf-8", errors="replace"))


def _invalid_request(error: ParameterError) -> dict[str, Any]:
    shape: dict[str, Any] = {"type": "invalid_request_error", "message": error.message}
    if error.param is not None:
        shape["param"] = error.param
    if error.code is not None:
        shape["code"] = error.code
    return shape


def _unauthorized() -> dict[str, Any]:
    return {
        "type": "invalid_request_error",
        "message": "No valid test API key: send Authorization: Bearer sk_test_... "
        "(or rk_test_...).",
    }


def _unknown_url(method: str, path: str) -> dict[str, Any]:
    return {
        "type": "invalid_request_error",
        "message": f"No operation in the spec serves {method} {path}.",
    }


class _StubHTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    stub: StubServer


class _Handler(BaseHTTPRequestHandler):
    """Hands each request to ``StubServer.handle`` and writes back its answer."""

    protocol_version = "HTTP/1.1"
    server: _StubHTTPServer

    def _serve(self) -> None:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            self.send_error(411, "the stub needs a Content-Length")
            return

        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        response = self.server.stub.handle(
            self.command, self.path, dict(self.headers.items()), body
        )

        self.send_response(response.status)
        for name, value in response.headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(response.body)))
        self.end_headers()
        self.wfile.write(response.body)

    do_GET = do_POST = do_DELETE = do_PUT = do_PATCH = _serve

    def log_message(self, format: str, *args: Any) -> None:
        logger.debug("stub http: " + format, *args)
