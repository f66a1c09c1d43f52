"""Fixtures every test folder may use: the pinned spec and the servers built on it.

- ``stripe_document``: the pinned spec, loaded once through the generator's cache.
- ``stub_server`` / ``stub_client``: the spec-checking stub, shared by the session.
- ``localstripe``: a private localstripe with fresh state for each test module;
  tests that use it are marked ``live`` automatically.

``--record-cassettes`` switches the cassette tests from replaying to recording
(``make record``); see ``cassette_tests/recording.py``.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from servers import LocalStripe, StubServer

from generator.loader import load_document
from generator.source import read_lock, resolve_spec, shared_specs_dir

STUB_API_KEY = "sk_test_stub_0123456789"
"""The key test clients send to the stub (it takes any test key)."""

RECORD_OPTION = "--record-cassettes"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        RECORD_OPTION,
        action="store_true",
        default=False,
        help="re-record tests/cassettes: against api.stripe.com when STRIPE_API_KEY "
        "holds an sk_test_ key, else against localstripe and the stub",
    )


def pytest_configure(config: pytest.Config) -> None:
    """Start a recording when asked; refuse a live key before anything runs."""
    if not config.getoption(RECORD_OPTION):
        return
    from cassette_tests.recording import (
        RECORDING_KEY,
        RecordingRefused,
        recording_from_environment,
    )

    try:
        config.stash[RECORDING_KEY] = recording_from_environment(os.environ)
    except RecordingRefused as refused:
        raise pytest.UsageError(f"make record: {refused}") from None


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Write the recorded cassettes only if every test passed, else none of them."""
    if not session.config.getoption(RECORD_OPTION):
        return
    from cassette_tests.recording import RECORDING_KEY, RecordingRefused

    recording = session.config.stash.get(RECORDING_KEY, None)
    if recording is None:
        return
    try:
        lines = recording.finish(passed=exitstatus == pytest.ExitCode.OK)
    except RecordingRefused as refused:
        lines = [str(refused)]
        session.exitstatus = pytest.ExitCode.TESTS_FAILED

    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    for line in lines:
        if reporter is not None:
            reporter.write_line(f"make record: {line}")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test that starts localstripe as ``live``, so ``-m`` can pick."""
    for item in items:
        if "localstripe" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.live)


@pytest.fixture(scope="session")
def stripe_document() -> dict[str, Any]:
    """The pinned spec, from the generator's parsed-document cache when warm."""
    return load_document(resolve_spec())


def stub_fixtures_path() -> Path:
    """Stripe's example objects, published beside the pinned spec."""
    return shared_specs_dir() / read_lock().api_version / "fixtures3.json"


@pytest.fixture(scope="session")
def stub_server(stripe_document: dict[str, Any]) -> Iterator[StubServer]:
    with StubServer(stripe_document, stub_fixtures_path()) as server:
        yield server


@pytest.fixture
def stub_client(stub_server: StubServer) -> Iterator[httpx.Client]:
    """A client of the shared stub, whose request log starts empty for each test."""
    stub_server.clear()
    headers = {"Authorization": f"Bearer {STUB_API_KEY}"}
    with httpx.Client(base_url=stub_server.base_url, headers=headers) as client:
        yield client


@pytest.fixture(scope="module")
def localstripe() -> Iterator[LocalStripe]:
    """A localstripe of this test module's own, started empty and stopped by PID."""
    with LocalStripe() as server:
        yield server
