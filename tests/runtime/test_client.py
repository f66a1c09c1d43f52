"""The client: authentication, headers, secrets and logging."""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from stripe_actions._base import (
    APIConnectionError,
    AuthenticationError,
    BaseStripeClient,
    StripeError,
    ValidationError,
    __version__,
)
from stripe_actions._base.client import API_KEY_ENV

from .support import (
    API_KEY,
    Script,
    error_response,
    json_response,
    make_async_client,
    make_client,
)


class PinnedClient(BaseStripeClient):
    DEFAULT_STRIPE_VERSION = "2023-08-16"


# Auth


@pytest.mark.parametrize(
    ("key", "reason"),
    [
        (None, "No API key"),
        ("", "No API key"),
        ("pk_test_123", "publishable"),
        ("abc_123", "secret (sk_...)"),
        ("  \n", "No API key"),
        ("sk_test_12\n3", "stray space or newline"),
        ("sk_test_12 3", "stray space or newline"),
    ],
    ids=[
        "none",
        "empty",
        "publishable",
        "unknown-prefix",
        "only-whitespace",
        "newline",
        "space",
    ],
)
def test_unusable_keys_fail_before_any_network_call(
    key: str | None, reason: str, no_network: Callable[[], int]
) -> None:
    client = BaseStripeClient(key)

    with pytest.raises(AuthenticationError) as caught:
        client.request("GET", "/v1/customers")

    assert reason in str(caught.value)
    assert no_network() == 0
    if key and key.strip():
        assert key.strip() not in str(caught.value)


@pytest.mark.parametrize(
    "padded", [f" {API_KEY}\n", f"\t{API_KEY}\r\n", f"{API_KEY}  "]
)
def test_surrounding_whitespace_is_stripped_from_the_key(
    padded: str, caplog: pytest.LogCaptureFixture
) -> None:
    script = Script(json_response())
    client = make_client(script, api_key=padded)
    caplog.set_level(logging.DEBUG)

    client.request("GET", "/v1/balance")

    assert script.last.headers["Authorization"] == f"Bearer {API_KEY}"
    assert API_KEY not in repr(client)
    assert API_KEY not in caplog.text


def test_the_generated_client_strips_the_key_too() -> None:
    from stripe_actions import StripeClient

    script = Script(json_response())
    client = StripeClient(
        f" {API_KEY}\n", http_client=httpx.Client(transport=httpx.MockTransport(script))
    )

    client.request("GET", "/v1/balance")

    assert script.last.headers["Authorization"] == f"Bearer {API_KEY}"
    assert API_KEY not in repr(client)


def test_a_key_from_the_environment_is_stripped(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(API_KEY_ENV, f"{API_KEY}\n")
    script = Script(json_response())

    make_client(script, api_key=None).request("GET", "/v1/balance")

    assert script.last.headers["Authorization"] == f"Bearer {API_KEY}"


def test_inner_whitespace_in_the_key_is_still_refused_without_quoting_it(
    no_network: Callable[[], int],
) -> None:
    client = BaseStripeClient(f" {API_KEY[:20]}\n{API_KEY[20:]} ")

    with pytest.raises(AuthenticationError) as caught:
        client.request("GET", "/v1/balance")

    assert str(caught.value) == (
        "The API key contains characters a Stripe key never has "
        "(is there a stray space or newline?)."
    )
    assert no_network() == 0


def test_key_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(API_KEY_ENV, API_KEY)
    script = Script(json_response())

    make_client(script, api_key=None).request("GET", "/v1/balance")

    assert script.last.headers["Authorization"] == f"Bearer {API_KEY}"


@pytest.mark.parametrize(
    ("key", "livemode"),
    [
        ("sk_test_abc", False),
        ("rk_test_abc", False),
        ("sk_live_abc", True),
        ("rk_live_abc", True),
        (None, False),
    ],
)
def test_livemode_follows_the_key(key: str | None, livemode: bool) -> None:
    assert BaseStripeClient(key).livemode is livemode


def test_restricted_keys_are_accepted() -> None:
    script = Script(json_response())

    make_client(script, api_key="rk_test_abc").request("GET", "/v1/balance")

    assert script.last.headers["Authorization"] == "Bearer rk_test_abc"


# Headers


def test_headers_of_a_post() -> None:
    script = Script(json_response())
    client = make_client(script, stripe_version="2024-04-10")

    client.request("POST", "/v1/customers", {"email": "a@b.c"})

    headers = script.last.headers
    assert headers["Authorization"] == f"Bearer {API_KEY}"
    assert headers["Stripe-Version"] == "2024-04-10"
    assert headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert headers["User-Agent"].startswith(f"stripe-actions/{__version__} ")
    assert "Stripe-Account" not in headers
    assert script.last.url == "https://api.stripe.com/v1/customers"


def test_stripe_version_is_pinned_by_the_subclass_and_overridable() -> None:
    script = Script(json_response(), json_response(), json_response())

    make_client(script).request("GET", "/v1/balance")
    pinned = PinnedClient(
        API_KEY, http_client=httpx.Client(transport=httpx.MockTransport(script))
    )
    pinned.request("GET", "/v1/balance")
    overridden = PinnedClient(
        API_KEY,
        stripe_version="2024-06-20",
        http_client=httpx.Client(transport=httpx.MockTransport(script)),
    )
    overridden.request("GET", "/v1/balance")

    versions = [request.headers.get("Stripe-Version") for request in script.requests]
    assert versions == [None, "2023-08-16", "2024-06-20"]


def test_stripe_account_per_client_and_per_call() -> None:
    script = Script(json_response(), json_response())
    client = make_client(script, stripe_account="acct_client")

    client.request("GET", "/v1/balance")
    client.request("GET", "/v1/balance", stripe_account="acct_call")

    accounts = [request.headers["Stripe-Account"] for request in script.requests]
    assert accounts == ["acct_client", "acct_call"]


def test_base_url_and_query_for_get_and_delete() -> None:
    script = Script(json_response(), json_response())
    client = make_client(script, base_url="http://localhost:8420/")

    client.request("GET", "/v1/customers", {"limit": 3, "email": "a+b@c.d"})
    client.request("DELETE", "/v1/customers/cus_1")

    first, second = script.requests
    assert first.url.host == "localhost"
    assert first.url.port == 8420
    assert first.url.params["email"] == "a+b@c.d"
    assert first.content == b""
    assert str(second.url) == "http://localhost:8420/v1/customers/cus_1"


def test_method_is_case_insensitive_and_checked() -> None:
    script = Script(json_response())
    client = make_client(script)

    client.request("get", "/v1/balance")
    with pytest.raises(ValidationError) as caught:
        client.request("PATCH", "/v1/balance")

    assert script.last.method == "GET"
    assert caught.value.param == "method"


@pytest.mark.parametrize(
    "path",
    [
        "v1/customers",
        "//evil.example/v1",
        "/v1/customers?limit=1",
        "/v1/customers#x",
        "/v1/../admin",
        "/v1/./customers",
        "/v1/cus tomers",
        "/v1/\\evil",
        "",
    ],
)
def test_paths_that_could_leave_the_api_are_refused(
    path: str, no_network: Callable[[], int]
) -> None:
    client = BaseStripeClient(API_KEY)

    with pytest.raises(ValidationError) as caught:
        client.request("GET", path)

    assert caught.value.param == "path"
    assert no_network() == 0


def test_a_shared_client_serves_many_threads() -> None:
    lock = threading.Lock()
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        with lock:
            seen.append(request.headers["Idempotency-Key"])
        return json_response()

    client = BaseStripeClient(
        API_KEY, http_client=httpx.Client(transport=httpx.MockTransport(handler))
    )
    threads = [
        threading.Thread(target=client.request, args=("POST", "/v1/customers"))
        for _ in range(20)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert len(seen) == 20
    assert len(set(seen)) == 20


def test_context_manager_closes_its_own_http_client_only() -> None:
    borrowed = httpx.Client(transport=httpx.MockTransport(Script()))

    with BaseStripeClient(API_KEY, http_client=borrowed):
        pass
    with BaseStripeClient(API_KEY) as owner:
        own = owner._http_client

    assert not borrowed.is_closed
    assert own.is_closed


# Secrets


def test_key_is_not_in_repr_or_attributes() -> None:
    client = BaseStripeClient(API_KEY, stripe_account="acct_1")

    assert API_KEY not in repr(client)
    assert API_KEY not in str(client)
    assert API_KEY not in repr(vars(client))
    assert "acct_1" in repr(client)


def test_key_is_not_in_exceptions_even_when_echoed(
    caplog: pytest.LogCaptureFixture,
) -> None:
    echoed = {"type": "invalid_request_error", "message": f"Invalid key {API_KEY}"}
    script = Script(
        error_response(401, echoed),
        httpx.ConnectError(f"refused while sending {API_KEY}"),
    )
    client = make_client(script, max_retries=0)
    caplog.set_level(logging.DEBUG)

    raised: list[StripeError] = []
    for _ in range(2):
        with pytest.raises(StripeError) as caught:
            client.request("GET", "/v1/balance")
        raised.append(caught.value)

    auth_error, connection_error = raised
    assert isinstance(auth_error, AuthenticationError)
    assert isinstance(connection_error, APIConnectionError)
    for error in raised:
        assert API_KEY not in str(error)
        assert API_KEY not in repr(error)
        assert API_KEY not in (error.body or "")
        assert API_KEY not in repr(error.json_body)
        assert API_KEY not in repr(error.headers)
    assert API_KEY not in caplog.text


def test_debug_log_has_one_line_per_attempt_and_no_key_or_body(
    caplog: pytest.LogCaptureFixture,
) -> None:
    script = Script(
        httpx.ConnectTimeout("timed out"),
        error_response(500, headers={"Request-Id": "req_500"}),
        json_response(headers={"Request-Id": "req_ok"}),
    )
    client = make_client(script, max_retries=2)
    caplog.set_level(logging.DEBUG, logger="stripe_actions")

    client.request("POST", "/v1/customers", {"email": "secret-body@example.com"})

    records = [r for r in caplog.records if r.name.startswith("stripe_actions")]
    assert len(records) == 3
    assert all(record.levelno == logging.DEBUG for record in records)
    lines = [record.getMessage() for record in records]
    assert "POST /v1/customers" in lines[0]
    assert "attempt=1" in lines[0]
    assert "ConnectTimeout" in lines[0]
    assert "500 request_id=req_500 attempt=2" in lines[1]
    assert "200 request_id=req_ok attempt=3" in lines[2]
    assert all("elapsed=" in line for line in lines)
    for text in (API_KEY, "secret-body", "email"):
        assert text not in caplog.text


def test_nothing_is_logged_at_info(caplog: pytest.LogCaptureFixture) -> None:
    script = Script(error_response(503), json_response())
    caplog.set_level(logging.INFO)

    make_client(script).request("GET", "/v1/balance")

    assert not [r for r in caplog.records if r.name.startswith("stripe_actions")]


@pytest.mark.parametrize(
    ("key", "params"),
    [
        (API_KEY, {"amount": float("nan")}),
        (API_KEY + " x", {}),
    ],
    ids=["bad-params", "bad-key"],
)
def test_key_is_not_in_traceback_locals_of_local_errors(
    key: str, params: dict[str, float]
) -> None:
    # Error reporters such as Sentry capture the repr of every frame's locals.
    client = BaseStripeClient(key)

    with pytest.raises(StripeError) as caught:
        client.request("POST", "/v1/charges", params)

    traceback = caught.value.__traceback__
    while traceback is not None:
        for name, value in traceback.tb_frame.f_locals.items():
            if name in ("key", "params", "caught"):
                continue
            assert API_KEY not in repr(value), name
        traceback = traceback.tb_next


def test_importing_the_package_loads_no_heavy_optional_modules() -> None:
    """asyncio, jsonschema and the validation module load only when first used."""
    import subprocess
    import sys

    code = (
        "import sys, stripe_actions;"
        "print(sorted(m for m in ('asyncio', 'jsonschema',"
        " 'stripe_actions._base.validation', 'stripe_actions.customers',"
        " 'stripe_actions.types') if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )

    assert result.stdout.strip() == "[]"


# Request options sent as headers.


@pytest.mark.parametrize(
    ("options", "problem"),
    [
        (
            {"idempotency_key": "key\r\nX-Injected: 1"},
            (
                "$.idempotency_key",
                "must not contain a line break or other control character",
            ),
        ),
        (
            {"idempotency_key": "key\x00"},
            (
                "$.idempotency_key",
                "must not contain a line break or other control character",
            ),
        ),
        (
            {"idempotency_key": ""},
            ("$.idempotency_key", "must not be empty (leave it out instead)"),
        ),
        (
            {"idempotency_key": "k" * 256},
            (
                "$.idempotency_key",
                "must be at most 255 characters long (Stripe's limit), not 256",
            ),
        ),
        (
            {"idempotency_key": "clé"},
            ("$.idempotency_key", "must contain only ASCII characters"),
        ),
        (
            {"idempotency_key": " key"},
            ("$.idempotency_key", "must not start or end with a space"),
        ),
        (
            {"idempotency_key": 123},
            ("$.idempotency_key", "must be a string, not int"),
        ),
        (
            {"stripe_account": "acct_1\n"},
            (
                "$.stripe_account",
                "must not contain a line break or other control character",
            ),
        ),
        (
            {"stripe_account": ""},
            ("$.stripe_account", "must not be empty (leave it out instead)"),
        ),
    ],
    ids=[
        "crlf",
        "nul",
        "empty-key",
        "key-too-long",
        "non-ascii",
        "leading-space",
        "not-a-string",
        "account-newline",
        "account-empty",
    ],
)
def test_request_options_that_cannot_be_headers_are_refused_before_sending(
    options: dict[str, Any], problem: tuple[str, str]
) -> None:
    script = Script()

    with pytest.raises(ValidationError) as caught:
        make_client(script).request("POST", "/v1/customers", {}, **options)

    assert [(p.path, p.message) for p in caught.value.problems] == [problem]
    assert script.requests == []


def test_the_longest_idempotency_key_stripe_takes_is_sent() -> None:
    script = Script(json_response())

    make_client(script).request("POST", "/v1/customers", idempotency_key="k" * 255)

    assert script.last.headers["Idempotency-Key"] == "k" * 255


@pytest.mark.parametrize(
    ("options", "path"),
    [
        ({"stripe_account": "acct_1\r\n"}, "$.stripe_account"),
        ({"stripe_version": "2023-08-16\n"}, "$.stripe_version"),
    ],
)
def test_client_options_that_cannot_be_headers_are_refused_at_construction(
    options: dict[str, str], path: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        BaseStripeClient(API_KEY, **options)

    assert [p.path for p in caught.value.problems] == [path]


def test_options_are_refused_through_actions_and_the_async_client_too() -> None:
    from stripe_actions import ACTIONS

    script = Script()
    create = ACTIONS["customers.create"]

    with pytest.raises(ValidationError) as sync_caught:
        create.run(make_client(script), {}, idempotency_key="a\nb")
    with pytest.raises(ValidationError) as async_caught:
        asyncio.run(
            create.run_async(make_async_client(script), {}, stripe_account="a\nb")
        )

    assert sync_caught.value.param == "idempotency_key"
    assert async_caught.value.param == "stripe_account"
    assert script.requests == []
