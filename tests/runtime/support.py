"""Helpers for the runtime tests: scripted transports and what they recorded."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import httpx

GENERATED = Path(__file__).resolve().parents[2] / "generated"


def ensure_package_importable() -> None:
    """Import the generated package from the work tree when it is not installed."""
    if importlib.util.find_spec("stripe_actions") is None:
        sys.path.insert(0, str(GENERATED))


ensure_package_importable()

from stripe_actions._base import (  # noqa: E402
    AsyncBaseStripeClient,
    BaseStripeClient,
)

# A made-up test key: long and distinctive, so a leak is easy to find.
API_KEY = "sk_test_51SecretKeyThatMustNeverLeak0123456789abcdef"

Outcome = httpx.Response | BaseException


def json_response(
    status: int = 200,
    body: Any = None,
    headers: dict[str, str] | None = None,
) -> httpx.Response:
    """A response as Stripe sends it: JSON with a request id."""
    all_headers = {"Content-Type": "application/json", "Request-Id": "req_test"}
    all_headers.update(headers or {})
    content = json.dumps({"id": "obj_1"} if body is None else body)
    return httpx.Response(status, headers=all_headers, content=content.encode())


def error_response(
    status: int,
    error: dict[str, Any] | None = None,
    headers: dict[str, str] | None = None,
) -> httpx.Response:
    """An error response with Stripe's ``{"error": {...}}`` body."""
    details = error or {"type": "api_error", "message": f"status {status}"}
    return json_response(status, {"error": details}, headers)


class Script:
    """A MockTransport handler that plays back outcomes and records every request."""

    def __init__(self, *outcomes: Outcome) -> None:
        self.outcomes = list(outcomes)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        if not self.outcomes:
            raise AssertionError(f"unexpected request {request.method} {request.url}")

        outcome = self.outcomes.pop(0)
        if isinstance(outcome, BaseException):
            raise outcome
        return outcome

    @property
    def last(self) -> httpx.Request:
        return self.requests[-1]


def sent_pairs(request: httpx.Request) -> list[tuple[str, str]]:
    """The decoded (key, value) pairs of a request's query or form body."""
    if request.method == "POST":
        text = request.content.decode()
    else:
        text = request.url.query.decode()
    return parse_qsl(text, keep_blank_values=True)


def make_client(
    script: Script,
    sleeps: list[float] | None = None,
    **options: Any,
) -> BaseStripeClient:
    """A client on a scripted transport whose sleeps are recorded, not slept."""
    recorded = sleeps if sleeps is not None else []
    options.setdefault("api_key", API_KEY)
    http_client = httpx.Client(transport=httpx.MockTransport(script))
    return BaseStripeClient(http_client=http_client, sleep=recorded.append, **options)


def make_async_client(
    script: Script,
    sleeps: list[float] | None = None,
    **options: Any,
) -> AsyncBaseStripeClient:
    """The async twin of ``make_client``."""
    recorded = sleeps if sleeps is not None else []

    async def sleep(seconds: float) -> None:
        recorded.append(seconds)

    options.setdefault("api_key", API_KEY)
    http_client = httpx.AsyncClient(transport=httpx.MockTransport(script))
    return AsyncBaseStripeClient(http_client=http_client, sleep=sleep, **options)
