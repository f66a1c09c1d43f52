"""The catalogue against the pinned 2023-08-16 spec, read independently of the model."""

from __future__ import annotations

from typing import Any

import pytest

from generator.model import LiteralOf, Model, UnionOf

FORM = "application/x-www-form-urlencoded"

EXPECTED_ROUTES = {
    "api.request": ("", ""),
    "customers.create": ("POST", "/v1/customers"),
    "customers.retrieve": ("GET", "/v1/customers/{customer}"),
    "customers.list": ("GET", "/v1/customers"),
    "customers.update": ("POST", "/v1/customers/{customer}"),
    "customers.delete": ("DELETE", "/v1/customers/{customer}"),
    "charges.create": ("POST", "/v1/charges"),
    "charges.retrieve": ("GET", "/v1/charges/{charge}"),
    "charges.list": ("GET", "/v1/charges"),
    "invoices.create": ("POST", "/v1/invoices"),
    "invoices.retrieve": ("GET", "/v1/invoices/{invoice}"),
    "invoices.list": ("GET", "/v1/invoices"),
    "invoices.finalize": ("POST", "/v1/invoices/{invoice}/finalize"),
    "invoices.send": ("POST", "/v1/invoices/{invoice}/send"),
    "subscriptions.create": ("POST", "/v1/subscriptions"),
    "subscriptions.retrieve": ("GET", "/v1/subscriptions/{subscription_exposed_id}"),
    "subscriptions.update": ("POST", "/v1/subscriptions/{subscription_exposed_id}"),
    "subscriptions.cancel": ("DELETE", "/v1/subscriptions/{subscription_exposed_id}"),
    "products.create": ("POST", "/v1/products"),
    "products.retrieve": ("GET", "/v1/products/{id}"),
    "prices.create": ("POST", "/v1/prices"),
    "prices.retrieve": ("GET", "/v1/prices/{price}"),
}


def spec_parameters(
    document: dict[str, Any], method: str, path: str
) -> dict[str, tuple[bool, frozenset[Any] | None]]:
    """Each parameter's name → (required, enum values or None), from the raw spec."""
    operation = document["paths"][path][method.lower()]
    found: dict[str, tuple[bool, frozenset[Any] | None]] = {}

    for parameter in operation.get("parameters", []):
        if parameter["in"] in ("path", "query"):
            enum = parameter.get("schema", {}).get("enum")
            found[parameter["name"]] = (
                bool(parameter.get("required")),
                frozenset(enum) if enum else None,
            )

    content = operation.get("requestBody", {}).get("content", {})
    body = content.get(FORM, {}).get("schema", {})
    for name, schema in body.get("properties", {}).items():
        enum = schema.get("enum")
        found[name] = (
            name in body.get("required", []),
            frozenset(enum) if enum else None,
        )
    return found


def test_catalogue_has_the_22_actions_on_the_right_routes(pinned_model: Model) -> None:
    routes = {
        action.id: (action.method, action.path) for action in pinned_model.actions
    }

    assert routes == EXPECTED_ROUTES
    assert [r.name for r in pinned_model.resources] == [
        "customers",
        "charges",
        "invoices",
        "subscriptions",
        "products",
        "prices",
    ]


@pytest.mark.parametrize("action_id", sorted(set(EXPECTED_ROUTES) - {"api.request"}))
def test_parameters_match_the_spec(
    pinned_model: Model, pinned_document: dict[str, Any], action_id: str
) -> None:
    action = next(a for a in pinned_model.actions if a.id == action_id)
    expected = spec_parameters(pinned_document, action.method, action.path)

    modelled: dict[str, tuple[bool, frozenset[Any] | None]] = {}
    for parameter in action.parameters:
        options = (
            parameter.type.options
            if isinstance(parameter.type, UnionOf)
            else (parameter.type,)
        )
        literal = next((o for o in options if isinstance(o, LiteralOf)), None)
        enum = frozenset(literal.values) if literal and len(options) == 1 else None
        modelled[parameter.name] = (parameter.required, enum)

    assert modelled == expected
    assert len(action.parameters) > 0


def test_list_actions_return_pages_of_their_resource(pinned_model: Model) -> None:
    lists = {
        a.id: (a.response.name if hasattr(a.response, "name") else None)
        for a in pinned_model.actions
        if a.is_list
    }

    assert lists == {
        "customers.list": "Customer",
        "charges.list": "Charge",
        "invoices.list": "Invoice",
    }


def test_only_posts_take_an_idempotency_key(pinned_model: Model) -> None:
    posting = sorted(a.id for a in pinned_model.actions if a.changes_state)

    assert posting == sorted(
        action_id
        for action_id, (method, _) in EXPECTED_ROUTES.items()
        if method == "POST"
    )


def test_emptyable_arrays_of_subscription_update(pinned_model: Model) -> None:
    update = next(a for a in pinned_model.actions if a.id == "subscriptions.update")

    assert "default_tax_rates" in update.emptyable
    assert "items.*.tax_rates" in update.emptyable
    assert "expand" not in update.emptyable


def test_model_has_no_warnings_on_the_pin(pinned_model: Model) -> None:
    assert pinned_model.warnings == ()
    assert pinned_model.api_version == "2023-08-16"
