"""A short smoke suite against a freshly started localstripe, no cassettes.

The scenarios localstripe can serve run live here in every ``make test``, so a
change that breaks a real exchange shows even before anyone re-records.
"""

from __future__ import annotations

import asyncio
import secrets

import pytest
from servers import LocalStripe

from stripe_actions import AsyncStripeClient, StripeClient

from .recording import Session
from .scenarios import SCENARIOS, Scenario

LOCALSTRIPE_SCENARIOS = [
    s for s in SCENARIOS.values() if s.local_server == "localstripe"
]


@pytest.mark.live
@pytest.mark.parametrize("scenario", LOCALSTRIPE_SCENARIOS, ids=str)
def test_scenario_live(scenario: Scenario, localstripe: LocalStripe) -> None:
    with StripeClient(
        localstripe.api_key, base_url=localstripe.base_url, max_retries=0
    ) as client:
        scenario.run(Session(client, "localstripe", secrets.token_hex(4)))


@pytest.mark.live
def test_async_client_live(localstripe: LocalStripe) -> None:
    async def exchange() -> None:
        async with AsyncStripeClient(
            localstripe.api_key, base_url=localstripe.base_url, max_retries=0
        ) as client:
            created = await client.customers.create(
                email="async@example.com", metadata={"via": "asyncio"}
            )
            fetched, listed = await asyncio.gather(
                client.customers.retrieve(created["id"]),
                client.customers.list(email="async@example.com", limit=1),
            )
            deleted = await client.customers.delete(created["id"])

        assert created["id"].startswith("cus_")
        assert (fetched["id"], fetched["metadata"]) == (
            created["id"],
            {"via": "asyncio"},
        )
        assert [customer["id"] for customer in listed.data] == [created["id"]]
        assert deleted["deleted"] is True

    asyncio.run(exchange())
