"""Errors: cases C13-C14, the status mapping and local validation problems."""

from __future__ import annotations

import builtins

import httpx
import pytest

from stripe_actions._base import (
    APIError,
    AuthenticationError,
    CardError,
    IdempotencyError,
    InvalidRequestError,
    PermissionError,
    Problem,
    RateLimitError,
    StripeError,
    ValidationError,
)
from stripe_actions._base import errors as errors_module
from stripe_actions._base.errors import error_from_response

from .support import Script, error_response, json_response, make_client

HTML = "<html><body>502 Bad Gateway</body></html>"


def test_c13_html_error_body_after_retries_raises_api_error_with_raw_body() -> None:
    def bad_gateway() -> httpx.Response:
        headers = {"Content-Type": "text/html"}
        return httpx.Response(502, headers=headers, content=HTML.encode())

    script = Script(bad_gateway(), bad_gateway(), bad_gateway())
    client = make_client(script, max_retries=2)

    with pytest.raises(APIError) as caught:
        client.request("GET", "/v1/charges/ch_1")

    error = caught.value
    assert len(script.requests) == 3
    assert error.http_status == 502
    assert error.body == HTML
    assert error.json_body is None
    assert "502" in error.message
    assert "Bad Gateway" in error.message


@pytest.mark.parametrize(
    "body",
    ['{"error": "not an object"}', "[1, 2]", "", '{"error": {"type": 7}}'],
    ids=["error-is-a-string", "json-array", "empty", "type-not-a-string"],
)
def test_c13_odd_error_bodies_never_raise_decoding_errors(body: str) -> None:
    error = error_from_response(400, {"request-id": "req_1"}, body)

    assert isinstance(error, InvalidRequestError)
    assert error.http_status == 400
    assert error.body == body
    assert error.request_id == "req_1"
    assert error.type is None


def test_c13_success_status_with_a_body_that_is_not_json_is_an_api_error() -> None:
    script = Script(httpx.Response(200, content=b"<html>maintenance</html>"))
    client = make_client(script)

    with pytest.raises(APIError) as caught:
        client.request("GET", "/v1/charges/ch_1")

    assert caught.value.http_status == 200
    assert caught.value.body == "<html>maintenance</html>"


def test_c14_idempotency_error_type_maps_to_idempotency_error() -> None:
    body = '{"error":{"type":"idempotency_error","message":"m"}}'

    error = error_from_response(400, {}, body)

    assert type(error) is IdempotencyError
    assert error.message == "m"
    assert error.type == "idempotency_error"


def test_c14_unknown_type_falls_back_by_status_and_keeps_the_type() -> None:
    body = '{"error":{"type":"future_type","message":"m"}}'

    error = error_from_response(400, {}, body)

    assert type(error) is InvalidRequestError
    assert error.type == "future_type"
    assert error.message == "m"


@pytest.mark.parametrize(
    ("status", "error_class"),
    [
        (400, InvalidRequestError),
        (401, AuthenticationError),
        (402, CardError),
        (403, PermissionError),
        (404, InvalidRequestError),
        (409, APIError),
        (429, RateLimitError),
        (500, APIError),
        (418, APIError),
    ],
)
def test_status_decides_the_error_class(
    status: int, error_class: type[StripeError]
) -> None:
    error = error_from_response(status, {}, '{"error":{"type":"x","message":"m"}}')

    assert type(error) is error_class


def test_rate_limit_code_on_a_400_is_a_rate_limit_error() -> None:
    body = '{"error":{"type":"invalid_request_error","code":"rate_limit"}}'

    assert type(error_from_response(400, {}, body)) is RateLimitError


def test_card_error_carries_every_field_stripe_sends() -> None:
    details = {
        "type": "card_error",
        "code": "card_declined",
        "decline_code": "insufficient_funds",
        "param": "source",
        "message": "Your card has insufficient funds.",
        "doc_url": "https://stripe.com/docs/error-codes/card-declined",
    }
    script = Script(error_response(402, details, headers={"Request-Id": "req_42"}))
    client = make_client(script)

    with pytest.raises(CardError) as caught:
        client.request("POST", "/v1/charges", {"amount": 100})

    error = caught.value
    assert error.message == details["message"]
    assert error.type == "card_error"
    assert error.code == "card_declined"
    assert error.decline_code == "insufficient_funds"
    assert error.param == "source"
    assert error.doc_url == details["doc_url"]
    assert error.http_status == 402
    assert error.request_id == "req_42"
    assert error.headers["request-id"] == "req_42"
    assert error.json_body == {"error": details}
    assert '"decline_code": "insufficient_funds"' in (error.body or "")
    assert str(error) == f"{details['message']} (request req_42)"
    assert "CardError" in repr(error)


def test_error_without_a_message_still_says_something() -> None:
    error = error_from_response(500, {}, '{"error":{"type":"api_error"}}')

    assert "500" in str(error)


def test_every_error_is_a_stripe_error_and_permission_error_is_not_the_builtin() -> (
    None
):
    for name in errors_module.__all__:
        error_class = getattr(errors_module, name)
        if isinstance(error_class, type) and issubclass(error_class, Exception):
            assert issubclass(error_class, StripeError), name

    assert not issubclass(PermissionError, builtins.PermissionError)


def test_the_hierarchy_is_drawn_in_the_module_docstring() -> None:
    doc = errors_module.__doc__ or ""

    for name in errors_module.__all__:
        if name.endswith("Error"):
            assert name in doc, name


def test_validation_error_lists_every_problem() -> None:
    error = ValidationError(
        [
            Problem("$.items[0].price", "is required"),
            Problem("$.limit", "must be between 1 and 100"),
        ]
    )

    assert isinstance(error, ValueError)
    assert isinstance(error, StripeError)
    assert error.param == "items[0][price]"
    assert "$.items[0].price: is required" in str(error)
    assert "$.limit: must be between 1 and 100" in str(error)
    assert error.http_status is None


@pytest.mark.parametrize(
    ("path", "param"),
    [
        ("$.limit", "limit"),
        ("$.items[0].price", "items[0][price]"),
        ("$.metadata.order", "metadata[order]"),
        ("$.a[1][2]", "a[1][2]"),
        ("$", ""),
    ],
)
def test_problem_param_is_stripes_bracket_form(path: str, param: str) -> None:
    assert Problem(path, "x").param == param


def test_validation_error_needs_a_problem() -> None:
    with pytest.raises(ValueError):
        ValidationError([])


def test_successful_json_that_is_not_an_object_is_an_api_error() -> None:
    script = Script(json_response(200, [1, 2]))
    client = make_client(script)

    with pytest.raises(APIError):
        client.request("GET", "/v1/charges/ch_1")


@pytest.mark.parametrize(
    ("status", "body", "error_class"),
    [
        (500, '{"foo":1}', APIError),
        (400, '{"error":"boom"}', InvalidRequestError),
        (502, "[1, 2]", APIError),
        (503, "null", APIError),
    ],
    ids=["object-without-error", "error-is-a-string", "array", "null"],
)
def test_json_without_stripes_error_object_says_so_and_keeps_everything(
    status: int, body: str, error_class: type[StripeError]
) -> None:
    script = Script(
        httpx.Response(status, headers={"Request-Id": "req_odd"}, content=body.encode())
    )

    with pytest.raises(error_class) as caught:
        make_client(script, max_retries=0).request("GET", "/v1/charges/ch_1")

    error = caught.value
    assert error.message == (
        f"Stripe returned HTTP {status}, an error response without Stripe's "
        f"error object: {body}"
    )
    assert str(error) == f"{error.message} (request req_odd)"
    assert error.http_status == status
    assert error.request_id == "req_odd"
    assert error.body == body
    assert len(script.requests) == 1


def test_a_body_that_is_not_json_is_still_called_that() -> None:
    error = error_from_response(502, {}, HTML)

    assert (
        error.message
        == f"Stripe returned HTTP 502 with a body that is not JSON: {HTML}"
    )


@pytest.mark.parametrize("status", [200, 500])
def test_a_reply_nested_too_deeply_to_decode_is_an_api_error(status: int) -> None:
    body = "[" * 100_000 + "]" * 100_000
    script = Script(httpx.Response(status, content=body.encode()))

    with pytest.raises(APIError) as caught:
        make_client(script, max_retries=0).request("GET", "/v1/charges/ch_1")

    assert caught.value.http_status == status
    assert caught.value.body == body
