"""Stripe's form encoding: cases C01-C07 and the rules around them."""

from __future__ import annotations

import datetime
import doctest
import enum
from decimal import Decimal
from typing import Any

import httpx
import pytest

from stripe_actions._base import (
    ValidationError,
    encode_params,
    encoding,
    errors,
    quote_path_param,
)
from stripe_actions._base.encoding import encode_scalar, form_urlencode

from .support import Script, json_response, make_client, sent_pairs


def test_c01_lists_of_objects_get_integer_indexes() -> None:
    params = {"items": [{"price": "price_A", "quantity": 2}, {"price": "price_B"}]}

    pairs = encode_params(params)

    assert pairs == [
        ("items[0][price]", "price_A"),
        ("items[0][quantity]", "2"),
        ("items[1][price]", "price_B"),
    ]


def test_c01_on_the_wire_for_create_subscription() -> None:
    script = Script(json_response())
    client = make_client(script)
    items = [{"price": "price_A", "quantity": 2}, {"price": "price_B"}]

    client.request("POST", "/v1/subscriptions", {"customer": "cus_X", "items": items})

    body = script.last.content.decode()
    assert (
        "items[0][price]=price_A&items[0][quantity]=2&items[1][price]=price_B" in body
    )
    assert "items[][" not in body


def test_c02_arrays_in_a_get_query_are_indexed() -> None:
    script = Script(json_response())
    client = make_client(script)
    expand = ["default_source", "invoice_settings.default_payment_method"]

    client.request("GET", "/v1/customers/cus_X", {"expand": expand})

    assert sent_pairs(script.last) == [
        ("expand[0]", "default_source"),
        ("expand[1]", "invoice_settings.default_payment_method"),
    ]
    assert script.last.url.path == "/v1/customers/cus_X"


def test_c03_request_options_are_not_params() -> None:
    script = Script(json_response())
    client = make_client(script)

    client.request(
        "GET",
        "/v1/customers/cus_X",
        {"expand": ["subscriptions"]},
        stripe_account="acct_X",
    )

    request = script.last
    assert sent_pairs(request) == [("expand[0]", "subscriptions")]
    assert request.headers["Stripe-Account"] == "acct_X"
    assert set(request.headers) == {
        "host",
        "accept",
        "accept-encoding",
        "connection",
        "user-agent",
        "authorization",
        "stripe-account",
    }


def test_c04_unsetting_one_metadata_key() -> None:
    assert encode_params({"metadata": {"order": ""}}) == [("metadata[order]", "")]


def test_c04_unsetting_all_metadata() -> None:
    assert encode_params({"metadata": ""}) == [("metadata", "")]


def test_c04_none_inside_metadata_is_dropped_like_the_official_sdk() -> None:
    # Policy: None means "not given" at every depth; "" is how to unset.
    params = {"metadata": {"order": None, "keep": "1"}}

    assert encode_params(params) == [("metadata[keep]", "1")]


def test_c05_empty_list_at_an_emptyable_path_clears_it() -> None:
    pairs = encode_params({"default_tax_rates": []}, emptyable=["default_tax_rates"])

    assert pairs == [("default_tax_rates", "")]


def test_c05_empty_list_nested_in_list_items() -> None:
    params = {"items": [{"price": "p", "tax_rates": []}, {"price": "q"}]}

    pairs = encode_params(params, emptyable=["items.*.tax_rates"])

    assert pairs == [
        ("items[0][price]", "p"),
        ("items[0][tax_rates]", ""),
        ("items[1][price]", "q"),
    ]


def test_c05_empty_list_elsewhere_is_omitted() -> None:
    pairs = encode_params({"expand": [], "email": "a@b.c"}, emptyable=["other"])

    assert pairs == [("email", "a@b.c")]


def test_c05_a_non_empty_list_at_an_emptyable_path_is_sent_normally() -> None:
    pairs = encode_params(
        {"default_tax_rates": ["txr_1"]}, emptyable=["default_tax_rates"]
    )

    assert pairs == [("default_tax_rates[0]", "txr_1")]


def test_c05_malformed_emptyable_paths_are_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        encode_params({"a": []}, emptyable=["items..tax_rates"])

    assert caught.value.problems[0].path == "$.emptyable"


def test_c06_booleans_are_lower_case() -> None:
    pairs = encode_params({"auto_advance": False, "shippable": True})

    assert pairs == [("auto_advance", "false"), ("shippable", "true")]


@pytest.mark.parametrize(
    ("value", "wire"),
    [
        pytest.param(1003800, "1003800", id="int"),
        pytest.param(1003800.0, "1003800", id="integral-float-becomes-int"),
        pytest.param(1.0038e6, "1003800", id="float-written-with-exponent"),
        pytest.param(Decimal("4995.00"), "4995", id="integral-decimal-becomes-int"),
        pytest.param(Decimal("1E+2"), "100", id="decimal-with-exponent"),
        pytest.param(Decimal("12.5"), "12.5", id="decimal-fraction"),
        pytest.param(Decimal("1.5E-7"), "0.00000015", id="small-decimal-plain-digits"),
        pytest.param(0.1, "0.1", id="float-fraction"),
        pytest.param(1e-7, "0.0000001", id="small-float-plain-digits"),
        pytest.param(1e22, "10000000000000000000000", id="huge-float-plain-digits"),
        pytest.param(-0.0, "0", id="negative-zero"),
    ],
)
def test_c07_numbers_never_use_an_exponent(value: Any, wire: str) -> None:
    assert encode_params({"amount": value}) == [("amount", wire)]


def test_c07_unit_amount_decimal_sends_plain_digits() -> None:
    pairs = encode_params({"unit_amount_decimal": Decimal("0.0000012345")})

    assert pairs == [("unit_amount_decimal", "0.0000012345")]


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        pytest.param(True, "must be an integer, not a boolean (True)", id="bool"),
        pytest.param(10.5, "must be an integer, not 10.5", id="fractional-float"),
        pytest.param(
            Decimal("4995.5"), "must be an integer, not 4995.5", id="fractional-decimal"
        ),
    ],
)
def test_c07_non_integers_at_an_integer_path_are_refused(
    value: Any, reason: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        encode_params(
            {"items": [{"price": "p", "quantity": value}]},
            integers=("items.*.quantity",),
        )

    assert caught.value.param == "items[0][quantity]"
    assert [(p.path, p.message) for p in caught.value.problems] == [
        ("$.items[0].quantity", reason)
    ]


def test_c07_integer_rules_reach_into_free_form_hashes() -> None:
    rule = ("currency_options.*.unit_amount",)

    with pytest.raises(ValidationError) as caught:
        encode_params(
            {"currency_options": {"eur": {"unit_amount": 9.5}}}, integers=rule
        )
    pairs = encode_params(
        {"currency_options": {"eur": {"unit_amount": 950.0}}}, integers=rule
    )

    assert caught.value.param == "currency_options[eur][unit_amount]"
    assert pairs == [("currency_options[eur][unit_amount]", "950")]


def test_c05_emptyable_rules_reach_into_free_form_hashes() -> None:
    pairs = encode_params(
        {"currency_options": {"eur": {"tiers": []}}},
        emptyable=("currency_options.*.tiers",),
    )

    assert pairs == [("currency_options[eur][tiers]", "")]


@pytest.mark.parametrize(
    ("value", "wire"),
    [(1003800.0, "1003800"), (Decimal("4995.00"), "4995"), (7, "7")],
)
def test_c07_integral_numbers_at_an_integer_path_are_sent_as_integers(
    value: Any, wire: str
) -> None:
    assert encode_params({"amount": value}, integers=("amount",)) == [("amount", wire)]


def test_c07_generated_methods_refuse_a_float_amount_before_sending() -> None:
    from stripe_actions import StripeClient

    script = Script(json_response(body={"id": "price_1"}))
    client = StripeClient(
        "sk_test_123", http_client=httpx.Client(transport=httpx.MockTransport(script))
    )

    with pytest.raises(ValidationError) as caught:
        client.prices.create(currency="usd", product="prod_1", unit_amount=10.5)

    assert caught.value.param == "unit_amount"
    assert script.requests == []


@pytest.mark.parametrize("value", [float("nan"), float("inf"), Decimal("NaN")])
def test_non_finite_numbers_are_refused_locally(value: Any) -> None:
    with pytest.raises(ValidationError) as caught:
        encode_params({"amount": value})

    assert caught.value.param == "amount"


def test_datetimes_are_epoch_seconds() -> None:
    moment = datetime.datetime(2024, 1, 2, 3, 4, 5, 999, tzinfo=datetime.timezone.utc)

    assert encode_params({"created": {"gte": moment}}) == [
        ("created[gte]", "1704164645")
    ]


def test_naive_datetimes_are_local_time_like_the_official_sdk() -> None:
    moment = datetime.datetime(2024, 1, 2, 3, 4, 5)

    assert encode_scalar(moment) == str(int(moment.timestamp()))


def test_enum_members_are_sent_as_their_values() -> None:
    class Interval(enum.Enum):
        MONTH = "month"

    class Quantity(enum.IntEnum):
        TWO = 2

    pairs = encode_params({"interval": Interval.MONTH, "quantity": Quantity.TWO})

    assert pairs == [("interval", "month"), ("quantity", "2")]


def test_docstring_examples_hold() -> None:
    for module in (encoding, errors):
        assert doctest.testmod(module).failed == 0, module.__name__


def test_none_is_dropped_and_empty_string_is_sent() -> None:
    pairs = encode_params({"description": None, "email": "", "name": "n"})

    assert pairs == [("email", ""), ("name", "n")]


def test_two_level_nesting_and_lists_of_lists() -> None:
    params = {
        "a": {"b": {"c": 1}},
        "rows": [[1, 2], ["x"]],
        "line_items": [{"price_data": {"recurring": {"interval": "month"}}}],
    }

    assert encode_params(params) == [
        ("a[b][c]", "1"),
        ("rows[0][0]", "1"),
        ("rows[0][1]", "2"),
        ("rows[1][0]", "x"),
        ("line_items[0][price_data][recurring][interval]", "month"),
    ]


def test_tuples_are_lists_and_empty_mappings_are_omitted() -> None:
    assert encode_params({"expand": ("a", "b"), "metadata": {}}) == [
        ("expand[0]", "a"),
        ("expand[1]", "b"),
    ]


def test_every_unsendable_value_is_reported_with_its_path() -> None:
    params = {"items": [{"price": object()}, None], "when": datetime.date(2024, 1, 1)}

    with pytest.raises(ValidationError) as caught:
        encode_params(params)

    paths = [problem.path for problem in caught.value.problems]
    assert paths == ["$.items[0].price", "$.items[1]", "$.when"]
    assert caught.value.param == "items[0][price]"
    assert "$.when" in str(caught.value)


def test_form_urlencode_keeps_brackets_readable_and_escapes_values() -> None:
    pairs = [("metadata[note]", "a&b=c d"), ("expand[0]", "x.y")]

    assert form_urlencode(pairs) == "metadata[note]=a%26b%3Dc+d&expand[0]=x.y"


@pytest.mark.parametrize(
    ("value", "quoted"),
    [
        ("cus_123", "cus_123"),
        ("a/b", "a%2Fb"),
        ("a b?c#d", "a%20b%3Fc%23d"),
    ],
)
def test_quote_path_param_quotes_everything_unsafe(value: str, quoted: str) -> None:
    assert quote_path_param(value, "customer") == quoted


@pytest.mark.parametrize("value", ["", "   ", None, 12, ".", ".."])
def test_quote_path_param_refuses_what_is_not_an_id(value: Any) -> None:
    with pytest.raises(ValidationError) as caught:
        quote_path_param(value, "customer")

    assert caught.value.param == "customer"
    assert caught.value.problems[0].path == "$.customer"


# Integer paths refuse strings that are not integers.


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        pytest.param("ten", 'must be an integer, not a string ("ten")', id="word"),
        pytest.param(
            "10.5", 'must be an integer, not a string ("10.5")', id="fraction"
        ),
        pytest.param("1e3", 'must be an integer, not a string ("1e3")', id="exponent"),
        pytest.param(" 10", 'must be an integer, not a string (" 10")', id="space"),
        pytest.param("+5", 'must be an integer, not a string ("+5")', id="plus"),
        pytest.param("١٠", 'must be an integer, not a string ("١٠")', id="non-ascii"),
    ],
)
def test_strings_that_are_not_integers_are_refused_at_an_integer_path(
    value: str, reason: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        encode_params(
            {"items": [{"price": "p", "quantity": value}]},
            integers=("items.*.quantity",),
        )

    assert [(p.path, p.message) for p in caught.value.problems] == [
        ("$.items[0].quantity", reason)
    ]


def test_a_long_refused_string_is_quoted_short() -> None:
    with pytest.raises(ValidationError) as caught:
        encode_params({"amount": "x" * 100}, integers=("amount",))

    assert caught.value.problems[0].message == (
        f'must be an integer, not a string ("{"x" * 40}...")'
    )


@pytest.mark.parametrize("value", ["1000", "-500", "0", "007"])
def test_digit_strings_pass_at_an_integer_path(value: str) -> None:
    assert encode_params({"amount": value}, integers=("amount",)) == [("amount", value)]


@pytest.mark.parametrize(
    ("params", "rule", "pair"),
    [
        ({"trial_end": "now"}, "trial_end", ("trial_end", "now")),
        (
            {"billing_cycle_anchor": "unchanged"},
            "billing_cycle_anchor",
            ("billing_cycle_anchor", "unchanged"),
        ),
        ({"tiers": [{"up_to": "inf"}]}, "tiers.*.up_to", ("tiers[0][up_to]", "inf")),
        ({"cancel_at": ""}, "cancel_at", ("cancel_at", "")),
    ],
)
def test_words_stripe_takes_in_place_of_an_integer_pass(
    params: dict[str, Any], rule: str, pair: tuple[str, str]
) -> None:
    assert encode_params(params, integers=(rule,)) == [pair]


def test_a_string_enum_member_at_an_integer_path_is_judged_by_its_value() -> None:
    class Anchor(enum.Enum):
        NOW = "now"
        TEN = "ten"

    assert encode_params({"a": Anchor.NOW}, integers=("a",)) == [("a", "now")]
    with pytest.raises(ValidationError):
        encode_params({"a": Anchor.TEN}, integers=("a",))


def test_integer_words_cover_every_word_the_shipped_schemas_allow() -> None:
    """A new word in the spec must reach INTEGER_WORDS, or it would be refused."""
    registry = pytest.importorskip("stripe_actions.actions")
    words: set[str] = set()

    def walk(schema: Any) -> None:
        if isinstance(schema, dict):
            branches = schema.get("anyOf") or []
            if any(b.get("type") == "integer" for b in branches if isinstance(b, dict)):
                for branch in branches:
                    words.update(v for v in branch.get("enum") or [] if v is not None)
            for value in schema.values():
                walk(value)
        elif isinstance(schema, list):
            for value in schema:
                walk(value)

    for action in registry.ACTIONS.values():
        walk(dict(action.input_schema))

    assert "inf" in words
    assert words <= encoding.INTEGER_WORDS


def test_generated_methods_refuse_a_word_for_an_amount_before_sending() -> None:
    from stripe_actions import StripeClient

    script = Script(json_response(body={"id": "ch_1"}))
    client = StripeClient(
        "sk_test_123", http_client=httpx.Client(transport=httpx.MockTransport(script))
    )

    with pytest.raises(ValidationError) as caught:
        client.charges.create(amount="ten", currency="usd")  # type: ignore[arg-type]

    assert str(caught.value) == (
        'Invalid parameters: $.amount: must be an integer, not a string ("ten")'
    )
    assert script.requests == []


# Nesting depth.


def nested(levels: int, leaf: Any = "x") -> Any:
    """``{"a": {"a": ... leaf}}``, ``levels`` mappings deep."""
    value = leaf
    for _ in range(levels):
        value = {"a": value}
    return value


def test_parameters_nested_too_deeply_are_a_named_error_not_a_recursion_error() -> None:
    with pytest.raises(ValidationError) as caught:
        encode_params({"email": "a@b.c", "metadata": nested(2000)})

    assert [(p.path, p.message) for p in caught.value.problems] == [
        ("$.metadata", "is nested too deeply (more than 32 levels)")
    ]


def test_a_value_that_contains_itself_is_nested_too_deeply() -> None:
    loop: dict[str, Any] = {}
    loop["a"] = loop
    loop["b"] = [loop]

    with pytest.raises(ValidationError) as caught:
        encode_params({"metadata": loop})

    assert caught.value.param == "metadata"


def test_nesting_up_to_the_limit_is_sent() -> None:
    # A top-level parameter is level 1, so 31 mappings below it make 32 levels.
    pairs = encode_params({"a": nested(encoding.MAX_NESTING - 1)})

    assert pairs == [("a" + "[a]" * (encoding.MAX_NESTING - 1), "x")]
    with pytest.raises(ValidationError):
        encode_params({"a": nested(encoding.MAX_NESTING)})


def test_a_deep_parameter_sends_nothing_through_the_client() -> None:
    script = Script()

    with pytest.raises(ValidationError) as caught:
        make_client(script).request("POST", "/v1/customers", {"metadata": nested(2000)})

    assert caught.value.param == "metadata"
    assert script.requests == []
