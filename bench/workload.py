"""Client-side workloads, each run in a fresh process against ``bench.loopback``.

A fresh process per run keeps one client's imports, caches and garbage out of the
next one's numbers. Every client gets the same kind of pooled keep-alive
``httpx.Client`` with no transport retries, and its own retries and telemetry off.

Run: ``python -m bench.workload calls --client ours --port PORT --calls 2000``
prints one JSON object with per-call wall and CPU times.
"""

from __future__ import annotations

import argparse
import gc
import json
import resource
import socket
import time
import tracemalloc
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import httpx

API_KEY = "sk_test_bench0000000000000000"
STRIPE_VERSION = "2023-08-16"
CLIENTS = ("ours", "stripe", "httpx")
WARMUP_CALLS = 50

# The nested parameters every client sends to create a customer.
CREATE_PARAMS: dict[str, Any] = {
    "email": "jenny.rosen@example.com",
    "name": "Jenny Rosen",
    "description": "Benchmark customer",
    "metadata": {"order_id": "6735", "source": "bench"},
    "address": {
        "line1": "510 Townsend St",
        "city": "San Francisco",
        "postal_code": "94103",
        "country": "US",
    },
    "shipping": {
        "name": "Jenny Rosen",
        "address": {"line1": "510 Townsend St", "city": "San Francisco"},
    },
    "preferred_locales": ["en", "fr"],
    "invoice_settings": {"custom_fields": [{"name": "PO", "value": "42"}]},
}

# The same parameters as a hand-written raw httpx call would send them.
CREATE_FORM: dict[str, str] = {
    "email": "jenny.rosen@example.com",
    "name": "Jenny Rosen",
    "description": "Benchmark customer",
    "metadata[order_id]": "6735",
    "metadata[source]": "bench",
    "address[line1]": "510 Townsend St",
    "address[city]": "San Francisco",
    "address[postal_code]": "94103",
    "address[country]": "US",
    "shipping[name]": "Jenny Rosen",
    "shipping[address][line1]": "510 Townsend St",
    "shipping[address][city]": "San Francisco",
    "preferred_locales[0]": "en",
    "preferred_locales[1]": "fr",
    "invoice_settings[custom_fields][0][name]": "PO",
    "invoice_settings[custom_fields][0][value]": "42",
}


@dataclass
class Calls:
    """The three ways a workload reaches the server, bound to one client."""

    retrieve: Callable[[], object]
    create: Callable[[], object]
    iterate: Callable[[], Iterator[Any]]


def pooled_http_client() -> httpx.Client:
    """The transport every client shares the design of: keep-alive, no retries.

    TCP_NODELAY: httpx writes a POST's headers and body separately, and without it
    the body waits some 40 ms for the server's delayed ACK on loopback.
    """
    transport = httpx.HTTPTransport(
        retries=0, socket_options=[(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)]
    )
    return httpx.Client(transport=transport, timeout=80.0)


def ours(base_url: str, http: httpx.Client) -> Calls:
    from stripe_actions import StripeClient

    client = StripeClient(API_KEY, base_url=base_url, http_client=http, max_retries=0)
    return Calls(
        retrieve=lambda: client.customers.retrieve("cus_00000001"),
        create=lambda: client.customers.create(**CREATE_PARAMS),
        iterate=lambda: client.customers.list(limit=100).auto_paging_iter(),
    )


def official(base_url: str, http: httpx.Client) -> Calls:
    """The official SDK on the same httpx client (swapped in for the one it makes)."""
    import stripe

    stripe.enable_telemetry = False
    transport = stripe.HTTPXClient(allow_sync_methods=True)
    transport._client = http  # its own is an identical httpx.Client; share ours
    client = stripe.StripeClient(
        API_KEY,
        base_addresses={"api": base_url},
        stripe_version=STRIPE_VERSION,
        http_client=transport,
        max_network_retries=0,
    )
    customers = client.v1.customers
    return Calls(
        retrieve=lambda: customers.retrieve("cus_00000001"),
        create=lambda: customers.create(params=CREATE_PARAMS),  # type: ignore[arg-type]
        iterate=lambda: iter(customers.list(params={"limit": 100}).auto_paging_iter()),
    )


def raw(base_url: str, http: httpx.Client) -> Calls:
    """What a careful hand-written call costs: one request, the JSON decoded."""
    headers = {
        "Authorization": f"Bearer {API_KEY}",
        "Stripe-Version": STRIPE_VERSION,
    }

    def iterate() -> Iterator[Any]:
        params: dict[str, str | int] = {"limit": 100}
        while True:
            page = http.get(f"{base_url}/v1/customers", params=params, headers=headers)
            body = page.json()
            yield from body["data"]
            if not body["has_more"]:
                return
            params = {"limit": 100, "starting_after": body["data"][-1]["id"]}

    return Calls(
        retrieve=lambda: http.get(
            f"{base_url}/v1/customers/cus_00000001", headers=headers
        ).json(),
        create=lambda: http.post(
            f"{base_url}/v1/customers", headers=headers, data=CREATE_FORM
        ).json(),
        iterate=iterate,
    )


BUILDERS: dict[str, Callable[[str, httpx.Client], Calls]] = {
    "ours": ours,
    "stripe": official,
    "httpx": raw,
}


def time_calls(call: Callable[[], object], count: int) -> dict[str, float]:
    """Microseconds of wall and of this process's CPU per call, after a warm-up."""
    for _ in range(WARMUP_CALLS):
        call()
    gc.collect()

    wall_started, cpu_started = time.perf_counter(), time.process_time()
    for _ in range(count):
        call()
    wall = time.perf_counter() - wall_started
    cpu = time.process_time() - cpu_started
    return {"wall_us": wall / count * 1e6, "cpu_us": cpu / count * 1e6}


def run_calls(client: str, base_url: str, count: int) -> dict[str, Any]:
    with pooled_http_client() as http:
        calls = BUILDERS[client](base_url, http)
        return {
            "retrieve": time_calls(calls.retrieve, count),
            "create": time_calls(calls.create, count),
        }


def run_paging(client: str, base_url: str, trace: bool) -> dict[str, Any]:
    """Iterate every customer; with ``trace``, the Python heap's peak instead of time.

    Items are counted and dropped, as a streaming consumer would.
    """
    with pooled_http_client() as http:
        calls = BUILDERS[client](base_url, http)
        gc.collect()
        if trace:
            tracemalloc.start()
        wall_started, cpu_started = time.perf_counter(), time.process_time()

        items = 0
        for _ in calls.iterate():
            items += 1

        wall = time.perf_counter() - wall_started
        cpu = time.process_time() - cpu_started
        peak = tracemalloc.get_traced_memory()[1] if trace else 0
        tracemalloc.stop()

    maxrss_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {
        "items": items,
        "wall_s": wall,
        "cpu_s": cpu,
        "peak_kib": peak / 1024,
        "maxrss_kib": maxrss_kib,
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=("calls", "paging"))
    parser.add_argument("--client", choices=CLIENTS, required=True)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--calls", type=int, default=2000)
    parser.add_argument("--trace", action="store_true", help="measure peak memory")
    arguments = parser.parse_args(argv)

    base_url = f"http://127.0.0.1:{arguments.port}"
    if arguments.mode == "calls":
        result = run_calls(arguments.client, base_url, arguments.calls)
    else:
        result = run_paging(arguments.client, base_url, arguments.trace)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
