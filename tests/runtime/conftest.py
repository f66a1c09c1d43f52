"""Fixtures for the runtime tests: no real key, no network, no sleeping."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from .support import ensure_package_importable

ensure_package_importable()


@pytest.fixture(autouse=True)
def _no_key_in_environment(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Tests choose their key explicitly; a developer's real key must not leak in."""
    monkeypatch.delenv("STRIPE_API_KEY", raising=False)
    yield


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> Callable[[], int]:
    """Fails any attempt to open a real connection; returns the attempt count."""
    attempts: list[int] = []

    def refuse(*args: Any, **kwargs: Any) -> Any:
        attempts.append(1)
        raise AssertionError("a real network connection was attempted")

    monkeypatch.setattr(httpx.HTTPTransport, "handle_request", refuse)
    return lambda: len(attempts)
