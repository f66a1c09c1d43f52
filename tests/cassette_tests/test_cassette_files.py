"""The cassettes themselves: who recorded them, what they cover, what they hide.

Also the rules of replaying and recording: a changed request fails, a replay needs
no network, a live key is refused, a failed recording writes nothing.
"""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from servers import TEST_API_KEY, StubServer
from vcr.errors import CannotOverwriteExistingCassetteException

from stripe_actions import ACTIONS

from .recording import (
    API_KEY_ENV,
    CASSETTE_DIR,
    LOCAL_BASE_URL,
    SERVERS,
    STRIPE_BASE_URL,
    Recording,
    RecordingRefused,
    find_secrets,
    load_cassette,
    record,
    recording_from_environment,
    replay,
)
from .scenarios import SCENARIOS

REPOSITORY = Path(__file__).resolve().parents[2]
CASSETTES = sorted(CASSETTE_DIR.glob("*.yaml"))
KEPT_REQUEST_HEADERS = {"accept", "content-type", "stripe-account", "stripe-version"}
KEPT_RESPONSE_HEADERS = {"content-type", "request-id", "stripe-version"}


def _interactions(name: str) -> list[dict[str, Any]]:
    interactions: list[dict[str, Any]] = load_cassette(CASSETTE_DIR / f"{name}.yaml")[
        "interactions"
    ]
    return interactions


def _method_and_path(interaction: dict[str, Any]) -> tuple[str, str]:
    request = interaction["request"]
    path = request["uri"].split("://", 1)[1].split("/", 1)[1].split("?", 1)[0]
    return request["method"], "/" + path


def _action_for(method: str, path: str) -> str | None:
    """The catalogue action a request belongs to, or None for one outside it."""
    for action in ACTIONS.values():
        template = re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(action.path))
        if action.method == method and action.path and re.fullmatch(template, path):
            return action.id
    return None


# Who recorded what


def test_each_scenario_has_a_cassette_and_each_cassette_a_scenario() -> None:
    assert {path.stem for path in CASSETTES} == set(SCENARIOS)


@pytest.mark.parametrize("path", CASSETTES, ids=lambda path: path.stem)
def test_cassette_says_which_server_recorded_it(path: Path) -> None:
    metadata = load_cassette(path)["metadata"]

    server = metadata["server"]
    assert server in SERVERS
    if server != "stripe":
        assert server == SCENARIOS[path.stem].local_server
    expected_base = STRIPE_BASE_URL if server == "stripe" else LOCAL_BASE_URL
    assert metadata["base_url"] == expected_base
    assert re.fullmatch(r"[0-9a-f]{8}", metadata["tag"])
    uris = [i["request"]["uri"] for i in _interactions(path.stem)]
    assert uris and all(uri.startswith(expected_base + "/v1/") for uri in uris)


def test_localstripe_and_the_stub_share_the_catalogue() -> None:
    """Every action is recorded; the stub serves only what localstripe cannot."""
    recorded_by: dict[str, set[str]] = {}
    for scenario in SCENARIOS.values():
        for action in scenario.actions:
            recorded_by.setdefault(action, set()).add(scenario.local_server)

    assert set(recorded_by) == set(ACTIONS)
    stub_only = {action for action, by in recorded_by.items() if by == {"stub"}}
    assert {action.split(".")[0] for action in stub_only} == {
        "prices",
        "subscriptions",
        "invoices",
    }


# What they cover


@pytest.mark.parametrize("name", sorted(SCENARIOS))
def test_each_declared_action_is_on_the_wire(name: str) -> None:
    requests = [_method_and_path(i) for i in _interactions(name)]
    sent = {_action_for(method, path) for method, path in requests}

    for action in SCENARIOS[name].actions:
        if action == "api.request":
            assert None in sent, f"{name}: no request outside the catalogue"
        else:
            assert action in sent, f"{name}: {action} is not in its cassette"


def test_all_22_actions_have_a_replayed_cassette() -> None:
    covered = {action for s in SCENARIOS.values() for action in s.actions}
    assert covered == set(ACTIONS)
    assert len(covered) == 22


def test_every_recorded_request_is_valid_for_the_spec(
    stub_server: StubServer,
) -> None:
    """The stub checks each request of every cassette, localstripe's included."""
    stub_server.clear()
    for path in CASSETTES:
        for interaction in load_cassette(path)["interactions"]:
            request = interaction["request"]
            target = request["uri"].split("://", 1)[1]
            target = "/" + target.split("/", 1)[1]
            headers = {name: values[0] for name, values in request["headers"].items()}
            headers["Authorization"] = "Bearer sk_test_spec_check"
            body = (request["body"] or "").encode("utf-8")
            stub_server.handle(request["method"], target, headers, body)

    refused = [(r.method, r.path, r.error) for r in stub_server.rejected]
    assert refused == []
    assert len(stub_server.requests) == sum(
        len(load_cassette(path)["interactions"]) for path in CASSETTES
    )
    stub_server.clear()


# What they hide


@pytest.mark.parametrize("path", CASSETTES, ids=lambda path: path.stem)
def test_cassette_holds_no_secrets(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    known_keys = (TEST_API_KEY, os.environ.get(API_KEY_ENV, ""))

    assert find_secrets(text, also=known_keys) == []
    for interaction in load_cassette(path)["interactions"]:
        assert set(interaction["request"]["headers"]) <= KEPT_REQUEST_HEADERS
        assert set(interaction["response"]["headers"]) <= KEPT_RESPONSE_HEADERS


def test_secret_scan_finds_what_it_looks_for() -> None:
    text = (
        "Authorization: x\nbody: key=sk_live_abc123&other=rk_test_Z9\n"
        "client_secret: pi_3Nabc_secret_xyz\nBearer token\n"
    )

    found = find_secrets(text, also=["my-own-key"])

    assert found == [
        "sk_live_abc123",
        "rk_test_Z9",
        "pi_3Nabc_secret_xyz",
        "Bearer token",
        "an Authorization header",
    ]
    assert find_secrets("my-own-key", also=["my-own-key"]) == ["my-own-key"]


def test_recording_scrubs_keys_and_still_replays(
    stub_server: StubServer, tmp_path: Path
) -> None:
    """A key pasted into a body is scrubbed on both sides, so replay still matches."""
    api_key, pasted_key = "sk_test_recording_0123", "rk_test_pasted_4567"

    def leak(client: Any) -> dict[str, Any]:
        customer: dict[str, Any] = client.customers.create(
            description=f"pasted {pasted_key} by mistake",
            metadata={"intent": "pi_123_secret_abc"},
        )
        return customer

    with record(
        tmp_path / "leak.yaml",
        server="stub",
        base_url=stub_server.base_url,
        api_key=api_key,
    ) as session:
        recorded = leak(session.client)
    text = (tmp_path / "leak.yaml").read_text(encoding="utf-8")
    with replay("leak", directory=tmp_path) as session:
        replayed = leak(session.client)

    assert recorded["description"] == f"pasted {pasted_key} by mistake"
    assert find_secrets(text, also=[api_key, pasted_key, stub_server.base_url]) == []
    assert replayed["description"] == "pasted [scrubbed] by mistake"
    assert replayed["metadata"] == {"intent": "[scrubbed]"}


# Replaying


def test_replay_refuses_a_changed_body() -> None:
    with (
        replay("products_catalogue", require_all_played=False) as session,
        pytest.raises(CannotOverwriteExistingCassetteException),
    ):
        session.client.products.create(
            name=f"Walking boots {session.tag}",
            description="Waterproof leather boots",
            metadata={"sku": "BOOT-43"},
        )


def test_replay_refuses_a_reordered_query() -> None:
    with replay("customers_lifecycle", require_all_played=False) as session:
        email = f"paging-{session.tag}@example.com"
        with pytest.raises(CannotOverwriteExistingCassetteException):
            session.client.request("GET", "/v1/customers", {"limit": 2, "email": email})
        page = session.client.request(
            "GET", "/v1/customers", {"email": email, "limit": 2}
        )

    assert len(page["data"]) == 2


def test_replay_ignores_the_idempotency_key() -> None:
    with replay("products_catalogue", require_all_played=False) as session:
        boots = session.client.products.create(
            description="Waterproof leather boots",
            metadata={"sku": "BOOT-42"},
            name=f"Walking boots {session.tag}",
            idempotency_key="a-key-of-our-own",
        )

    assert boots["id"].startswith("prod_")


def test_replay_needs_no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: Any) -> None:
        raise AssertionError("replay opened a socket")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)

    for name, scenario in SCENARIOS.items():
        with replay(name) as session:
            scenario.run(session)


# Recording


@pytest.mark.parametrize("key", ["sk_live_abc123", "rk_live_abc123", " sk_live_x "])
def test_recording_refuses_a_live_key(key: str) -> None:
    with pytest.raises(RecordingRefused, match="live-mode key") as refused:
        recording_from_environment({API_KEY_ENV: key})

    assert key.strip() not in str(refused.value)


@pytest.mark.parametrize("key", ["pk_test_abc", "rk_test_abc", "whsec_abc"])
def test_recording_needs_a_secret_test_key(key: str) -> None:
    with pytest.raises(RecordingRefused, match=r"sk_test_\.\.\."):
        recording_from_environment({API_KEY_ENV: key})


def test_recording_goes_to_stripe_only_with_a_test_key() -> None:
    local = recording_from_environment({})
    stripe = recording_from_environment({API_KEY_ENV: "sk_test_abc"})

    assert (local.api_key, local.server_for("stub")) == (None, "stub")
    assert (stripe.api_key, stripe.server_for("localstripe")) == (
        "sk_test_abc",
        "stripe",
    )
    local.finish(passed=False)
    stripe.finish(passed=False)


def test_make_record_refuses_a_live_key_before_recording() -> None:
    before = {path: path.stat().st_mtime_ns for path in CASSETTES}
    environment = {**os.environ, API_KEY_ENV: "sk_live_never_printed"}

    finished = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "--co", "-q"]
        + ["tests/cassette_tests/test_cassettes.py", "--record-cassettes"],
        cwd=REPOSITORY,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
    )

    output = finished.stdout + finished.stderr
    assert finished.returncode == pytest.ExitCode.USAGE_ERROR, output
    assert "live-mode key" in output
    assert "sk_live_never_printed" not in output
    assert {path: path.stat().st_mtime_ns for path in CASSETTES} == before


def _staged(tmp_path: Path, text: str) -> Recording:
    recording = Recording(api_key=None, staging=tmp_path / "staging")
    recording.staging.mkdir()
    recording.staged_path("example").write_text(text, encoding="utf-8")
    recording.staged.append("example")
    return recording


def test_a_failed_recording_writes_nothing(tmp_path: Path) -> None:
    recording = _staged(tmp_path, "metadata: {server: stub}\n")

    lines = recording.finish(passed=False, directory=tmp_path / "cassettes")

    assert lines == ["a scenario failed; no cassette was written"]
    assert not (tmp_path / "cassettes").exists()
    assert not recording.staging.exists()


def test_a_recording_with_a_secret_writes_nothing(tmp_path: Path) -> None:
    recording = _staged(tmp_path, "body: key=sk_test_oops\n")

    with pytest.raises(RecordingRefused, match="example"):
        recording.finish(passed=True, directory=tmp_path / "cassettes")

    assert not (tmp_path / "cassettes").exists()
    assert not recording.staging.exists()


def test_a_passing_recording_writes_every_cassette(tmp_path: Path) -> None:
    recording = _staged(tmp_path, "metadata: {server: stub}\n")

    lines = recording.finish(passed=True, directory=tmp_path / "cassettes")

    target = tmp_path / "cassettes" / "example.yaml"
    assert lines == [f"wrote {target}"]
    assert target.read_text(encoding="utf-8") == "metadata: {server: stub}\n"
