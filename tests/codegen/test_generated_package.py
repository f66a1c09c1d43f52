"""The committed package: it imports, and each action sends the right request."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

import httpx
import jsonschema
import pytest

import stripe_actions
from generator.model import Model
from stripe_actions import ACTIONS, StripeClient

Sent = list[httpx.Request]
LIST_PATHS = ("/v1/customers", "/v1/charges", "/v1/invoices")


@pytest.fixture
def sent() -> Sent:
    return []


@pytest.fixture
def client(sent: Sent) -> Iterator[StripeClient]:
    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        if request.method == "GET" and request.url.path in LIST_PATHS:
            return httpx.Response(
                200,
                json={
                    "object": "list",
                    "url": request.url.path,
                    "has_more": False,
                    "data": [{"id": "obj_1"}],
                },
            )
        return httpx.Response(200, json={"id": "obj_1", "object": "thing"})

    transport = httpx.MockTransport(answer)
    with StripeClient(
        "sk_test_generated", http_client=httpx.Client(transport=transport)
    ) as stripe_client:
        yield stripe_client


def pairs(request: httpx.Request) -> list[tuple[str, str]]:
    """Decoded query and body pairs, in the order sent."""
    query = parse_qsl(request.url.query.decode(), keep_blank_values=True)
    body = parse_qsl(request.content.decode(), keep_blank_values=True)
    return query + body


CALLS: list[tuple[str, Callable[[StripeClient], Any], str, str, list[tuple[str, str]]]]
CALLS = [
    (
        "customers.create",
        lambda c: c.customers.create(email="a@b.co", metadata={"plan": "pro"}),
        "POST",
        "/v1/customers",
        [("email", "a@b.co"), ("metadata[plan]", "pro")],
    ),
    (
        "customers.retrieve",
        lambda c: c.customers.retrieve("cus_1", expand=["default_source"]),
        "GET",
        "/v1/customers/cus_1",
        [("expand[0]", "default_source")],
    ),
    (
        "customers.list",
        lambda c: c.customers.list(limit=3, email="a@b.co"),
        "GET",
        "/v1/customers",
        [("email", "a@b.co"), ("limit", "3")],
    ),
    (
        "customers.update",
        lambda c: c.customers.update("cus_1", metadata={"plan": ""}, name="Jo"),
        "POST",
        "/v1/customers/cus_1",
        [("metadata[plan]", ""), ("name", "Jo")],
    ),
    (
        "customers.delete",
        lambda c: c.customers.delete("cus_1"),
        "DELETE",
        "/v1/customers/cus_1",
        [],
    ),
    (
        "charges.create",
        lambda c: c.charges.create(
            amount=2000, currency="usd", source="tok_visa", capture=False
        ),
        "POST",
        "/v1/charges",
        [
            ("amount", "2000"),
            ("capture", "false"),
            ("currency", "usd"),
            ("source", "tok_visa"),
        ],
    ),
    (
        "charges.retrieve",
        lambda c: c.charges.retrieve("ch_1"),
        "GET",
        "/v1/charges/ch_1",
        [],
    ),
    (
        "charges.list",
        lambda c: c.charges.list(customer="cus_1", limit=2),
        "GET",
        "/v1/charges",
        [("customer", "cus_1"), ("limit", "2")],
    ),
    (
        "invoices.create",
        lambda c: c.invoices.create(customer="cus_1", auto_advance=False),
        "POST",
        "/v1/invoices",
        [("auto_advance", "false"), ("customer", "cus_1")],
    ),
    (
        "invoices.retrieve",
        lambda c: c.invoices.retrieve("in_1"),
        "GET",
        "/v1/invoices/in_1",
        [],
    ),
    (
        "invoices.list",
        lambda c: c.invoices.list(subscription="sub_1", status="open", limit=10),
        "GET",
        "/v1/invoices",
        [("limit", "10"), ("status", "open"), ("subscription", "sub_1")],
    ),
    (
        "invoices.finalize",
        lambda c: c.invoices.finalize("in_1", auto_advance=True),
        "POST",
        "/v1/invoices/in_1/finalize",
        [("auto_advance", "true")],
    ),
    (
        "invoices.send",
        lambda c: c.invoices.send("in_1"),
        "POST",
        "/v1/invoices/in_1/send",
        [],
    ),
    (
        "subscriptions.create",
        lambda c: c.subscriptions.create(
            customer="cus_1",
            items=[{"price": "price_A", "quantity": 2}, {"price": "price_B"}],
        ),
        "POST",
        "/v1/subscriptions",
        [
            ("customer", "cus_1"),
            ("items[0][price]", "price_A"),
            ("items[0][quantity]", "2"),
            ("items[1][price]", "price_B"),
        ],
    ),
    (
        "subscriptions.retrieve",
        lambda c: c.subscriptions.retrieve("sub_1"),
        "GET",
        "/v1/subscriptions/sub_1",
        [],
    ),
    (
        "subscriptions.update",
        lambda c: c.subscriptions.update(
            "sub_1", cancel_at_period_end=True, default_tax_rates=[]
        ),
        "POST",
        "/v1/subscriptions/sub_1",
        [("cancel_at_period_end", "true"), ("default_tax_rates", "")],
    ),
    (
        "subscriptions.cancel",
        lambda c: c.subscriptions.cancel("sub_1", prorate=True),
        "DELETE",
        "/v1/subscriptions/sub_1",
        [("prorate", "true")],
    ),
    (
        "products.create",
        lambda c: c.products.create(name="Gold", shippable=True),
        "POST",
        "/v1/products",
        [("name", "Gold"), ("shippable", "true")],
    ),
    (
        "products.retrieve",
        lambda c: c.products.retrieve("prod_1"),
        "GET",
        "/v1/products/prod_1",
        [],
    ),
    (
        "prices.create",
        lambda c: c.prices.create(
            currency="usd",
            product="prod_1",
            unit_amount=1003800,
            recurring={"interval": "month"},
        ),
        "POST",
        "/v1/prices",
        [
            ("currency", "usd"),
            ("product", "prod_1"),
            ("recurring[interval]", "month"),
            ("unit_amount", "1003800"),
        ],
    ),
    (
        "prices.retrieve",
        lambda c: c.prices.retrieve("price_1"),
        "GET",
        "/v1/prices/price_1",
        [],
    ),
]


each_call = pytest.mark.parametrize(
    ("action_id", "call", "method", "path", "expected"),
    CALLS,
    ids=[call[0] for call in CALLS],
)


def test_package_has_22_actions() -> None:
    assert len(ACTIONS) == 22
    assert sorted(ACTIONS) == sorted([call[0] for call in CALLS] + ["api.request"])
    assert stripe_actions.STRIPE_VERSION == "2023-08-16"


@each_call
def test_each_method_sends_its_request(
    client: StripeClient,
    sent: Sent,
    action_id: str,
    call: Callable[[StripeClient], Any],
    method: str,
    path: str,
    expected: list[tuple[str, str]],
) -> None:
    call(client)

    (request,) = sent
    assert (request.method, request.url.path) == (method, path)
    assert sorted(pairs(request)) == sorted(expected)
    assert request.headers["Stripe-Version"] == "2023-08-16"
    assert request.headers["Authorization"] == "Bearer sk_test_generated"
    assert ("Idempotency-Key" in request.headers) == (method == "POST")


@each_call
def test_each_registry_action_sends_the_same_request(
    client: StripeClient,
    sent: Sent,
    action_id: str,
    call: Callable[[StripeClient], Any],
    method: str,
    path: str,
    expected: list[tuple[str, str]],
) -> None:
    call(client)
    action = ACTIONS[action_id]
    params = _nested(pairs(sent[0]))
    for template, segment in zip(action.path.split("/"), path.split("/"), strict=True):
        if template.startswith("{"):
            params[template.strip("{}")] = segment

    action.run(client, params, max_items=5)

    direct, via_registry = sent[0], sent[1]
    assert action.method == method
    assert (via_registry.method, via_registry.url.path) == (method, path)
    assert sorted(pairs(via_registry)) == sorted(pairs(direct))


def test_generic_request_action_reaches_any_endpoint(
    client: StripeClient, sent: Sent
) -> None:
    result = ACTIONS["api.request"].run(
        client, {"method": "GET", "path": "/v1/balance", "params": {"expand": ["x"]}}
    )

    assert result == {"id": "obj_1", "object": "thing"}
    assert sent[0].url.path == "/v1/balance"
    assert pairs(sent[0]) == [("expand[0]", "x")]


def test_list_method_returns_a_page_of_items(client: StripeClient) -> None:
    page = client.customers.list(limit=1)

    assert [item["id"] for item in page.data] == ["obj_1"]
    assert page.has_more is False


def test_schemas_load_lazily_as_json(client: StripeClient) -> None:
    schema = ACTIONS["customers.create"].input_schema

    assert schema["additionalProperties"] is False
    assert "email" in schema["properties"]
    assert json.loads(json.dumps(dict(schema)))["title"] == "Create a customer"


def _nested(flat: list[tuple[str, str]]) -> dict[str, Any]:
    """Undo the bracket encoding enough to feed the registry the same parameters."""
    nested: dict[str, Any] = {}
    for key, value in flat:
        parts = key.replace("]", "").split("[")
        target: Any = nested
        for part, following in zip(parts, parts[1:], strict=False):
            default: Any = [] if following.isdigit() else {}
            if isinstance(target, list):
                index = int(part)
                while len(target) <= index:
                    target.append(default)
                target = target[index]
            else:
                target = target.setdefault(part, default)
        last = parts[-1]
        typed: Any = {"true": True, "false": False}.get(value, value)
        if isinstance(typed, str) and typed.isdigit():
            typed = int(typed)
        if isinstance(target, list):
            target.append(typed)
        else:
            target[last] = typed
    return nested


GENERATED = Path(__file__).resolve().parents[2] / "generated"


@pytest.mark.parametrize("action_id", sorted(ACTIONS))
def test_catalogue_example_is_valid_input(pinned_model: Model, action_id: str) -> None:
    action = next(a for a in pinned_model.actions if a.id == action_id)
    validator = jsonschema.Draft202012Validator(dict(ACTIONS[action_id].input_schema))

    assert action.example, "every catalogue entry carries an example"
    assert list(validator.iter_errors(action.example)) == []


@pytest.mark.parametrize("action_id", sorted(ACTIONS))
def test_reference_page_has_runnable_examples(action_id: str) -> None:
    page = (GENERATED / "docs" / "actions" / f"{action_id}.md").read_text()
    snippets = re.findall(r"```python\n(.*?)```", page, flags=re.DOTALL)
    shell = re.search(r"stripe-actions run (\S+) --input '(.*)'", page)

    assert page.splitlines()[1] == f"# {ACTIONS[action_id].title}"
    assert len(snippets) == 2
    for snippet in snippets:
        compile(snippet, f"{action_id}.md", "exec")
    assert shell is not None
    assert shell.group(1) == action_id
    assert isinstance(json.loads(shell.group(2)), dict)


def test_reference_index_links_every_page() -> None:
    index = (GENERATED / "docs" / "README.md").read_text()
    links = re.findall(r"\(actions/([a-z_.]+)\.md\)", index)

    assert sorted(links) == sorted(ACTIONS)
    assert "## API" in index


def test_generated_modules_pass_the_linter() -> None:
    """Generated code reads like handwritten code: no unused or unsorted imports."""
    ruff = Path(sys.executable).with_name("ruff")
    result = subprocess.run(
        [
            str(ruff),
            "check",
            "--select",
            "F,I,UP,B,SIM",
            "--exclude",
            "_base",
            "--output-format",
            "concise",
            str(GENERATED / "stripe_actions"),
        ],
        capture_output=True,
        text=True,
        check=False,
    )

    assert result.returncode == 0, result.stdout
