"""Cassettes: scenarios recorded once against a server and replayed in every run.

A cassette is a vcrpy YAML file, ``tests/cassettes/<scenario>.yaml``, that opens
with a ``metadata`` block vcrpy keeps beside the interactions:

- ``server``: who answered, ``localstripe``, ``stub`` or ``stripe``;
- ``base_url``: where the requests went; the local servers' random ports are
  rewritten to one placeholder, so a replay needs no server and no network;
- ``tag``: the random word that made the recording's emails and names unique, so
  that re-recording on one Stripe account never meets an earlier run's objects.

A replayed request must equal a recorded one in method, scheme, host, port, path,
the exact query string and the exact body, so any change on the wire fails replay.
Headers are not compared: each POST carries a fresh Idempotency-Key. Keys, client
secrets and all but a few headers are scrubbed before anything is written.

    with replay("customers_lifecycle") as session:
        session.client.customers.retrieve("cus_...")
"""

from __future__ import annotations

import re
import secrets
import shutil
import tempfile
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx
import pytest
import vcr
import yaml
from vcr.request import Request

from stripe_actions import StripeClient

__all__ = [
    "API_KEY_ENV",
    "CASSETTE_DIR",
    "LOCAL_BASE_URL",
    "RECORDING_KEY",
    "SERVERS",
    "STRIPE_BASE_URL",
    "Recording",
    "RecordingRefused",
    "Session",
    "find_secrets",
    "load_cassette",
    "record",
    "recording_from_environment",
    "replay",
]

CASSETTE_DIR = Path(__file__).resolve().parents[1] / "cassettes"
LOCAL_BASE_URL = "http://localhost:12111"
STRIPE_BASE_URL = "https://api.stripe.com"
SERVERS = ("localstripe", "stub", "stripe")
API_KEY_ENV = "STRIPE_API_KEY"

# Sent while replaying; never recorded, since Authorization is scrubbed.
REPLAY_API_KEY = "sk_test_replay"
SCRUBBED = "[scrubbed]"
MATCH_ON = ("method", "scheme", "host", "port", "path", "exact_query", "exact_body")

_KEPT_REQUEST_HEADERS = frozenset(
    {"accept", "content-type", "stripe-account", "stripe-version"}
)
_KEPT_RESPONSE_HEADERS = frozenset({"content-type", "request-id", "stripe-version"})
_SECRET_KEY = re.compile(r"\b[rs]k_(?:test|live)_[0-9A-Za-z_]+")
_CLIENT_SECRET = re.compile(r"\b(?:pi|seti|src)_[0-9A-Za-z]+_secret_[0-9A-Za-z]+")
_BEARER = re.compile(r"Bearer\s+\S+", re.IGNORECASE)


class RecordingRefused(Exception):
    """``make record`` cannot go on; the message says what to change."""


@dataclass(frozen=True)
class Session:
    """What a scenario runs with: a client, and facts about the recording."""

    client: StripeClient
    server: str
    tag: str

    @property
    def keeps_state(self) -> bool:
        """Whether the server remembers objects; the stub answers from examples."""
        return self.server != "stub"


@dataclass
class Recording:
    """One ``make record`` run: cassettes are staged, then written all at once.

    ``api_key`` is a Stripe test key when recording against api.stripe.com, and
    None when each scenario records against its own local server.
    """

    api_key: str | None
    staging: Path = field(
        default_factory=lambda: Path(tempfile.mkdtemp(prefix="cassettes-"))
    )
    staged: list[str] = field(default_factory=list)

    def server_for(self, local_server: str) -> str:
        return "stripe" if self.api_key else local_server

    def staged_path(self, name: str) -> Path:
        return self.staging / f"{name}.yaml"

    def finish(self, passed: bool, directory: Path = CASSETTE_DIR) -> list[str]:
        """Write the staged cassettes if every scenario passed; lines to report.

        All or nothing: a failed run, or a secret found in any staged cassette,
        leaves every cassette in ``directory`` as it was.
        """
        try:
            if not passed:
                return ["a scenario failed; no cassette was written"]
            keys = [self.api_key] if self.api_key else []
            leaks = {
                name: found
                for name in self.staged
                if (found := find_secrets(self._staged_text(name), also=keys))
            }
            if leaks:
                raise RecordingRefused(
                    f"secrets left in {sorted(leaks)}; no cassette was written"
                )

            directory.mkdir(exist_ok=True)
            written = []
            for name in self.staged:
                target = directory / f"{name}.yaml"
                shutil.move(self.staged_path(name), target)
                written.append(f"wrote {target}")
            return written
        finally:
            shutil.rmtree(self.staging, ignore_errors=True)

    def _staged_text(self, name: str) -> str:
        return self.staged_path(name).read_text(encoding="utf-8")


RECORDING_KEY = pytest.StashKey[Recording]()
"""Where pytest's config keeps the recording, when ``--record-cassettes`` is on."""


def recording_from_environment(environ: Mapping[str, str]) -> Recording:
    """The recording ``STRIPE_API_KEY`` asks for; RecordingRefused for a live key."""
    key = environ.get(API_KEY_ENV, "").strip()
    if not key:
        return Recording(api_key=None)

    if key.startswith(("sk_live_", "rk_live_")):
        raise RecordingRefused(
            f"{API_KEY_ENV} holds a live-mode key: cassettes are only ever "
            "recorded in test mode. Use an sk_test_ key, or unset "
            f"{API_KEY_ENV} to record against localstripe and the stub."
        )
    if not key.startswith("sk_test_"):
        raise RecordingRefused(
            f"{API_KEY_ENV} must hold a secret test key (sk_test_...) to record "
            "against api.stripe.com; unset it to record against localstripe "
            "and the stub."
        )
    return Recording(api_key=key)


@contextmanager
def replay(
    name: str, directory: Path = CASSETTE_DIR, *, require_all_played: bool = True
) -> Iterator[Session]:
    """Run a scenario against its cassette: no server, no network.

    Fails on a request the cassette does not hold, and afterwards (unless told
    not to) if any recorded request was not sent again.
    """
    path = directory / f"{name}.yaml"
    if not path.is_file():
        raise FileNotFoundError(f"no cassette {path}: run `make record`")

    recorder = _vcr(rewrite=None)
    with (
        recorder.use_cassette(str(path), record_mode="none") as cassette,
        httpx.Client(transport=httpx.MockTransport(_refuse_network)) as http_client,
    ):
        base_url = cassette.get_metadata("base_url", None)
        session = Session(
            client=StripeClient(
                REPLAY_API_KEY,
                base_url=base_url,
                http_client=http_client,
                sleep=_no_sleep,
            ),
            server=cassette.get_metadata("server", None),
            tag=cassette.get_metadata("tag", None),
        )
        yield session

        unplayed = len(cassette) - cassette.play_count
        if require_all_played:
            assert unplayed == 0, f"{name}: {unplayed} recorded requests not sent"


@contextmanager
def record(
    path: Path, *, server: str, base_url: str, api_key: str
) -> Iterator[Session]:
    """Run a scenario against a live server, writing its cassette to ``path``.

    Nothing is written when the scenario raises.
    """
    recorded_base_url = STRIPE_BASE_URL if server == "stripe" else LOCAL_BASE_URL
    recorder = _vcr(rewrite=(base_url, recorded_base_url))
    with recorder.use_cassette(
        str(path), record_mode="all", record_on_exception=False
    ) as cassette:
        cassette.get_metadata("server", server)
        cassette.get_metadata("base_url", recorded_base_url)
        tag = cassette.get_metadata("tag", secrets.token_hex(4))
        with StripeClient(api_key, base_url=base_url) as client:
            yield Session(client=client, server=server, tag=tag)


def load_cassette(path: Path) -> dict[str, Any]:
    """A cassette file as plain data: ``metadata``, ``version``, ``interactions``."""
    loaded: dict[str, Any] = _CassetteSerializer.deserialize(path.read_text("utf-8"))
    return loaded


def find_secrets(text: str, also: Iterable[str] = ()) -> list[str]:
    """What in a cassette's text looks like a secret: keys, client secrets, auth."""
    found = [match.group() for match in _SECRET_KEY.finditer(text)]
    found += [match.group() for match in _CLIENT_SECRET.finditer(text)]
    found += [match.group() for match in _BEARER.finditer(text)]
    found += [value for value in also if value and value in text]
    if re.search(r"^\s*[Aa]uthorization:", text, re.MULTILINE):
        found.append("an Authorization header")
    return found


def scrub_text(text: str) -> str:
    """Text with every API key and client secret replaced."""
    return _CLIENT_SECRET.sub(SCRUBBED, _SECRET_KEY.sub(SCRUBBED, text))


def _scrub_bytes(body: bytes) -> bytes:
    return scrub_text(body.decode("utf-8", errors="surrogateescape")).encode(
        "utf-8", errors="surrogateescape"
    )


def _vcr(rewrite: tuple[str, str] | None) -> vcr.VCR:
    """vcrpy configured for Stripe cassettes; ``rewrite`` maps a live base URL."""

    def before_record_request(request: Request) -> Request:
        request.headers = {
            name: value
            for name, value in request.headers.items()
            if name.lower() in _KEPT_REQUEST_HEADERS
        }
        if rewrite is not None and request.uri.startswith(rewrite[0]):
            request.uri = rewrite[1] + request.uri[len(rewrite[0]) :]
        if isinstance(request.body, bytes):
            request.body = _scrub_bytes(request.body)
        return request

    def before_record_response(response: dict[str, Any]) -> dict[str, Any]:
        response["headers"] = {
            name: values
            for name, values in response["headers"].items()
            if name.lower() in _KEPT_RESPONSE_HEADERS
        }
        body = response["body"].get("string")
        if isinstance(body, bytes):
            response["body"]["string"] = _scrub_bytes(body)
        return response

    recorder = vcr.VCR(
        serializer="stripe-yaml",
        match_on=MATCH_ON,
        before_record_request=before_record_request,
        before_record_response=before_record_response,
        decode_compressed_response=True,
    )
    recorder.register_serializer("stripe-yaml", _CassetteSerializer)
    recorder.register_matcher("exact_query", _same_query)
    recorder.register_matcher("exact_body", _same_body)
    return recorder


def _same_query(recorded: Request, sent: Request) -> None:
    """The query strings are equal as sent, in the same order."""
    left, right = urlsplit(recorded.uri).query, urlsplit(sent.uri).query
    assert left == right, f"query {left!r} != {right!r}"


def _same_body(recorded: Request, sent: Request) -> None:
    """The bodies are byte for byte equal (a GET's absent body is empty)."""
    left, right = _body_bytes(recorded), _body_bytes(sent)
    assert left == right, f"body {left!r} != {right!r}"


def _body_bytes(request: Request) -> bytes:
    body = request.body
    if body is None:
        return b""
    return body.encode("utf-8") if isinstance(body, str) else bytes(body)


def _refuse_network(request: httpx.Request) -> httpx.Response:
    raise AssertionError(f"replay tried the network: {request.method} {request.url}")


def _no_sleep(seconds: float) -> None:
    """Replayed retries do not wait: the answers are already on disk."""


class _CassetteDumper(yaml.SafeDumper):
    """Metadata first, keys in their given order, multi-line bodies as blocks."""


def _represent_text(dumper: yaml.SafeDumper, text: str) -> yaml.Node:
    style = "|" if "\n" in text else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", text, style=style)


_CassetteDumper.add_representer(str, _represent_text)


class _CassetteSerializer:
    """vcrpy's YAML form, readable: the server is the first thing in the file."""

    @staticmethod
    def serialize(cassette: dict[str, Any]) -> str:
        ordered = {"metadata": cassette.get("metadata", {}), **cassette}
        return yaml.dump(
            ordered, Dumper=_CassetteDumper, sort_keys=False, allow_unicode=True
        )

    @staticmethod
    def deserialize(text: str) -> Any:
        return yaml.load(text, Loader=yaml.CSafeLoader)
