"""The async client: same behaviour as the sync one, awaited."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest

from stripe_actions._base import (
    APIConnectionError,
    APIError,
    AsyncBaseStripeClient,
    AsyncPage,
    AuthenticationError,
    InvalidRequestError,
    ValidationError,
)

from .support import (
    API_KEY,
    Script,
    error_response,
    json_response,
    make_async_client,
    sent_pairs,
)


def test_retries_keep_the_idempotency_key_and_sleep_through_the_injected_clock() -> (
    None
):
    script = Script(
        httpx.ReadTimeout("read timed out"),
        error_response(503, headers={"Retry-After": "3"}),
        json_response(),
    )
    sleeps: list[float] = []

    async def scenario() -> dict[str, Any]:
        async with make_async_client(script, sleeps, max_retries=2) as client:
            return await client.request(
                "POST", "/v1/charges", {"amount": 100}, idempotency_key="key-a"
            )

    assert asyncio.run(scenario()) == {"id": "obj_1"}
    assert [r.headers["Idempotency-Key"] for r in script.requests] == ["key-a"] * 3
    assert sleeps[0] == 0.5
    assert sleeps[1] == 3.0


def test_retries_run_out_into_a_wrapped_connection_error() -> None:
    failure = httpx.ConnectTimeout("connect timed out")
    script = Script(failure, failure)

    async def scenario() -> None:
        client = make_async_client(script, max_retries=1)
        await client.request("GET", "/v1/customers/cus_1")

    with pytest.raises(APIConnectionError) as caught:
        asyncio.run(scenario())

    assert caught.value.__cause__ is failure
    assert len(script.requests) == 2


def test_client_errors_are_not_retried() -> None:
    script = Script(error_response(404, {"type": "invalid_request_error"}))

    async def scenario() -> None:
        await make_async_client(script).request("GET", "/v1/customers/cus_404")

    with pytest.raises(InvalidRequestError):
        asyncio.run(scenario())
    assert len(script.requests) == 1


def test_paging_forward_keeps_params_and_options() -> None:
    def page(ids: list[str], has_more: bool) -> httpx.Response:
        data = [{"id": item_id} for item_id in ids]
        return json_response(
            body={"object": "list", "has_more": has_more, "data": data}
        )

    script = Script(page(["ch_1", "ch_2"], True), page(["ch_3"], False))

    async def scenario() -> list[str]:
        client = make_async_client(script)
        first = await client.request_page(
            "GET", "/v1/charges", {"customer": "cus_X", "limit": 2}, stripe_account="a"
        )
        assert isinstance(first, AsyncPage)
        return [item["id"] async for item in first.auto_paging_iter()]

    assert asyncio.run(scenario()) == ["ch_1", "ch_2", "ch_3"]
    assert sent_pairs(script.last) == [
        ("customer", "cus_X"),
        ("limit", "2"),
        ("starting_after", "ch_2"),
    ]
    assert script.last.headers["Stripe-Account"] == "a"


def test_paging_backwards_reverses_each_page() -> None:
    def page(ids: list[str], has_more: bool) -> httpx.Response:
        data = [{"id": item_id} for item_id in ids]
        return json_response(
            body={"object": "list", "has_more": has_more, "data": data}
        )

    script = Script(
        page(["cus_2", "cus_1"], True),
        page(["cus_4", "cus_3"], False),
        page(["cus_4", "cus_3"], False),
    )

    async def scenario() -> list[str]:
        client = make_async_client(script)
        first = await client.request_page(
            "GET", "/v1/customers", {"ending_before": "cus_0", "limit": 2}
        )
        second = await first.next_page()
        assert second is not None
        assert await second.next_page() is None
        return [item["id"] async for item in first.auto_paging_iter(max_items=3)]

    assert asyncio.run(scenario()) == ["cus_1", "cus_2", "cus_3"]
    assert len(script.requests) == 3
    assert sent_pairs(script.requests[1]) == [
        ("ending_before", "cus_2"),
        ("limit", "2"),
    ]


def test_local_errors_come_before_any_request() -> None:
    script = Script()

    async def scenario() -> None:
        client = make_async_client(script)
        with pytest.raises(ValidationError):
            await client.request_page("GET", "/v1/customers", {"limit": 500})
        with pytest.raises(AuthenticationError):
            await AsyncBaseStripeClient("pk_test_1").request("GET", "/v1/customers")

    asyncio.run(scenario())
    assert script.requests == []


def test_one_client_serves_concurrent_tasks() -> None:
    async def handler(request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(0)
        return json_response(body={"key": request.headers["Idempotency-Key"]})

    async def scenario() -> list[dict[str, Any]]:
        transport = httpx.MockTransport(handler)
        async with AsyncBaseStripeClient(
            API_KEY, http_client=httpx.AsyncClient(transport=transport)
        ) as client:
            calls = [client.request("POST", "/v1/customers") for _ in range(10)]
            return await asyncio.gather(*calls)

    results = asyncio.run(scenario())
    assert len({result["key"] for result in results}) == 10


def test_aclose_closes_only_its_own_http_client() -> None:
    async def scenario() -> tuple[bool, bool]:
        borrowed = httpx.AsyncClient(transport=httpx.MockTransport(Script()))
        async with AsyncBaseStripeClient(API_KEY, http_client=borrowed):
            pass
        owner = AsyncBaseStripeClient(API_KEY)
        await owner.aclose()
        return borrowed.is_closed, owner._http_client.is_closed

    assert asyncio.run(scenario()) == (False, True)


def test_malformed_and_repeating_lists_are_api_errors() -> None:
    same = {"object": "list", "has_more": True, "data": [{"id": "ch_1"}]}
    script = Script(
        json_response(body={"data": "x", "has_more": True}),
        *(json_response(body=same) for _ in range(5)),
    )

    async def scenario() -> tuple[str, str, list[str]]:
        async with make_async_client(script) as client:
            with pytest.raises(APIError) as malformed:
                await client.request_page("GET", "/v1/charges")
            page = await client.request_page("GET", "/v1/charges")
            seen: list[str] = []
            with pytest.raises(APIError) as repeated:
                async for charge in page.auto_paging_iter():
                    seen.append(charge["id"])
            return malformed.value.message, repeated.value.message, seen

    malformed, repeated, seen = asyncio.run(scenario())

    assert malformed == (
        "Stripe returned a malformed list response: its data is a string, not a list"
    )
    assert repeated == (
        "Stripe returned the same page again: the next page's cursor "
        "starting_after=ch_1 is the one this page was fetched with"
    )
    assert seen == ["ch_1", "ch_1"]
    assert len(script.requests) == 3
