"""``fetch-spec``: pin a local file or a download; a failure leaves the lock alone."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
import yaml

from generator import GeneratorError, fetch, source
from tests.codegen.specs import document, get
from tests.codegen.test_cli import gen

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared" / "stripe-openapi"
COMMIT = "0123456789abcdef0123456789abcdef01234567"


@pytest.fixture
def lock_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the real lock, with the cache and shared folder moved aside."""
    monkeypatch.setenv(source.CACHE_ENV, str(tmp_path / "cache"))
    monkeypatch.setenv(source.SHARED_SPECS_ENV, str(tmp_path / "no-shared"))
    path = tmp_path / "lock.json"
    path.write_bytes(source.LOCK_PATH.read_bytes())
    return path


def small_spec() -> dict[str, object]:
    balance = {"type": "object", "properties": {"object": {"enum": ["balance"]}}}
    return document({"/v1/balance": {"get": get("GetBalance", (), balance)}})


def write_json_spec(path: Path) -> Path:
    path.write_text(json.dumps(small_spec()), encoding="utf-8")
    return path


def serve(
    routes: dict[str, Callable[[], httpx.Response]], requested: list[str]
) -> httpx.Client:
    """A client whose requests are answered in memory, by URL."""

    def handler(request: httpx.Request) -> httpx.Response:
        requested.append(str(request.url))
        answer = routes.get(str(request.url))
        return answer() if answer else httpx.Response(404, text="not found")

    return httpx.Client(transport=httpx.MockTransport(handler))


def test_from_a_local_file_pins_it_by_a_file_url(
    tmp_path: Path, lock_path: Path
) -> None:
    spec = write_json_spec(tmp_path / "spec3.json")

    lock = fetch.pin_local_spec(spec, lock_path=lock_path)

    assert source.read_lock(lock_path) == lock
    assert lock.api_version == "2099-01-01"
    assert lock.format == "json"
    assert lock.url == spec.resolve().as_uri()
    assert lock.sha256 == hashlib.sha256(spec.read_bytes()).hexdigest()
    assert (lock.repository, lock.commit, lock.path) == ("", "", "spec3.json")
    assert source.pinned_spec(lock).path == spec.resolve()


def test_from_with_a_ref_names_the_published_url(
    tmp_path: Path, lock_path: Path
) -> None:
    spec = tmp_path / "copy.yaml"
    spec.write_text(yaml.safe_dump(small_spec()), encoding="utf-8")

    lock = fetch.pin_local_spec(spec, COMMIT, lock_path=lock_path)

    assert lock.format == "yaml"
    assert lock.repository == "stripe/openapi"
    assert lock.commit == COMMIT
    assert lock.path == "openapi/spec3.yaml"
    assert lock.url == (
        f"https://raw.githubusercontent.com/stripe/openapi/{COMMIT}/openapi/spec3.yaml"
    )


def test_from_the_shared_2020_copy_gives_the_published_lock(lock_path: Path) -> None:
    spec = SHARED / "2020-08-27" / "spec3.json"
    commit = "e0123a38b40c8d840b4c0469ac0ee1650b6bfea3"

    lock = fetch.pin_local_spec(spec, commit, lock_path=lock_path)

    assert lock == source.SpecLock(
        api_version="2020-08-27",
        format="json",
        repository="stripe/openapi",
        commit=commit,
        path="openapi/spec3.json",
        url=f"https://raw.githubusercontent.com/stripe/openapi/{commit}/openapi/spec3.json",
        sha256="0623034db1e5a471369edf211838df328296018cc96dcb4bab0d5c28ab1efc9e",
    )


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{not json", "not valid JSON or YAML"),
        (json.dumps({"openapi": "3.0.0", "paths": {}}), "not a valid OpenAPI document"),
    ],
)
def test_from_a_bad_file_leaves_the_lock_untouched(
    tmp_path: Path, lock_path: Path, text: str, message: str
) -> None:
    before = lock_path.read_bytes()
    spec = tmp_path / "spec3.json"
    spec.write_text(text, encoding="utf-8")

    with pytest.raises(GeneratorError, match=message):
        fetch.pin_local_spec(spec, lock_path=lock_path)

    assert lock_path.read_bytes() == before


def test_download_resolves_the_ref_checks_and_pins(lock_path: Path) -> None:
    body = yaml.safe_dump(small_spec()).encode()
    raw = (
        f"https://raw.githubusercontent.com/stripe/openapi/{COMMIT}/openapi/spec3.yaml"
    )
    requested: list[str] = []
    client = serve(
        {
            "https://api.github.com/repos/stripe/openapi/commits/v9.9.9": (
                lambda: httpx.Response(200, text=COMMIT + "\n")
            ),
            raw: lambda: httpx.Response(200, content=body),
        },
        requested,
    )

    lock = fetch.fetch_spec("v9.9.9", "yaml", lock_path=lock_path, client=client)

    assert requested[-1] == raw
    assert source.read_lock(lock_path) == lock
    assert (lock.commit, lock.url, lock.format) == (COMMIT, raw, "yaml")
    assert lock.sha256 == hashlib.sha256(body).hexdigest()
    assert lock.api_version == "2099-01-01"
    pinned = source.pinned_spec(lock)
    assert pinned.path.read_bytes() == body
    assert pinned.path.parent.name == "specs"


@pytest.mark.parametrize(
    "failure",
    [
        lambda: httpx.Response(500, text="unavailable"),
        lambda: httpx.Response(404, text="no such file"),
        lambda: (_ for _ in ()).throw(httpx.ConnectError("network unreachable")),
    ],
    ids=["server-error", "not-found", "unreachable"],
)
def test_failed_download_leaves_the_lock_untouched(
    tmp_path: Path, lock_path: Path, failure: Callable[[], httpx.Response]
) -> None:
    before = lock_path.read_bytes()
    raw = (
        f"https://raw.githubusercontent.com/stripe/openapi/{COMMIT}/openapi/spec3.json"
    )
    client = serve({raw: failure}, [])

    with pytest.raises(GeneratorError, match="download failed"):
        fetch.fetch_spec(COMMIT, "json", lock_path=lock_path, client=client)

    assert lock_path.read_bytes() == before
    assert not list((tmp_path / "cache" / "downloads").iterdir())


def test_downloaded_invalid_document_leaves_the_lock_untouched(
    tmp_path: Path, lock_path: Path
) -> None:
    before = lock_path.read_bytes()
    raw = (
        f"https://raw.githubusercontent.com/stripe/openapi/{COMMIT}/openapi/spec3.json"
    )
    client = serve({raw: lambda: httpx.Response(200, text='{"openapi": "3.0.0"}')}, [])

    with pytest.raises(GeneratorError, match="OpenAPI document without a 'paths'"):
        fetch.fetch_spec(COMMIT, "json", lock_path=lock_path, client=client)

    assert lock_path.read_bytes() == before
    assert not list((tmp_path / "cache" / "downloads").iterdir())


def test_unresolvable_ref_is_a_clear_error(lock_path: Path) -> None:
    before = lock_path.read_bytes()
    client = serve({}, [])

    with pytest.raises(GeneratorError, match="--ref no-such-tag: cannot resolve"):
        fetch.fetch_spec("no-such-tag", lock_path=lock_path, client=client)

    assert lock_path.read_bytes() == before


def test_cli_pins_a_local_file_and_reports_errors_in_one_line(
    tmp_path: Path, lock_path: Path
) -> None:
    spec = write_json_spec(tmp_path / "spec3.json")
    env = {source.CACHE_ENV: str(tmp_path / "cache")}

    done = gen("fetch-spec", "--from", str(spec), "--lock", str(lock_path), **env)
    missing = gen(
        "fetch-spec", "--from", str(tmp_path / "absent.json"), "--lock", str(lock_path)
    )

    assert done.returncode == 0, done.stderr
    assert "API version 2099-01-01" in done.stdout
    assert "was API version 2023-08-16" in done.stdout
    assert source.read_lock(lock_path).url == spec.resolve().as_uri()
    assert missing.returncode == 1
    assert (
        missing.stderr.strip()
        == f"error: {tmp_path / 'absent.json'}: spec file not found"
    )
