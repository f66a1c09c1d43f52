"""Differential wire test: our client and the official SDK send the same requests.

Both clients make each call of ``wire_cases.CASES``; the SDK's HTTP client is
replaced by one that records the request instead of sending it. We compare the
method, path, query and body pairs as multisets, and the Stripe-Account,
Stripe-Version and Idempotency-Key headers. Cases marked ``differs-on-purpose``
follow CASES.md where it overrules the SDK, and must differ exactly as declared.
"""

from __future__ import annotations

import copy
import json
import uuid
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, fields
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import httpx
import pytest
import stripe

from stripe_actions._base import BaseStripeClient, quote_path_param

from .support import API_KEY, Script, json_response
from .wire_cases import CASES, OPERATIONS, SDK_METHODS, WireCase

STRIPE_VERSION = "2023-08-16"
GENERATED_KEY = "<generated>"
RESPONSE = {
    "id": "obj_1",
    "object": "list",
    "url": "/v1/x",
    "has_more": False,
    "data": [],
}

Pairs = tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class WireRequest:
    """A request reduced to what Stripe reads from it, order of pairs aside."""

    method: str
    path: str
    query: Pairs
    body: Pairs
    stripe_account: str | None
    stripe_version: str | None
    idempotency_key: str | None
    content_type: str | None

    @classmethod
    def build(
        cls,
        method: str,
        url: str,
        headers: Mapping[str, str],
        body: str,
        given_key: str | None,
    ) -> WireRequest:
        lowered = {name.lower(): value for name, value in headers.items()}
        parts = urlsplit(url)
        key = lowered.get("idempotency-key")
        if key is not None and key != given_key:
            key = GENERATED_KEY
        return cls(
            method=method.upper(),
            path=parts.path,
            query=_sorted_pairs(parts.query),
            body=_sorted_pairs(body),
            stripe_account=lowered.get("stripe-account"),
            stripe_version=lowered.get("stripe-version"),
            idempotency_key=key,
            content_type=lowered.get("content-type"),
        )


class CapturingSdkClient(stripe.HTTPClient):
    """The SDK's HTTP client, recording requests instead of sending them."""

    name = "capturing"

    def __init__(self) -> None:
        super().__init__()
        self.calls: list[tuple[str, str, dict[str, str], str | None]] = []

    def request(
        self,
        method: str,
        url: str,
        headers: Mapping[str, str] | None,
        post_data: Any = None,
        *,
        _usage: list[str] | None = None,
    ) -> tuple[str, int, Mapping[str, str]]:
        self.calls.append((method, url, dict(headers or {}), post_data))
        return json.dumps(RESPONSE), 200, {"request-id": "req_sdk"}

    def close(self) -> None:
        pass


def sdk_request(case: WireCase) -> WireRequest:
    """The request the official SDK sends for this case."""
    capture = CapturingSdkClient()
    sdk = stripe.StripeClient(
        API_KEY,
        http_client=capture,
        stripe_version=STRIPE_VERSION,
        stripe_account=case.client_account,
    )
    options: dict[str, str] = {}
    if case.stripe_account:
        options["stripe_account"] = case.stripe_account
    if case.idempotency_key:
        options["idempotency_key"] = case.idempotency_key
    args = () if case.object_id is None else (case.object_id,)

    service_method = SDK_METHODS[case.operation](sdk)
    service_method(
        *args, params=copy.deepcopy(case.params) or None, options=options or None
    )

    assert len(capture.calls) == 1
    method, url, headers, body = capture.calls[0]
    return WireRequest.build(method, url, headers, body or "", case.idempotency_key)


def our_request(case: WireCase) -> WireRequest:
    """The request our client sends for this case."""
    script = Script(json_response(body=RESPONSE))
    client = BaseStripeClient(
        API_KEY,
        http_client=httpx.Client(transport=httpx.MockTransport(script)),
        stripe_version=STRIPE_VERSION,
        stripe_account=case.client_account,
        max_retries=0,
    )
    method, template = OPERATIONS[case.operation]
    path = template
    if case.object_id is not None:
        path = template.format(id=quote_path_param(case.object_id, "id"))
    params = copy.deepcopy(case.params)

    if case.operation.endswith(".list"):
        client.request_page(method, path, params, stripe_account=case.stripe_account)
    else:
        client.request(
            method,
            path,
            params,
            stripe_account=case.stripe_account,
            idempotency_key=case.idempotency_key,
            emptyable=case.emptyable,
        )

    request = script.last
    return WireRequest.build(
        request.method,
        str(request.url),
        request.headers,
        request.content.decode(),
        case.idempotency_key,
    )


def side_by_side(
    ours: WireRequest, sdk: WireRequest, titles: tuple[str, str] = ("ours", "SDK")
) -> str:
    """Both requests in two columns, differing lines marked with '!'."""
    rows = [("", *titles)]
    for field in fields(WireRequest):
        mine, theirs = getattr(ours, field.name), getattr(sdk, field.name)
        if field.name in ("query", "body"):
            for key in sorted({k for k, _ in mine} | {k for k, _ in theirs}):
                left_values = [v for k, v in mine if k == key]
                right_values = [v for k, v in theirs if k == key]
                label = f"{field.name} {key}"
                rows.append((label, repr(left_values), repr(right_values)))
        else:
            rows.append((field.name, repr(mine), repr(theirs)))

    widths = [max(len(row[column]) for row in rows) for column in range(3)]
    lines = []
    for label, left, right in rows:
        mark = "!" if left != right and label else " "
        lines.append(f"{mark} {label:<{widths[0]}} | {left:<{widths[1]}} | {right}")
    return "\n".join(lines)


def _sorted_pairs(text: str) -> Pairs:
    return tuple(sorted(parse_qsl(text, keep_blank_values=True)))


@pytest.mark.parametrize("case", CASES, ids=[case.test_id for case in CASES])
def test_same_request_as_the_official_sdk(case: WireCase) -> None:
    ours = our_request(case)
    sdk = sdk_request(case)
    difference = case.known_difference

    if difference is not None:
        ours_pairs = Counter(ours.body + ours.query)
        sdk_pairs = Counter(sdk.body + sdk.query)
        assert ours_pairs - sdk_pairs == Counter(difference.ours_only), side_by_side(
            ours, sdk
        )
        assert sdk_pairs - ours_pairs == Counter(difference.sdk_only), side_by_side(
            ours, sdk
        )
        ours = WireRequest(**{**ours.__dict__, "query": (), "body": ()})
        sdk = WireRequest(**{**sdk.__dict__, "query": (), "body": ()})

    if ours != sdk:
        pytest.fail(
            f"{case.test_id}: requests differ\n{side_by_side(ours, sdk)}",
            pytrace=False,
        )


def test_there_are_enough_cases_over_every_operation() -> None:
    assert len(CASES) >= 60
    assert {case.operation for case in CASES} == set(OPERATIONS) == set(SDK_METHODS)
    assert len(OPERATIONS) == 21


def test_our_generated_idempotency_key_is_a_uuid4_sent_only_on_post() -> None:
    script = Script(json_response(), json_response(), json_response())
    client = BaseStripeClient(
        API_KEY, http_client=httpx.Client(transport=httpx.MockTransport(script))
    )

    client.request("POST", "/v1/customers", {})
    client.request("GET", "/v1/customers/cus_1")
    client.request("DELETE", "/v1/customers/cus_1")

    post, get, delete = script.requests
    assert uuid.UUID(post.headers["Idempotency-Key"]).version == 4
    assert "Idempotency-Key" not in get.headers
    assert "Idempotency-Key" not in delete.headers


def test_side_by_side_marks_the_differences() -> None:
    base = WireRequest("POST", "/v1/x", (), (("a", "1"),), None, None, None, None)
    other = WireRequest("POST", "/v1/x", (), (("a", "2"),), "acct", None, None, None)

    table = side_by_side(base, other)

    assert "! body a" in table
    assert "! stripe_account" in table
    assert "  method" in table


def generated_request(case: WireCase) -> WireRequest:
    """The request the generated namespace method sends for this case."""
    package = pytest.importorskip("stripe_actions")
    script = Script(json_response(body=RESPONSE))
    client = package.StripeClient(
        API_KEY,
        http_client=httpx.Client(transport=httpx.MockTransport(script)),
        stripe_version=STRIPE_VERSION,
        stripe_account=case.client_account,
        max_retries=0,
    )
    resource, verb = case.operation.split(".")
    method = getattr(getattr(client, resource), verb)
    args = () if case.object_id is None else (case.object_id,)
    options: dict[str, Any] = {"stripe_account": case.stripe_account}
    if case.idempotency_key is not None:
        options["idempotency_key"] = case.idempotency_key

    method(*args, **copy.deepcopy(case.params), **options)

    request = script.last
    return WireRequest.build(
        request.method,
        str(request.url),
        request.headers,
        request.content.decode(),
        case.idempotency_key,
    )


@pytest.mark.parametrize("case", CASES, ids=[case.test_id for case in CASES])
def test_generated_namespaces_send_the_same_request_as_our_base(
    case: WireCase,
) -> None:
    generated = generated_request(case)
    ours = our_request(case)

    if generated != ours:
        pytest.fail(
            f"{case.test_id}: generated method and base client differ\n"
            f"{side_by_side(generated, ours, ('generated', 'base'))}",
            pytrace=False,
        )
