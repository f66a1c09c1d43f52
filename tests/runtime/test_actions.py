"""Actions: path parameters, list gathering and the generic API call."""

from __future__ import annotations

import ast
import asyncio
from pathlib import Path
from typing import Any

import pytest

from stripe_actions._base import (
    DEFAULT_MAX_ITEMS,
    Action,
    ActionRegistry,
    RequestAction,
    ValidationError,
)
from stripe_actions._base.schemas import load_schema

from .support import Script, json_response, make_async_client, make_client, sent_pairs


def action(**overrides: Any) -> Action:
    fields: dict[str, Any] = {
        "id": "customers.update",
        "title": "Update a customer",
        "description": "Updates a customer.",
        "method": "POST",
        "path": "/v1/customers/{customer}",
        "path_params": ("customer",),
        "is_list": False,
        "emptyable": ("preferred_locales",),
        "input_schema": {"type": "object"},
        "output_schema": {"type": "object"},
    }
    fields.update(overrides)
    return Action(**fields)


LIST_CHARGES = action(
    id="charges.list",
    method="GET",
    path="/v1/charges",
    path_params=(),
    is_list=True,
    emptyable=(),
)


def charges(first: int, count: int, has_more: bool) -> Any:
    data = [{"id": f"ch_{n}"} for n in range(first, first + count)]
    return {"object": "list", "url": "/v1/charges", "has_more": has_more, "data": data}


def test_run_fills_path_params_and_sends_the_rest() -> None:
    script = Script(json_response(body={"id": "cus/1"}))
    client = make_client(script)

    result = action().run(
        client,
        {"customer": "cus/1", "preferred_locales": [], "name": "N"},
        stripe_account="acct_1",
        idempotency_key="idem-1",
    )

    request = script.last
    assert result == {"id": "cus/1"}
    assert request.url.raw_path == b"/v1/customers/cus%2F1"
    assert sent_pairs(request) == [("preferred_locales", ""), ("name", "N")]
    assert request.headers["Stripe-Account"] == "acct_1"
    assert request.headers["Idempotency-Key"] == "idem-1"


def test_run_does_not_change_the_callers_params() -> None:
    params = {"customer": "cus_1", "name": "N"}

    action().run(make_client(Script(json_response())), params)

    assert params == {"customer": "cus_1", "name": "N"}


@pytest.mark.parametrize(
    "params", [{}, {"customer": None}, {"customer": ""}, {"customer": 5}]
)
def test_missing_or_bad_path_params_are_named(params: dict[str, Any]) -> None:
    script = Script()

    with pytest.raises(ValidationError) as caught:
        action().run(make_client(script), params)

    assert caught.value.param == "customer"
    assert script.requests == []


def test_every_missing_path_param_is_reported_at_once() -> None:
    two = action(
        path="/v1/customers/{customer}/tax_ids/{id}", path_params=("customer", "id")
    )

    with pytest.raises(ValidationError) as caught:
        two.run(make_client(Script()), {})

    assert [problem.path for problem in caught.value.problems] == ["$.customer", "$.id"]


def test_list_action_gathers_pages_up_to_the_cap() -> None:
    script = Script(
        json_response(body=charges(1, 2, True)),
        json_response(body=charges(3, 2, True)),
    )

    result = LIST_CHARGES.run(
        make_client(script), {"customer": "cus_X", "limit": 2}, max_items=3
    )

    assert result == {
        "object": "list",
        "url": "/v1/charges",
        "data": [{"id": "ch_1"}, {"id": "ch_2"}, {"id": "ch_3"}],
        "has_more": True,
        "truncated": True,
    }
    assert sent_pairs(script.last) == [
        ("customer", "cus_X"),
        ("limit", "2"),
        ("starting_after", "ch_2"),
    ]


def test_list_action_reads_to_the_end_under_the_cap() -> None:
    script = Script(
        json_response(body=charges(1, 2, True)),
        json_response(body=charges(3, 1, False)),
    )

    result = LIST_CHARGES.run(make_client(script), {"limit": 2})

    assert [charge["id"] for charge in result["data"]] == ["ch_1", "ch_2", "ch_3"]
    assert result["has_more"] is False
    assert result["truncated"] is False


def test_list_action_asks_for_full_pages_when_no_limit_is_given() -> None:
    script = Script(json_response(body=charges(1, 1, False)))

    LIST_CHARGES.run(make_client(script), {})
    assert sent_pairs(script.last) == [("limit", "100")]
    assert DEFAULT_MAX_ITEMS == 1_000


def test_list_action_with_a_small_cap_asks_for_a_small_page() -> None:
    script = Script(json_response(body=charges(1, 5, True)))

    result = LIST_CHARGES.run(make_client(script), {}, max_items=5)

    assert sent_pairs(script.last) == [("limit", "5")]
    assert result["truncated"] is True
    assert len(script.requests) == 1


def test_list_action_refuses_a_negative_cap_before_any_request() -> None:
    script = Script()

    with pytest.raises(ValidationError):
        LIST_CHARGES.run(make_client(script), {}, max_items=-1)

    assert script.requests == []


def test_request_action_performs_any_call() -> None:
    script = Script(json_response(body={"object": "balance"}))

    result = RequestAction().run(
        make_client(script),
        {"method": "get", "path": "/v1/balance", "params": {"expand": ["x"]}},
        stripe_account="acct_1",
    )

    assert result == {"object": "balance"}
    assert script.last.method == "GET"
    assert sent_pairs(script.last) == [("expand[0]", "x")]
    assert script.last.headers["Stripe-Account"] == "acct_1"


def test_request_action_posts_with_an_idempotency_key() -> None:
    script = Script(json_response())

    RequestAction().run(
        make_client(script),
        {"method": "POST", "path": "/v1/customers", "params": {"name": "N"}},
        idempotency_key="idem-2",
    )

    assert sent_pairs(script.last) == [("name", "N")]
    assert script.last.headers["Idempotency-Key"] == "idem-2"


@pytest.mark.parametrize(
    ("params", "param"),
    [
        ({"method": "PUT", "path": "/v1/x"}, "method"),
        ({"method": "GET", "path": "/v2/x"}, "path"),
        ({"method": "GET", "path": "https://evil.example/v1/x"}, "path"),
        ({"method": "GET", "path": "/v1/x", "params": [1]}, "params"),
        ({"method": "GET", "path": "/v1/x", "body": {}}, "body"),
    ],
)
def test_request_action_checks_its_own_params(
    params: dict[str, Any], param: str
) -> None:
    script = Script()

    with pytest.raises(ValidationError) as caught:
        RequestAction().run(make_client(script), params)

    assert caught.value.param == param
    assert script.requests == []


def test_actions_are_frozen_hashable_data() -> None:
    first = action()

    with pytest.raises(AttributeError):
        first.path = "/v1/other"  # type: ignore[misc]
    assert hash(first) == hash(action(input_schema={"other": 1}))
    assert RequestAction().id == "api.request"


def test_run_async_matches_run() -> None:
    script = Script(
        json_response(body={"id": "cus_1"}),
        json_response(body=charges(1, 2, True)),
        json_response(body=charges(3, 1, False)),
        json_response(body={"object": "balance"}),
    )

    async def scenario() -> list[dict[str, Any]]:
        client = make_async_client(script)
        async with client:
            return [
                await action().run_async(client, {"customer": "cus_1", "name": "N"}),
                await LIST_CHARGES.run_async(client, {"limit": 2}, max_items=10),
                await RequestAction().run_async(
                    client, {"method": "GET", "path": "/v1/balance"}
                ),
            ]

    single, listed, generic = asyncio.run(scenario())

    assert single == {"id": "cus_1"}
    assert [charge["id"] for charge in listed["data"]] == ["ch_1", "ch_2", "ch_3"]
    assert listed["truncated"] is False
    assert generic == {"object": "balance"}
    assert sent_pairs(script.requests[0]) == [("name", "N")]


def test_generated_registry_schemas_load_when_present() -> None:
    registry = pytest.importorskip("stripe_actions.actions")

    for action_id in registry.ACTIONS:
        assert isinstance(load_schema(action_id, "input"), dict)
        assert isinstance(load_schema(action_id, "output"), dict)
    with pytest.raises(FileNotFoundError):
        load_schema("no.such.action", "input")


def test_base_never_imports_the_generated_modules() -> None:
    base = Path(__file__).resolve().parents[2] / "generated/stripe_actions/_base"

    for source in base.glob("*.py"):
        tree = ast.parse(source.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom):
                assert node.level <= 1, f"{source.name} reaches outside _base"
                assert not (node.module or "").startswith("stripe_actions"), source.name
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
                assert not any(n.startswith("stripe_actions") for n in names)


# The wrong kind of client.


@pytest.mark.parametrize(
    "chosen", [action(), LIST_CHARGES, RequestAction()], ids=["one", "list", "request"]
)
def test_run_with_an_async_client_says_to_use_run_async(chosen: Action) -> None:
    script = Script()
    client = make_async_client(script)

    with pytest.raises(TypeError) as caught:
        wrong_client: Any = client
        chosen.run(wrong_client, {"customer": "cus_1"})

    assert str(caught.value) == (
        "run() needs a synchronous client; with an async client, "
        "use 'await action.run_async(client, params)'"
    )
    assert script.requests == []


@pytest.mark.parametrize(
    "chosen", [action(), LIST_CHARGES, RequestAction()], ids=["one", "list", "request"]
)
def test_run_async_with_a_sync_client_says_to_use_run(chosen: Action) -> None:
    script = Script()
    client = make_client(script)

    with pytest.raises(TypeError) as caught:
        wrong_client: Any = client
        asyncio.run(chosen.run_async(wrong_client, {"customer": "cus_1"}))

    assert str(caught.value) == (
        "run_async() needs an async client; with a synchronous client, "
        "use 'action.run(client, params)'"
    )
    assert script.requests == []


# The registry.


def test_registry_suggests_the_closest_action_for_a_missing_id() -> None:
    registry = ActionRegistry({"customers.create": action(id="customers.create")})

    with pytest.raises(KeyError) as caught:
        registry["customers.creat"]

    assert caught.value.args == (
        "unknown action 'customers.creat'; did you mean 'customers.create'?",
    )


def test_registry_without_a_close_id_just_names_the_missing_one() -> None:
    registry = ActionRegistry({"customers.create": action(id="customers.create")})

    with pytest.raises(KeyError) as caught:
        registry["zzz"]

    assert caught.value.args == ("unknown action 'zzz'",)


def test_registry_is_a_plain_dict_otherwise() -> None:
    create = action(id="customers.create")
    registry = ActionRegistry({"customers.create": create})

    assert isinstance(registry, dict)
    assert registry["customers.create"] is create
    assert registry.get("customers.creat") is None
    assert "customers.creat" not in registry
    with pytest.raises(KeyError) as caught:
        registry[7]  # type: ignore[index]
    assert caught.value.args == (7,)


def test_the_generated_registry_wrapped_suggests_too() -> None:
    from stripe_actions import ACTIONS

    registry = ActionRegistry(ACTIONS)

    with pytest.raises(KeyError, match="did you mean 'customers.create'"):
        registry["customers.creat"]
