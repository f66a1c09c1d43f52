"""Fixtures for the cassette tests: a scenario's session, replayed or recorded."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from functools import partial

import pytest
from servers import LocalStripe, StubServer

from .recording import (
    RECORDING_KEY,
    STRIPE_BASE_URL,
    Recording,
    Session,
    record,
    replay,
)
from .scenarios import Scenario

CassetteSession = Callable[[Scenario], AbstractContextManager[Session]]

# Sent to the stub while recording; the stub takes any test key.
_STUB_RECORDING_KEY = "sk_test_stub_recording"


@pytest.fixture
def cassette_session(request: pytest.FixtureRequest) -> CassetteSession:
    """Opens a scenario's session: from its cassette, or live when recording."""
    recording = request.config.stash.get(RECORDING_KEY, None)
    if recording is None:
        return lambda scenario: replay(scenario.name)
    return partial(_record, recording, request)


@contextmanager
def _record(
    recording: Recording, request: pytest.FixtureRequest, scenario: Scenario
) -> Iterator[Session]:
    """Record a scenario against the server the recording calls for.

    localstripe is started afresh for each scenario, so a cassette never depends
    on what an earlier one left behind.
    """
    server = recording.server_for(scenario.local_server)
    path = recording.staged_path(scenario.name)

    if server == "stripe":
        assert recording.api_key is not None
        with record(
            path, server=server, base_url=STRIPE_BASE_URL, api_key=recording.api_key
        ) as session:
            yield session
    elif server == "localstripe":
        with (
            LocalStripe() as local,
            record(
                path, server=server, base_url=local.base_url, api_key=local.api_key
            ) as session,
        ):
            yield session
    else:
        stub: StubServer = request.getfixturevalue("stub_server")
        stub.clear()
        with record(
            path, server=server, base_url=stub.base_url, api_key=_STUB_RECORDING_KEY
        ) as session:
            yield session
        refused = [(r.method, r.path, r.error) for r in stub.rejected]
        assert not refused, f"the stub refused requests: {refused}"

    recording.staged.append(scenario.name)
