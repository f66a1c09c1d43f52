"""Retries and idempotency: cases C10-C12 and the policy in retry.py."""

from __future__ import annotations

import ssl
import uuid

import httpx
import pytest

from stripe_actions._base import (
    APIConnectionError,
    APIError,
    AuthenticationError,
    CardError,
    IdempotencyError,
    InvalidRequestError,
    PermissionError,
    RateLimitError,
    RetryPolicy,
    StripeError,
)
from stripe_actions._base.retry import MAX_RETRY_AFTER, exception_is_retryable

from .support import Script, error_response, json_response, make_client, sent_pairs

CHARGE = {"amount": 2000, "currency": "usd", "source": "tok_visa"}


def keys_sent(script: Script) -> list[str | None]:
    return [request.headers.get("Idempotency-Key") for request in script.requests]


def tls_failure() -> httpx.ConnectError:
    """What httpx raises when the server's certificate does not verify."""
    error = httpx.ConnectError("[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify")
    error.__cause__ = ssl.SSLCertVerificationError(1, "certificate verify failed")
    return error


# C10 the idempotency key survives retries


def test_c10_callers_key_is_sent_on_every_attempt_with_identical_bodies() -> None:
    script = Script(httpx.ReadTimeout("read timed out"), json_response())
    sleeps: list[float] = []
    client = make_client(script, sleeps, max_retries=2)

    result = client.request("POST", "/v1/charges", CHARGE, idempotency_key="key-123")

    assert result == {"id": "obj_1"}
    assert len(script.requests) == 2
    assert keys_sent(script) == ["key-123", "key-123"]
    assert script.requests[0].content == script.requests[1].content
    assert sent_pairs(script.requests[0]) == [
        ("amount", "2000"),
        ("currency", "usd"),
        ("source", "tok_visa"),
    ]
    assert sleeps == [0.5]


def test_c10_without_a_key_one_uuid4_is_made_and_reused() -> None:
    script = Script(
        httpx.ReadTimeout("read timed out"), error_response(500), json_response()
    )
    client = make_client(script, max_retries=2)

    client.request("POST", "/v1/charges", CHARGE)

    keys = keys_sent(script)
    assert len(keys) == 3
    assert keys[0] is not None
    assert keys == [keys[0]] * 3
    assert uuid.UUID(keys[0]).version == 4


def test_c10_each_call_gets_its_own_key() -> None:
    script = Script(json_response(), json_response())
    client = make_client(script)

    client.request("POST", "/v1/customers", {})
    client.request("POST", "/v1/customers", {})

    first, second = keys_sent(script)
    assert first != second


def test_get_requests_carry_no_idempotency_key_unless_given() -> None:
    script = Script(json_response(), json_response())
    client = make_client(script)

    client.request("GET", "/v1/customers/cus_1")
    client.request("DELETE", "/v1/customers/cus_1", idempotency_key="del-1")

    assert keys_sent(script) == [None, "del-1"]


# C11 which responses are retried


def test_c11_409_idempotency_key_in_use_is_retried_with_the_same_key() -> None:
    conflict = error_response(
        409, {"type": "idempotency_error", "code": "idempotency_key_in_use"}
    )
    script = Script(conflict, json_response())
    sleeps: list[float] = []
    client = make_client(script, sleeps)

    client.request("POST", "/v1/charges", CHARGE, idempotency_key="key-409")

    assert keys_sent(script) == ["key-409", "key-409"]
    assert sleeps == [0.5]


def test_c11_429_with_should_retry_true_is_retried() -> None:
    limited = error_response(429, headers={"Stripe-Should-Retry": "true"})
    script = Script(limited, json_response())
    client = make_client(script)

    assert client.request("GET", "/v1/charges/ch_1") == {"id": "obj_1"}
    assert len(script.requests) == 2


def test_c11_429_without_the_header_is_retried_with_backoff() -> None:
    script = Script(error_response(429), error_response(429), json_response())
    sleeps: list[float] = []
    client = make_client(script, sleeps, max_retries=2)

    client.request("GET", "/v1/charges/ch_1")

    assert len(script.requests) == 3
    assert sleeps[0] == 0.5
    assert 0.5 <= sleeps[1] <= 1.0


def test_c11_429_out_of_retries_raises_rate_limit_error() -> None:
    script = Script(error_response(429), error_response(429), error_response(429))
    client = make_client(script, max_retries=2)

    with pytest.raises(RateLimitError) as caught:
        client.request("GET", "/v1/charges/ch_1")

    assert caught.value.http_status == 429
    assert len(script.requests) == 3


@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_c11_server_errors_are_retried_post_included(status: int) -> None:
    script = Script(error_response(status), json_response())
    client = make_client(script)

    client.request("POST", "/v1/charges", CHARGE, idempotency_key="key-5xx")

    assert len(script.requests) == 2
    assert keys_sent(script) == ["key-5xx", "key-5xx"]


@pytest.mark.parametrize("status", [409, 429, 500, 502, 503])
def test_c11_should_retry_false_always_wins(status: int) -> None:
    refused = error_response(status, headers={"Stripe-Should-Retry": "false"})
    script = Script(refused)
    sleeps: list[float] = []
    client = make_client(script, sleeps)

    with pytest.raises(StripeError) as caught:
        client.request("POST", "/v1/charges", CHARGE)

    assert caught.value.http_status == status
    assert len(script.requests) == 1
    assert sleeps == []


@pytest.mark.parametrize(
    ("status", "error_class"),
    [
        (400, InvalidRequestError),
        (401, AuthenticationError),
        (402, CardError),
        (403, PermissionError),
        (404, InvalidRequestError),
    ],
)
def test_c11_client_errors_are_never_retried(
    status: int, error_class: type[StripeError]
) -> None:
    script = Script(error_response(status, {"type": "x", "message": "no"}))
    sleeps: list[float] = []
    client = make_client(script, sleeps, max_retries=5)

    with pytest.raises(error_class):
        client.request("POST", "/v1/charges", CHARGE)

    assert len(script.requests) == 1
    assert sleeps == []


def test_c11_retry_after_is_honoured() -> None:
    script = Script(error_response(429, headers={"Retry-After": "3"}), json_response())
    sleeps: list[float] = []
    client = make_client(script, sleeps)

    client.request("GET", "/v1/charges/ch_1")

    assert sleeps == [3.0]


def test_c11_large_retry_after_is_capped() -> None:
    script = Script(
        error_response(503, headers={"Retry-After": "86400"}), json_response()
    )
    sleeps: list[float] = []
    client = make_client(script, sleeps)

    client.request("GET", "/v1/charges/ch_1")

    assert sleeps == [MAX_RETRY_AFTER] == [60.0]


def test_c11_retry_after_shorter_than_backoff_does_not_shorten_it() -> None:
    script = Script(error_response(503, headers={"Retry-After": "0"}), json_response())
    sleeps: list[float] = []
    client = make_client(script, sleeps)

    client.request("GET", "/v1/charges/ch_1")

    assert sleeps == [0.5]


def test_c11_retry_after_as_an_http_date() -> None:
    policy = RetryPolicy(jitter=lambda: 0.0, clock=lambda: 1_700_000_000.0)
    headers = {"retry-after": "Tue, 14 Nov 2023 22:13:30 GMT"}  # clock + 10 s

    assert policy.delay_after_response(0, 503, headers) == 10.0


@pytest.mark.parametrize("value", ["soon", "", "nan", "-5"])
def test_c11_unreadable_or_negative_retry_after_falls_back_to_backoff(
    value: str,
) -> None:
    policy = RetryPolicy(jitter=lambda: 0.0)

    assert policy.delay_after_response(0, 503, {"retry-after": value}) == 0.5


@pytest.mark.parametrize(
    ("retry_number", "jitter", "expected"),
    [
        (1, 0.0, 0.5),
        (1, 0.999, 0.5),
        (2, 0.0, 0.5),
        (2, 1.0, 1.0),
        (3, 0.5, 1.5),
        (4, 1.0, 4.0),
        (5, 1.0, 5.0),
        (9, 1.0, 5.0),
        (9, 0.0, 2.5),
    ],
)
def test_c11_backoff_formula_with_jitter_and_floor(
    retry_number: int, jitter: float, expected: float
) -> None:
    policy = RetryPolicy(jitter=lambda: jitter)

    assert policy.backoff(retry_number) == pytest.approx(expected)


def test_c11_real_jitter_stays_within_bounds() -> None:
    policy = RetryPolicy()

    for retry_number in range(1, 8):
        ceiling = min(0.5 * 2 ** (retry_number - 1), 5)
        for _ in range(50):
            delay = policy.backoff(retry_number)
            assert max(0.5, ceiling / 2) <= delay <= ceiling


def test_c11_should_retry_true_overrides_the_status_list() -> None:
    # Stripe's own verdict wins both ways: it knows when a retry is safe.
    policy = RetryPolicy(jitter=lambda: 0.0)

    assert policy.delay_after_response(0, 400, {"stripe-should-retry": "true"}) == 0.5
    assert policy.delay_after_response(0, 400, {}) is None


# C12 retry budget


def test_c12_one_retry_after_a_connect_timeout_succeeds() -> None:
    script = Script(httpx.ConnectTimeout("connect timed out"), json_response())
    sleeps: list[float] = []
    client = make_client(script, sleeps, max_retries=1)

    assert client.request("GET", "/v1/customers/cus_1") == {"id": "obj_1"}
    assert len(script.requests) == 2
    assert sleeps == [0.5]


def test_c12_no_retries_means_exactly_one_attempt() -> None:
    script = Script(error_response(503))
    sleeps: list[float] = []
    client = make_client(script, sleeps, max_retries=0)

    with pytest.raises(APIError) as caught:
        client.request("POST", "/v1/charges", CHARGE)

    assert caught.value.http_status == 503
    assert len(script.requests) == 1
    assert sleeps == []


@pytest.mark.parametrize(
    "failure",
    [
        httpx.ConnectTimeout("connect timed out"),
        httpx.ReadTimeout("read timed out"),
        httpx.WriteTimeout("write timed out"),
        httpx.PoolTimeout("pool timed out"),
        httpx.ConnectError("connection refused"),
        httpx.ReadError("connection reset"),
        httpx.RemoteProtocolError("server disconnected"),
    ],
    ids=lambda failure: type(failure).__name__,
)
def test_c12_network_failures_surface_wrapped_once_retries_run_out(
    failure: httpx.HTTPError,
) -> None:
    script = Script(failure, failure, failure)
    sleeps: list[float] = []
    client = make_client(script, sleeps, max_retries=2)

    with pytest.raises(APIConnectionError) as caught:
        client.request("POST", "/v1/charges", CHARGE)

    assert caught.value.__cause__ is failure
    assert type(failure).__name__ in str(caught.value)
    assert not isinstance(caught.value, httpx.HTTPError)
    assert len(script.requests) == 3
    assert len(sleeps) == 2


def test_c12_tls_certificate_failure_is_not_retried() -> None:
    failure = tls_failure()
    script = Script(failure, json_response())
    sleeps: list[float] = []
    client = make_client(script, sleeps, max_retries=2)

    with pytest.raises(APIConnectionError) as caught:
        client.request("GET", "/v1/customers/cus_1")

    assert caught.value.__cause__ is failure
    assert len(script.requests) == 1
    assert sleeps == []


def test_c12_tls_failure_deep_in_the_cause_chain_is_recognised() -> None:
    inner = httpx.ConnectError("wrapped")
    inner.__context__ = ssl.SSLError("handshake failure")
    outer = httpx.ConnectError("outer")
    outer.__cause__ = inner

    assert exception_is_retryable(outer) is False
    assert exception_is_retryable(httpx.ConnectError("refused")) is True


@pytest.mark.parametrize(
    "failure",
    [
        httpx.UnsupportedProtocol("no such scheme"),
        httpx.LocalProtocolError("bad header"),
        httpx.DecodingError("bad gzip"),
    ],
    ids=lambda failure: type(failure).__name__,
)
def test_c12_errors_of_our_own_making_are_wrapped_but_not_retried(
    failure: httpx.HTTPError,
) -> None:
    script = Script(failure)
    client = make_client(script, max_retries=2)

    with pytest.raises(APIConnectionError):
        client.request("GET", "/v1/customers/cus_1")

    assert len(script.requests) == 1


def test_c12_retry_budget_counts_mixed_failures() -> None:
    script = Script(
        httpx.ConnectError("refused"),
        error_response(502),
        error_response(409, {"type": "idempotency_error", "message": "in use"}),
    )
    client = make_client(script, max_retries=2)

    with pytest.raises(IdempotencyError):
        client.request("POST", "/v1/charges", CHARGE)

    assert len(script.requests) == 3


@pytest.mark.parametrize("max_retries", [-1, 1.5, True])
def test_max_retries_must_be_a_count(max_retries: object) -> None:
    with pytest.raises((TypeError, ValueError)):
        make_client(Script(), max_retries=max_retries)
