"""Every scenario against its cassette: replayed here, recorded by `make record`."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager

import pytest

from .recording import Session
from .scenarios import SCENARIOS, Scenario


@pytest.mark.parametrize("scenario", list(SCENARIOS.values()), ids=str)
def test_scenario(
    scenario: Scenario,
    cassette_session: Callable[[Scenario], AbstractContextManager[Session]],
) -> None:
    with cassette_session(scenario) as session:
        scenario.run(session)
