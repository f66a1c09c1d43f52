"""A loopback Stripe stand-in that answers fixed bodies, run in its own process.

It binds 127.0.0.1 only, answers at most ``--max-requests`` requests and exits by
itself after that or after ``--deadline`` seconds, whichever comes first. Running it
in a separate process keeps its CPU out of the client's ``process_time``.

Routes: ``GET /v1/customers/{id}`` and ``POST /v1/customers`` return one fixed
customer; ``GET /v1/customers`` pages through ``--customers`` customers (newest
first, ``starting_after`` as the cursor, ``limit`` at most 100).

Run: ``python -m bench.loopback --max-requests 4100`` prints ``PORT`` on its first
line once it listens.
"""

from __future__ import annotations

import argparse
import json
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

HOST = "127.0.0.1"
PAGE_LIMIT_MAX = 100


def customer(number: int) -> dict[str, Any]:
    """A customer shaped like the 2023-08-16 API's, about 900 bytes of JSON."""
    return {
        "id": f"cus_{number:08d}",
        "object": "customer",
        "address": {
            "city": "San Francisco",
            "country": "US",
            "line1": "510 Townsend St",
            "line2": None,
            "postal_code": "94103",
            "state": "CA",
        },
        "balance": 0,
        "created": 1692144000 - number,
        "currency": "usd",
        "default_source": None,
        "delinquent": False,
        "description": "Benchmark customer",
        "discount": None,
        "email": f"customer{number}@example.com",
        "invoice_prefix": f"B{number:07d}",
        "invoice_settings": {
            "custom_fields": None,
            "default_payment_method": None,
            "footer": None,
            "rendering_options": None,
        },
        "livemode": False,
        "metadata": {"order_id": str(number), "source": "bench"},
        "name": "Jenny Rosen",
        "next_invoice_sequence": 1,
        "phone": None,
        "preferred_locales": ["en"],
        "shipping": None,
        "tax_exempt": "none",
        "test_clock": None,
    }


class Catalogue:
    """Every body the server can send, encoded once so answering costs little."""

    def __init__(self, customers: int) -> None:
        self.single = json.dumps(customer(0)).encode()
        self.customers = customers
        self._pages: dict[tuple[int, int], bytes] = {}
        for start in range(0, customers, PAGE_LIMIT_MAX):
            self.page(start, PAGE_LIMIT_MAX)  # built before the first request

    def page(self, start: int, limit: int) -> bytes:
        """The list page that begins at index ``start`` (cached by position)."""
        key = (start, limit)
        if key not in self._pages:
            stop = min(start + limit, self.customers)
            body = {
                "object": "list",
                "data": [customer(number) for number in range(start, stop)],
                "has_more": stop < self.customers,
                "url": "/v1/customers",
            }
            self._pages[key] = json.dumps(body).encode()
        return self._pages[key]


class Budget:
    """Counts requests; tells the server to stop when they are used up."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.used = 0
        self._lock = threading.Lock()
        self.exhausted = threading.Event()

    def spend(self) -> bool:
        with self._lock:
            if self.used >= self.limit:
                return False
            self.used += 1
            if self.used >= self.limit:
                self.exhausted.set()
            return True


def make_handler(catalogue: Catalogue, budget: Budget) -> type[BaseHTTPRequestHandler]:
    """A handler class bound to this server's bodies and request budget."""

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # keep-alive, as a pooled client expects
        disable_nagle_algorithm = True  # else small answers wait for a delayed ACK

        def do_GET(self) -> None:  # noqa: N802 (the stdlib's naming)
            url = urlsplit(self.path)
            if url.path == "/v1/customers":
                self._answer(self._list_body(parse_qs(url.query)))
            elif url.path.startswith("/v1/customers/"):
                self._answer(catalogue.single)
            else:
                self._answer(b'{"error": {"type": "invalid_request_error"}}', 404)

        def do_POST(self) -> None:  # noqa: N802
            length = int(self.headers.get("Content-Length") or 0)
            self.rfile.read(length)
            self._answer(catalogue.single)

        def _list_body(self, query: dict[str, list[str]]) -> bytes:
            limit = min(int(query.get("limit", ["10"])[0]), PAGE_LIMIT_MAX)
            start = 0
            if "starting_after" in query:
                start = int(query["starting_after"][0].removeprefix("cus_")) + 1
            return catalogue.page(start, limit)

        def _answer(self, body: bytes, status: int = 200) -> None:
            if not budget.spend():
                self.close_connection = True
                body, status = b'{"error": {"type": "api_error"}}', 503
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Request-Id", "req_bench")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: Any) -> None:
            """Quiet: a line per request would cost more than the answer."""

    return Handler


def serve(max_requests: int, customers: int, deadline: float) -> None:
    """Listen on an ephemeral loopback port until the budget or deadline runs out."""
    budget = Budget(max_requests)
    server = ThreadingHTTPServer((HOST, 0), make_handler(Catalogue(customers), budget))
    server.daemon_threads = True
    print(server.server_address[1], flush=True)

    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    stop_at = time.monotonic() + deadline
    while not budget.exhausted.wait(timeout=0.2) and time.monotonic() < stop_at:
        pass
    time.sleep(0.05)  # let the last answer leave before the socket closes
    server.shutdown()
    server.server_close()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max-requests", type=int, required=True)
    parser.add_argument("--customers", type=int, default=10_000)
    parser.add_argument("--deadline", type=float, default=120.0)
    arguments = parser.parse_args(argv)
    serve(arguments.max_requests, arguments.customers, arguments.deadline)
    sys.exit(0)


if __name__ == "__main__":
    main()
