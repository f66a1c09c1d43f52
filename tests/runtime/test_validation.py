"""Registry actions check their parameters against the input schema before sending.

Three parts: a corpus of bad inputs across the actions (exact problem paths, the
key phrase of each message, nothing sent); the Python values that must pass; and
the schemas themselves, checked against the pinned spec they were made from.
"""

from __future__ import annotations

import asyncio
import datetime
import enum
import subprocess
import sys
from collections.abc import Iterator, Mapping
from decimal import Decimal
from types import MappingProxyType
from typing import Any

import httpx
import jsonschema
import pytest

from stripe_actions import ACTIONS, StripeClient
from stripe_actions._base import (
    InputValidator,
    Problem,
    RequestAction,
    ValidationError,
)

from .support import Script, json_response, make_async_client, make_client, sent_pairs

# (case id, action id, params, {problem path: phrase its message must contain})
BAD_INPUTS: list[tuple[str, str, Any, dict[str, str]]] = [
    # Unknown keys.
    (
        "unknown-key-close",
        "customers.create",
        {"emial": "a@b.co"},
        {"$.emial": "unknown parameter; did you mean 'email'?"},
    ),
    (
        "unknown-key-far",
        "customers.create",
        {"favourite_colour": "blue"},
        {"$.favourite_colour": "unknown parameter"},
    ),
    (
        "unknown-key-on-delete",
        "customers.delete",
        {"customer": "cus_1", "expand": ["x"]},
        {"$.expand": "unknown parameter"},
    ),
    (
        "unknown-key-on-send",
        "invoices.send",
        {"invoice": "in_1", "email_to": "a@b.co"},
        {"$.email_to": "unknown parameter"},
    ),
    (
        "unknown-key-on-retrieve",
        "prices.retrieve",
        {"price": "price_1", "expnad": ["product"]},
        {"$.expnad": "did you mean 'expand'?"},
    ),
    (
        "unknown-nested-key",
        "customers.create",
        {"address": {"citty": "Paris"}},
        {"$.address.citty": "unknown parameter; did you mean 'city'?"},
    ),
    (
        "unknown-key-in-list-item",
        "subscriptions.create",
        {"customer": "cus_1", "items": [{"price": "price_1", "quantiy": 2}]},
        {"$.items[0].quantiy": "did you mean 'quantity'?"},
    ),
    (
        "unknown-key-in-range-filter",
        "customers.list",
        {"created": {"gtt": 1700000000}},
        {"$.created.gtt": "did you mean 'gt'?"},
    ),
    (
        "unknown-key-in-token-or-object",
        "customers.update",
        {
            "customer": "cus_1",
            "card": {"number": "4242", "exp_month": 1, "exp_year": 2030, "cvv": "1"},
        },
        {"$.card.cvv": "did you mean 'cvc'?"},
    ),
    # Wrong types.
    (
        "string-given-int",
        "customers.create",
        {"email": 42},
        {"$.email": "must be a string, not an integer (42)"},
    ),
    (
        "integer-given-string",
        "customers.create",
        {"balance": "500"},
        {"$.balance": 'must be an integer, not a string ("500")'},
    ),
    (
        "integer-given-bool",
        "customers.create",
        {"next_invoice_sequence": True},
        {"$.next_invoice_sequence": "must be an integer, not a boolean (true)"},
    ),
    (
        "integer-given-fraction",
        "charges.create",
        {"amount": 10.5, "currency": "usd"},
        {"$.amount": "must be an integer, not a fractional number (10.5)"},
    ),
    (
        "integer-given-fractional-decimal",
        "invoices.create",
        {"customer": "cus_1", "days_until_due": Decimal("1.5")},
        {"$.days_until_due": "must be an integer, not a fractional number (1.5)"},
    ),
    (
        "integer-given-nan",
        "charges.create",
        {"amount": float("nan")},
        {"$.amount": "must be an integer"},
    ),
    (
        "boolean-given-string",
        "charges.create",
        {"amount": 100, "capture": "false"},
        {"$.capture": 'must be a boolean, not a string ("false")'},
    ),
    (
        "boolean-given-int",
        "invoices.finalize",
        {"invoice": "in_1", "auto_advance": 1},
        {"$.auto_advance": "must be a boolean, not an integer (1)"},
    ),
    (
        "array-given-string",
        "customers.create",
        {"preferred_locales": "en"},
        {"$.preferred_locales": 'must be an array, not a string ("en")'},
    ),
    (
        "array-given-object",
        "subscriptions.update",
        {"subscription_exposed_id": "sub_1", "items": {"price": "price_1"}},
        {"$.items": "must be an array, not an object"},
    ),
    (
        "array-item-wrong-type",
        "customers.retrieve",
        {"customer": "cus_1", "expand": ["subscriptions", 7]},
        {"$.expand[1]": "must be a string, not an integer (7)"},
    ),
    (
        "array-item-null",
        "charges.retrieve",
        {"charge": "ch_1", "expand": [None]},
        {"$.expand[0]": "must be a string, not null"},
    ),
    (
        "metadata-value-not-a-string",
        "customers.create",
        {"metadata": {"order": 6735}},
        {"$.metadata.order": "must be a string, not an integer (6735)"},
    ),
    (
        "params-not-an-object",
        "customers.list",
        ["limit", 3],
        {"$": "must be an object, not an array"},
    ),
    (
        "decimal-string-malformed",
        "prices.create",
        {"currency": "usd", "unit_amount_decimal": "12,5"},
        {"$.unit_amount_decimal": 'must be a decimal number such as "12.5"'},
    ),
    (
        "decimal-string-given-float",
        "prices.create",
        {"currency": "usd", "unit_amount_decimal": 12.5},
        {"$.unit_amount_decimal": "must be a string, not a fractional number"},
    ),
    (
        "too-long",
        "customers.create",
        {"phone": "+1" + "5" * 30},
        {"$.phone": "must be at most 20 characters long"},
    ),
    # Emptyable fields and other unions (anyOf).
    (
        "emptyable-object-given-int",
        "customers.create",
        {"address": 5},
        {"$.address": 'must be an object or "", not an integer (5)'},
    ),
    (
        "emptyable-object-given-text",
        "customers.update",
        {"customer": "cus_1", "shipping": "none"},
        {"$.shipping": 'must be an object or "", not a string ("none")'},
    ),
    (
        "emptyable-integer-given-text",
        "subscriptions.update",
        {"subscription_exposed_id": "sub_1", "cancel_at": "tomorrow"},
        {"$.cancel_at": 'must be an integer or "", not a string ("tomorrow")'},
    ),
    (
        "emptyable-array-item-missing-field",
        "customers.create",
        {"invoice_settings": {"custom_fields": [{"name": "PO"}]}},
        {"$.invoice_settings.custom_fields[0].value": "is required"},
    ),
    (
        "token-or-object-given-int",
        "charges.create",
        {"amount": 100, "card": 4242},
        {"$.card": "must be an object or a string, not an integer (4242)"},
    ),
    (
        "token-or-object-missing-field",
        "customers.update",
        {"customer": "cus_1", "card": {"number": "4242", "exp_month": 1}},
        {"$.card.exp_year": "is required"},
    ),
    (
        "now-or-timestamp",
        "subscriptions.create",
        {"customer": "cus_1", "trial_end": "later"},
        {"$.trial_end": 'must be "now" or an integer; got "later"'},
    ),
    (
        "range-or-integer",
        "customers.list",
        {"created": "yesterday"},
        {"$.created": "must be an object or an integer"},
    ),
    (
        "range-bound-not-integer",
        "charges.list",
        {"created": {"gte": "2023-01-01"}},
        {"$.created.gte": "must be an integer"},
    ),
    # Enums.
    (
        "enum-close",
        "customers.create",
        {"tax_exempt": "exmpt"},
        {"$.tax_exempt": 'got "exmpt"; did you mean "exempt"?'},
    ),
    (
        "enum-nested",
        "prices.create",
        {"currency": "usd", "recurring": {"interval": "mnth"}},
        {"$.recurring.interval": 'one of "day", "month", "week", "year"'},
    ),
    (
        "enum-far",
        "invoices.create",
        {"collection_method": "cheque"},
        {"$.collection_method": 'got "cheque"'},
    ),
    (
        "enum-list-filter",
        "invoices.list",
        {"collection_method": "send_invoices"},
        {"$.collection_method": 'did you mean "send_invoice"?'},
    ),
    (
        "enum-long-is-summarised",
        "subscriptions.cancel",
        {
            "subscription_exposed_id": "sub_1",
            "cancellation_details": {"feedback": "too_expensiv"},
        },
        {
            "$.cancellation_details.feedback": 'must be one of 9 values; got "too_'
            'expensiv"; did you mean "too_expensive"?'
        },
    ),
    # Missing required parameters.
    (
        "missing-path-param",
        "customers.retrieve",
        {},
        {"$.customer": "is required"},
    ),
    (
        "missing-path-param-named-oddly",
        "subscriptions.retrieve",
        {"expand": ["customer"]},
        {"$.subscription_exposed_id": "is required"},
    ),
    (
        "missing-body-param",
        "products.create",
        {"active": True},
        {"$.name": "is required"},
    ),
    (
        "missing-nested-param",
        "prices.create",
        {"currency": "usd", "recurring": {"interval_count": 3}},
        {"$.recurring.interval": "is required"},
    ),
    (
        "null-counts-as-missing",
        "prices.create",
        {"currency": None, "unit_amount": 100},
        {"$.currency": "is required"},
    ),
    # Path ids the schema admits but the path cannot take.
    (
        "empty-path-id",
        "charges.retrieve",
        {"charge": ""},
        {"$.charge": "must not be empty"},
    ),
    (
        "dot-path-id",
        "invoices.retrieve",
        {"invoice": ".."},
        {"$.invoice": "is not an id"},
    ),
    # List parameters.
    (
        "limit-out-of-range",
        "charges.list",
        {"limit": 500},
        {"$.limit": "must be between 1 and 100, not 500"},
    ),
    (
        "both-cursors",
        "customers.list",
        {"starting_after": "cus_1", "ending_before": "cus_9"},
        {"$.ending_before": "cannot be combined with starting_after"},
    ),
    # Several problems at once, in path order.
    (
        "every-problem-at-once",
        "subscriptions.create",
        {"items": [{"price": 5, "quantity": 1.5}], "collection_method": "charge"},
        {
            "$.collection_method": 'got "charge"',
            "$.customer": "is required",
            "$.items[0].price": "must be a string",
            "$.items[0].quantity": "must be an integer, not a fractional number",
        },
    ),
    (
        "path-and-body-problems-together",
        "customers.update",
        {"name": ["Jo"], "emial": "a@b.co"},
        {
            "$.customer": "is required",
            "$.emial": "did you mean 'email'?",
            "$.name": "must be a string, not an array",
        },
    ),
    # The generic request action's own schema.
    (
        "request-bad-method",
        "api.request",
        {"method": "PUT", "path": "/v1/customers"},
        {"$.method": 'one of "GET", "POST", "DELETE"; got "PUT"'},
    ),
    (
        "request-bad-path-and-params",
        "api.request",
        {"method": "GET", "path": "v1/balance", "params": [1], "body": {}},
        {
            "$.body": "unknown parameter",
            "$.params": "must be an object, not an array",
            "$.path": "must be a path under /v1/ without '.' or '..' segments",
        },
    ),
    (
        "request-missing-everything",
        "api.request",
        {},
        {"$.method": "is required", "$.path": "is required"},
    ),
]


@pytest.fixture
def script() -> Script:
    """A transport that fails the test on any request, and records it."""
    return Script()


def test_the_corpus_is_large_and_covers_every_action_family() -> None:
    families = {action_id.split(".")[0] for _, action_id, _, _ in BAD_INPUTS}

    assert len(BAD_INPUTS) >= 30
    assert len({case[0] for case in BAD_INPUTS}) == len(BAD_INPUTS)
    assert families == {action_id.split(".")[0] for action_id in ACTIONS}


@pytest.mark.parametrize(
    ("action_id", "params", "expected"),
    [case[1:] for case in BAD_INPUTS],
    ids=[case[0] for case in BAD_INPUTS],
)
def test_bad_input_is_refused_with_every_problem_and_nothing_sent(
    script: Script, action_id: str, params: Any, expected: dict[str, str]
) -> None:
    with pytest.raises(ValidationError) as caught:
        ACTIONS[action_id].run(make_client(script), params, max_items=10)

    problems = {problem.path: problem.message for problem in caught.value.problems}
    assert list(problems) == list(expected)
    for path, phrase in expected.items():
        assert phrase in problems[path], path
    assert script.requests == []


def test_unknown_key_far_from_any_name_suggests_nothing(script: Script) -> None:
    with pytest.raises(ValidationError) as caught:
        ACTIONS["customers.create"].run(make_client(script), {"zzz": 1})

    assert caught.value.problems[0].message == "unknown parameter"


def test_one_error_lists_every_problem_in_its_message(script: Script) -> None:
    with pytest.raises(ValidationError) as caught:
        ACTIONS["customers.create"].run(
            make_client(script), {"emial": "a@b.co", "balance": "5"}
        )

    assert str(caught.value).splitlines() == [
        "Invalid parameters:",
        '  $.balance: must be an integer, not a string ("5")',
        "  $.emial: unknown parameter; did you mean 'email'?",
    ]
    assert caught.value.param == "balance"


def test_run_async_validates_before_sending(script: Script) -> None:
    async def scenario() -> None:
        async with make_async_client(script) as client:
            await ACTIONS["customers.create"].run_async(client, {"emial": "a@b.co"})

    with pytest.raises(ValidationError):
        asyncio.run(scenario())
    assert script.requests == []


def test_problems_are_sorted_by_path_with_numeric_indexes() -> None:
    params = {"expand": ["a"] * 2 + [1] * 9}

    problems = ACTIONS["customers.create"].input_validator.problems(params)

    assert [problem.path for problem in problems] == [
        f"$.expand[{index}]" for index in range(2, 11)
    ]


# What passes: Python values the encoder sends correctly.


class Interval(enum.Enum):
    MONTH = "month"


class Behavior(str, enum.Enum):
    NONE = "none"


NOW = datetime.datetime(2030, 1, 2, 3, 4, 5, tzinfo=datetime.timezone.utc)


@pytest.mark.parametrize(
    ("action_id", "params", "expected_pairs"),
    [
        (
            "charges.create",
            {"amount": 2000.0, "currency": "usd", "capture": False},
            [("amount", "2000"), ("currency", "usd"), ("capture", "false")],
        ),
        (
            "charges.create",
            {"amount": Decimal("2000"), "currency": "usd"},
            [("amount", "2000"), ("currency", "usd")],
        ),
        (
            "prices.create",
            {"currency": "usd", "unit_amount_decimal": Decimal("12.345")},
            [("currency", "usd"), ("unit_amount_decimal", "12.345")],
        ),
        (
            "prices.create",
            {"currency": "usd", "unit_amount_decimal": 1250},
            [("currency", "usd"), ("unit_amount_decimal", "1250")],
        ),
        (
            "prices.create",
            {"currency": "usd", "recurring": {"interval": Interval.MONTH}},
            [("currency", "usd"), ("recurring[interval]", "month")],
        ),
        (
            "subscriptions.create",
            {"customer": "cus_1", "trial_end": NOW, "cancel_at": NOW},
            [
                ("customer", "cus_1"),
                ("trial_end", "1893553445"),
                ("cancel_at", "1893553445"),
            ],
        ),
        (
            "subscriptions.update",
            {
                "subscription_exposed_id": "sub_1",
                "items": ({"price": "price_1", "quantity": 2.0},),
                "proration_behavior": Behavior.NONE,
            },
            [
                ("items[0][price]", "price_1"),
                ("items[0][quantity]", "2"),
                ("proration_behavior", "none"),
            ],
        ),
        (
            "invoices.create",
            {"customer": "cus_1", "due_date": NOW, "description": None},
            [("customer", "cus_1"), ("due_date", "1893553445")],
        ),
        (
            "customers.update",
            {
                "customer": "cus_1",
                "metadata": MappingProxyType({"order": "6735"}),
                "expand": ("subscriptions",),
            },
            [("metadata[order]", "6735"), ("expand[0]", "subscriptions")],
        ),
        (
            "customers.update",
            {"customer": "cus_1", "address": "", "metadata": {"order": ""}},
            [("address", ""), ("metadata[order]", "")],
        ),
        (
            "api.request",
            {"method": "get", "path": "/v1/balance", "params": {"expand": ["x"]}},
            [("expand[0]", "x")],
        ),
    ],
    ids=[
        "integral-float-amount",
        "integral-decimal-amount",
        "decimal-as-decimal-string",
        "int-as-decimal-string",
        "plain-enum-member",
        "datetime-as-unix-time",
        "tuple-and-str-enum",
        "none-means-absent",
        "mapping-proxy-and-tuple",
        "empty-string-clears",
        "method-in-any-case",
    ],
)
def test_python_values_pass_and_are_sent(
    action_id: str, params: dict[str, Any], expected_pairs: list[tuple[str, str]]
) -> None:
    script = Script(json_response())

    ACTIONS[action_id].run(make_client(script), params)

    assert sent_pairs(script.last) == expected_pairs


@pytest.mark.parametrize(
    "value",
    [True, False, 1.5, Decimal("1.5"), Decimal("NaN"), float("inf"), "3", None],
)
def test_integers_refuse_booleans_fractions_and_text(value: object) -> None:
    validator = InputValidator(
        {"type": "object", "properties": {"n": {"type": "integer"}}, "required": ["n"]}
    )

    problems = validator.problems({"n": value})

    assert [problem.path for problem in problems] == ["$.n"]


def test_numbers_accept_decimals_but_never_booleans() -> None:
    validator = InputValidator({"type": "array", "items": {"type": "number"}})

    assert validator.problems([1, 2.5, Decimal("3.25")]) == []
    assert [p.path for p in validator.problems([True, Decimal("sNaN")])] == [
        "$[0]",
        "$[1]",
    ]


def test_datetime_passes_only_where_the_integer_is_unix_time() -> None:
    validator = InputValidator(
        {
            "type": "object",
            "properties": {
                "at": {"type": "integer", "format": "unix-time"},
                "count": {"type": "integer"},
            },
        }
    )

    assert validator.problems({"at": NOW}) == []
    assert validator.problems({"count": NOW})[0].message == (
        "must be an integer, not a datetime"
    )


def test_typed_namespace_methods_do_not_consult_the_schema() -> None:
    """Static types and the encoder guard them; only the registry validates."""
    script = Script(json_response())
    transport = httpx.Client(transport=httpx.MockTransport(script))

    with StripeClient("sk_test_typed", http_client=transport) as client:
        client.customers.create(tax_exempt="bogus")  # type: ignore[arg-type]

    assert sent_pairs(script.last) == [("tax_exempt", "bogus")]


def test_validator_is_built_once_per_action() -> None:
    action = ACTIONS["customers.create"]

    assert action.input_validator is action.input_validator
    assert RequestAction().input_validator is not action.input_validator


def test_importing_the_package_does_not_import_jsonschema() -> None:
    code = "import sys, stripe_actions; print('jsonschema' in sys.modules)"

    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )

    assert result.stdout.strip() == "False"


# The schemas themselves, against the pinned spec.

FORM = "application/x-www-form-urlencoded"
REGISTRY_ONLY = {"api.request"}


def _operation(document: Mapping[str, Any], action_id: str) -> dict[str, Any]:
    action = ACTIONS[action_id]
    operation: dict[str, Any] = document["paths"][action.path][action.method.lower()]
    return operation


def _spec_inputs(
    document: Mapping[str, Any], action_id: str
) -> tuple[dict[str, Any], set[str]]:
    """Every input of an operation (path, query, body) and the required ones."""
    operation = _operation(document, action_id)
    inputs: dict[str, Any] = {}
    required: set[str] = set()

    for parameter in operation.get("parameters", []):
        inputs[parameter["name"]] = parameter["schema"]
        if parameter.get("required"):
            required.add(parameter["name"])

    content = operation.get("requestBody", {}).get("content", {})
    body = content.get(FORM, {}).get("schema", {})
    inputs.update(body.get("properties", {}))
    required.update(body.get("required", []))
    return inputs, required


def _walk(schema: object, path: str = "$") -> Iterator[tuple[str, dict[str, Any]]]:
    """Every subschema of a converted schema, with where it sits."""
    if not isinstance(schema, dict):
        return
    yield path, schema
    for name, sub in schema.get("properties", {}).items():
        yield from _walk(sub, f"{path}.{name}")
    for index, sub in enumerate(schema.get("anyOf", [])):
        yield from _walk(sub, f"{path}|{index}")
    yield from _walk(schema.get("items"), f"{path}[]")
    if isinstance(schema.get("additionalProperties"), dict):
        yield from _walk(schema["additionalProperties"], f"{path}.*")


SPEC_ACTIONS = sorted(set(ACTIONS) - REGISTRY_ONLY)


@pytest.mark.parametrize("action_id", sorted(ACTIONS))
def test_schemas_are_valid_draft_2020_12(action_id: str) -> None:
    for schema in (ACTIONS[action_id].input_schema, ACTIONS[action_id].output_schema):
        assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
        jsonschema.Draft202012Validator.check_schema(dict(schema))


@pytest.mark.parametrize("action_id", SPEC_ACTIONS)
def test_input_schema_has_every_spec_input_and_only_those(
    stripe_document: dict[str, Any], action_id: str
) -> None:
    schema = ACTIONS[action_id].input_schema
    inputs, required = _spec_inputs(stripe_document, action_id)

    assert set(schema["properties"]) == set(inputs)
    assert set(schema["required"]) == required
    assert schema["additionalProperties"] is False
    assert schema["type"] == "object"


@pytest.mark.parametrize("action_id", SPEC_ACTIONS)
def test_path_parameters_are_required_string_inputs(
    stripe_document: dict[str, Any], action_id: str
) -> None:
    action = ACTIONS[action_id]
    schema = action.input_schema

    for name in action.path_params:
        assert name in schema["required"]
        assert schema["properties"][name]["type"] == "string"


@pytest.mark.parametrize("action_id", SPEC_ACTIONS)
def test_top_level_types_enums_and_emptyable_unions_follow_the_spec(
    stripe_document: dict[str, Any], action_id: str
) -> None:
    schema = ACTIONS[action_id].input_schema
    inputs, _ = _spec_inputs(stripe_document, action_id)

    for name, spec in inputs.items():
        converted = schema["properties"][name]
        if "type" in spec:
            assert converted["type"] == spec["type"], name
        if "enum" in spec and not spec.get("x-stripeBypassValidation"):
            assert converted["enum"] == spec["enum"], name
        if "anyOf" in spec:
            assert len(converted["anyOf"]) == len(spec["anyOf"]), name
            emptyable = {"type": "string", "enum": [""]} in spec["anyOf"]
            assert ({"type": "string", "enum": [""]} in converted["anyOf"]) == (
                emptyable
            ), name


@pytest.mark.parametrize("action_id", SPEC_ACTIONS)
def test_integer_amounts_say_smallest_currency_unit(action_id: str) -> None:
    amounts = [
        (path, sub)
        for path, sub in _walk(dict(ACTIONS[action_id].input_schema))
        if sub.get("type") == "integer" and path.rsplit(".", 1)[-1].endswith("amount")
    ]

    for path, sub in amounts:
        assert "smallest currency unit" in sub.get("description", ""), path


def test_some_inputs_are_amounts_and_some_formats_are_kept() -> None:
    charge = ACTIONS["charges.create"].input_schema["properties"]
    price = ACTIONS["prices.create"].input_schema["properties"]
    invoice = ACTIONS["invoices.create"].input_schema["properties"]

    assert "smallest currency unit" in charge["amount"]["description"]
    assert price["unit_amount_decimal"]["format"] == "decimal"
    assert invoice["due_date"] == {**invoice["due_date"], "format": "unix-time"}


def test_output_expandable_fields_are_id_or_object(
    stripe_document: dict[str, Any],
) -> None:
    properties = ACTIONS["charges.retrieve"].output_schema["properties"]
    spec = stripe_document["components"]["schemas"]["charge"]["properties"]

    expandable = [name for name, sub in spec.items() if sub.get("x-expansionResources")]
    assert "customer" in expandable
    for name in expandable:
        options = properties[name]["anyOf"]
        assert any(option.get("type") == "string" for option in options), name
        assert any(option.get("type") == "object" for option in options), name
        assert "(an ID, or the object when expanded)" in properties[name].get(
            "description", ""
        )


def test_output_nullable_fields_admit_null(stripe_document: dict[str, Any]) -> None:
    properties = ACTIONS["customers.create"].output_schema["properties"]
    spec = stripe_document["components"]["schemas"]["customer"]["properties"]
    validator_for = jsonschema.Draft202012Validator

    nullable = [name for name, sub in spec.items() if sub.get("nullable")]
    assert "email" in nullable
    for name in nullable:
        assert validator_for(properties[name]).is_valid(None), name
    assert not validator_for(properties["id"]).is_valid(None)


@pytest.mark.parametrize(
    ("action_id", "path"),
    [
        ("charges.create", ("application_fee",)),
        ("prices.create", ("custom_unit_amount", "maximum")),
        ("prices.create", ("custom_unit_amount", "minimum")),
        ("prices.create", ("custom_unit_amount", "preset")),
    ],
)
def test_money_integers_not_named_amount_say_smallest_currency_unit(
    action_id: str, path: tuple[str, ...]
) -> None:
    schema: Any = ACTIONS[action_id].input_schema
    for name in path:
        schema = schema["properties"][name]

    assert schema["type"] == "integer"
    assert "smallest currency unit" in schema.get("description", "")


def test_unknown_nested_key_is_refused(script: Script) -> None:
    with pytest.raises(ValidationError) as caught:
        ACTIONS["customers.create"].run(
            make_client(script), {"address": {"citty": "Paris"}}
        )

    assert caught.value.problems[0].path == "$.address.citty"


@pytest.mark.parametrize(
    "path",
    ["/v1/customers/{customer}", "/v1/../v2/secret", "/v1/customers/./cus_1"],
)
def test_generic_request_refuses_templates_and_dot_segments(
    script: Script, path: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        ACTIONS["api.request"].run(make_client(script), {"method": "GET", "path": path})

    assert caught.value.problems[0].path == "$.path"
    assert script.requests == []


# Nesting depth and readable patterns.


def deeply_nested(levels: int) -> Any:
    value: Any = "x"
    for _ in range(levels):
        value = {"a": value}
    return value


def test_parameters_nested_too_deeply_are_one_named_problem(script: Script) -> None:
    with pytest.raises(ValidationError) as caught:
        ACTIONS["customers.create"].run(
            make_client(script), {"email": "a@b.co", "metadata": deeply_nested(2000)}
        )

    assert [(p.path, p.message) for p in caught.value.problems] == [
        ("$.metadata", "is nested too deeply (more than 32 levels)")
    ]
    assert script.requests == []


def test_free_form_params_nested_too_deeply_name_their_parameter(
    script: Script,
) -> None:
    loop: dict[str, Any] = {}
    loop["again"] = loop
    params = {"method": "POST", "path": "/v1/customers", "params": {"x": loop}}

    with pytest.raises(ValidationError) as caught:
        ACTIONS["api.request"].run(make_client(script), params)

    assert [(p.path, p.message) for p in caught.value.problems] == [
        ("$.params", "is nested too deeply (more than 32 levels)")
    ]
    assert script.requests == []


@pytest.mark.parametrize(
    "path", ["/v1/../../admin", "/v1/customers/./cus_1", "v1/balance", "/v1/a b"]
)
def test_generic_request_path_rule_is_said_in_words(script: Script, path: str) -> None:
    with pytest.raises(ValidationError) as caught:
        ACTIONS["api.request"].run(make_client(script), {"method": "GET", "path": path})

    assert [(p.path, p.message) for p in caught.value.problems] == [
        (
            "$.path",
            "must be a path under /v1/ without '.' or '..' segments "
            f'(letters, digits and _ - . / only); got "{path}"',
        )
    ]
    assert script.requests == []


@pytest.mark.parametrize(
    ("schema", "value", "message"),
    [
        (
            {"pattern": "^[a-z]+$"},
            "A1",
            'must match the pattern ^[a-z]+$; got "A1"',
        ),
        (
            {"not": {"pattern": "secret"}},
            "my secret",
            'must not match the pattern secret; got "my secret"',
        ),
        ({"not": {"enum": ["x"]}}, "x", 'must not be "x"'),
        ({"not": {"type": "string"}}, "x", 'must not be a string ("x")'),
        ({"not": {"minimum": 3}}, 5, "is not allowed here; got an integer (5)"),
    ],
    ids=["pattern", "not-pattern", "not-enum", "not-type", "not-other"],
)
def test_pattern_and_not_failures_read_as_sentences(
    schema: dict[str, Any], value: Any, message: str
) -> None:
    validator = InputValidator(
        {
            "type": "object",
            "properties": {"field": {"type": ["string", "integer"], **schema}},
        }
    )

    assert validator.problems({"field": value}) == [Problem("$.field", message)]
