"""The maintainer's commands end to end: output, drift, determinism and bad input."""

from __future__ import annotations

import contextlib
import filecmp
import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import yaml

from generator import GeneratorError, source
from generator.output import owned_files

REPO = Path(__file__).resolve().parents[2]
GENERATED = REPO / "generated"


def gen(*args: str, seed: str = "0", **env: str) -> subprocess.CompletedProcess[str]:
    """Run ``python -m generator`` as a user would, in a fresh interpreter."""
    return subprocess.run(
        [sys.executable, "-m", "generator", *args],
        cwd=REPO,
        env={**os.environ, "PYTHONHASHSEED": seed, **env},
        capture_output=True,
        text=True,
        check=False,
    )


def tree(root: Path) -> dict[str, bytes]:
    """The generator-owned files under ``root``, by relative path."""
    return {name: (root / name).read_bytes() for name in owned_files(root)}


def test_generation_is_byte_identical_across_hash_seeds(tmp_path: Path) -> None:
    first, second = tmp_path / "a", tmp_path / "b"

    assert gen("generate", "--out", str(first), seed="1").returncode == 0
    assert gen("generate", "--out", str(second), seed="2").returncode == 0

    assert tree(first) == tree(second)
    committed = {
        name: (GENERATED / name).read_bytes() for name in owned_files(GENERATED)
    }
    assert tree(first) == committed


def test_check_passes_on_the_committed_tree() -> None:
    result = gen("check")

    assert result.returncode == 0, result.stdout + result.stderr
    assert "up to date" in result.stdout


def test_check_reports_changed_missing_and_stale_files(tmp_path: Path) -> None:
    out = tmp_path / "generated"
    shutil.copytree(GENERATED, out, ignore=shutil.ignore_patterns("__pycache__"))
    customers = out / "stripe_actions" / "customers.py"
    customers.write_text(customers.read_text() + "\n# edited by hand\n")
    (out / "stripe_actions" / "schemas" / "prices.create.input.json").unlink()
    (out / "stripe_actions" / "leftover.py").write_text("# from an old catalogue\n")
    with (out / ".stripe-actions-files").open("a") as manifest:
        manifest.write("stripe_actions/leftover.py\n")
    (out / "docs" / "notes.md").write_text("# the team's own notes\n")

    result = gen("check", "--out", str(out))

    assert result.returncode == 1
    assert "+# edited by hand" not in result.stdout
    assert "-# edited by hand" in result.stdout
    assert "changed: stripe_actions/customers.py" in result.stderr
    assert "missing: stripe_actions/schemas/prices.create.input.json" in result.stderr
    assert "stale: stripe_actions/leftover.py" in result.stderr

    fixed = gen("generate", "--out", str(out))
    assert fixed.returncode == 0, fixed.stderr
    assert not (out / "stripe_actions" / "leftover.py").exists()
    assert (out / "docs" / "notes.md").read_text() == "# the team's own notes\n"
    assert filecmp.cmp(customers, GENERATED / "stripe_actions" / "customers.py")
    assert (out / "stripe_actions" / "_base" / "client.py").is_file()
    assert gen("check", "--out", str(out)).returncode == 0


def test_list_shows_every_action_with_its_route() -> None:
    result = gen("list")

    lines = result.stdout.splitlines()
    assert result.returncode == 0
    assert len(lines) == 22
    assert lines[0].split() == [
        "api.request",
        "Perform",
        "an",
        "API",
        "call",
        "any",
        "request",
    ]
    assert "invoices.finalize" in result.stdout
    assert "POST /v1/invoices/{invoice}/finalize" in result.stdout


def test_validate_names_the_version() -> None:
    result = gen("validate")

    assert result.returncode == 0
    assert "valid OpenAPI document, API version 2023-08-16" in result.stdout


def write_catalogue(tmp_path: Path, entries: object) -> Path:
    path = tmp_path / "catalogue.yaml"
    path.write_text(yaml.safe_dump(entries))
    return path


@pytest.mark.parametrize(
    ("entries", "message"),
    [
        (
            [
                {
                    "id": "customers.create",
                    "title": "Create a customer",
                    "operation": "PostCustomer",
                    "method": "post",
                    "path": "/v1/customers",
                }
            ],
            "'customers.create': operation 'PostCustomer' is not in the spec; "
            "closest: PostCustomers",
        ),
        (
            [
                {
                    "id": "customers.create",
                    "title": "Create a customer",
                    "operation": "PostCustomers",
                    "method": "get",
                    "path": "/v1/customers",
                }
            ],
            "'customers.create': operation 'PostCustomers' is POST /v1/customers "
            "in the spec, not GET /v1/customers",
        ),
        (
            [{"id": "customers.create", "operation": "PostCustomers"}],
            "entry 1: 'customers.create': 'title' is missing",
        ),
        (
            [{"id": "CreateCustomer", "title": "x"}],
            "entry 1: 'id' must look like 'resource.verb', got 'CreateCustomer'",
        ),
        ({"customers.create": {}}, "expected a list of entries"),
        ([], "the catalogue has no entries"),
        (
            [{"id": "refunds.class", "title": "x", "kind": "request"}],
            "'refunds.class': 'class' is a Python keyword",
        ),
        (
            [{"id": "api.request", "title": "x", "kind": "request", "exmaple": {}}],
            "'api.request': unknown key 'exmaple' (did you mean 'example'?)",
        ),
        (
            [
                {
                    "id": f"customers.{verb}",
                    "title": "Create a customer",
                    "operation": "PostCustomers",
                    "method": "post",
                    "path": "/v1/customers",
                }
                for verb in ("create", "make")
            ],
            "entry 'customers.make': PostCustomers is already the action "
            "'customers.create'",
        ),
        (
            [
                {
                    "id": "customers.create",
                    "title": "Create a customer",
                    "operation": "PostCustomers",
                    "method": "post",
                    "path": "/v1/customers",
                    "example": {"email": 5, "nmae": "Jo"},
                }
            ],
            "'customers.create': example at $: Additional properties are not "
            "allowed ('nmae' was unexpected)",
        ),
    ],
    ids=[
        "unknown-operation",
        "wrong-method",
        "no-title",
        "bad-id",
        "not-a-list",
        "empty",
        "keyword-id",
        "misspelt-key",
        "same-operation-twice",
        "bad-example",
    ],
)
def test_bad_catalogue_is_one_clear_line(
    tmp_path: Path, entries: object, message: str
) -> None:
    catalogue = write_catalogue(tmp_path, entries)

    result = gen(
        "generate", "--catalogue", str(catalogue), "--out", str(tmp_path / "o")
    )

    assert result.returncode == 1
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "o").exists()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "spec file not found"),
        ("paths: [unclosed", "not valid JSON or YAML"),
        ('{"swagger": "2.0"}', "a Swagger 2.0 document; OpenAPI 3 is needed"),
        ('{"info": {}}', "not an OpenAPI document (no 'openapi' field)"),
        ("[1, 2]", "not an OpenAPI document (the top level is a list)"),
        ("", "the spec file is empty"),
        (
            '{"openapi": "3.0.0", "info": {"title": "t", "version": "1"}, "paths": '
            '{"/x": {"get": {"responses": {"200": {"description": "ok", "content": '
            '{"application/json": {"schema": {"$ref": "#/components/schemas/gone"}}}'
            "}}}}}}",
            "not a valid OpenAPI document: $ref '/components/schemas/gone' cannot "
            "be resolved",
        ),
        (
            '{"openapi": "3.0.0", "paths": {}}',
            "not a valid OpenAPI document at '': ",
        ),
    ],
    ids=[
        "missing",
        "bad-yaml",
        "swagger",
        "no-openapi-field",
        "json-array",
        "empty",
        "broken-ref",
        "invalid-openapi",
    ],
)
def test_bad_spec_names_the_file(
    tmp_path: Path, content: str | None, message: str
) -> None:
    spec = tmp_path / "spec.yaml"
    if content is not None:
        spec.write_text(content)

    result = gen("generate", "--spec", str(spec), "--out", str(tmp_path / "o"))

    assert result.returncode == 1
    assert str(spec) in result.stderr
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_local_copy_with_the_wrong_hash_is_refused(tmp_path: Path) -> None:
    lock = source.read_lock()
    fake = tmp_path / lock.api_version / lock.file_name
    fake.parent.mkdir()
    fake.write_text("openapi: 3.0.0\n")

    result = gen("validate", STRIPE_OPENAPI_DIR=str(tmp_path))

    assert result.returncode == 1
    assert f"does not match the lock's {lock.sha256}" in result.stderr
    assert str(fake) in result.stderr


def test_spec_environment_variable_is_honoured(tmp_path: Path) -> None:
    result = gen("validate", STRIPE_ACTIONS_SPEC=str(tmp_path / "absent.json"))

    assert result.returncode == 1
    assert "absent.json: spec file not found" in result.stderr


@contextlib.contextmanager
def served(body: bytes, status: int = 200) -> Iterator[list[str]]:
    """Route the source module's downloads to an in-memory server."""
    requested: list[str] = []
    original = source.httpx.stream

    def handler(request: httpx.Request) -> httpx.Response:
        requested.append(str(request.url))
        return httpx.Response(status, content=body)

    client = httpx.Client(transport=httpx.MockTransport(handler))
    source.httpx.stream = lambda method, url, **kwargs: client.stream(method, url)  # type: ignore[assignment]
    try:
        yield requested
    finally:
        source.httpx.stream = original  # type: ignore[assignment]


def test_download_is_verified_and_cached(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    body = b'{"openapi": "3.0.0"}'
    lock = source.SpecLock(
        api_version="2099-01-01",
        format="json",
        repository="stripe/openapi",
        commit="c0ffee",
        path="openapi/spec3.json",
        url="https://example.invalid/spec3.json",
        sha256=__import__("hashlib").sha256(body).hexdigest(),
    )
    monkeypatch.setenv(source.SHARED_SPECS_ENV, str(tmp_path / "no-shared"))
    monkeypatch.setenv(source.CACHE_ENV, str(tmp_path / "cache"))

    with served(body) as requested:
        first = source.resolve_spec(lock=lock)
        second = source.resolve_spec(lock=lock)

    assert requested == ["https://example.invalid/spec3.json"]
    assert first.path == second.path
    assert first.path.read_bytes() == body
    assert first.sha256 == lock.sha256


def test_download_with_the_wrong_hash_leaves_nothing_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    lock = source.SpecLock(
        api_version="2099-01-01",
        format="json",
        repository="stripe/openapi",
        commit="c0ffee",
        path="openapi/spec3.json",
        url="https://example.invalid/spec3.json",
        sha256="0" * 64,
    )
    monkeypatch.setenv(source.SHARED_SPECS_ENV, str(tmp_path / "no-shared"))
    monkeypatch.setenv(source.CACHE_ENV, str(tmp_path / "cache"))

    with served(b"tampered"), pytest.raises(GeneratorError, match="does not match"):
        source.resolve_spec(lock=lock)

    assert list((tmp_path / "cache" / "specs").iterdir()) == []


def test_failed_download_is_a_clear_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(source.CACHE_ENV, str(tmp_path / "cache"))

    with (
        served(b"gone", status=404),
        pytest.raises(
            GeneratorError, match="https://example.invalid/x.json: download failed"
        ),
    ):
        source.download("https://example.invalid/x.json", tmp_path / "x.json")

    assert not (tmp_path / "x.json").exists()


def test_lock_file_errors_name_the_file_and_field(tmp_path: Path) -> None:
    lock_path = tmp_path / "lock.json"
    lock_path.write_text(json.dumps({"api_version": "2023-08-16"}))

    with pytest.raises(GeneratorError, match=r"lock.json: missing field\(s\) format"):
        source.read_lock(lock_path)


def test_black_in_chunks_equals_black_on_the_whole_file() -> None:
    """The parallel formatter may cut a large file; the result must not change."""
    import black

    from generator.output import _BLACK_MODE, split_top_level

    types_module = (GENERATED / "stripe_actions" / "types.py").read_text()
    sample = types_module[: types_module.index("\n\n\nclass", 150_000)] + "\n"
    unformatted = sample.replace(
        "    business_type: NotRequired[\n"
        '        Literal["company", "government_entity", "individual", "non_profit"]'
        " | None\n    ]",
        '    business_type: NotRequired[Literal["company", "government_entity", '
        '"individual", "non_profit"] | None]',
    )
    pieces = split_top_level(unformatted, 40_000)

    joined = "\n\n".join(black.format_str(p, mode=_BLACK_MODE) for p in pieces)
    assert len(pieces) >= 3
    assert unformatted != sample
    assert joined == black.format_str(unformatted, mode=_BLACK_MODE) == sample


def test_unwritable_output_folder_is_one_clear_line(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder\n")

    result = gen("generate", "--out", str(blocker / "generated"))

    assert result.returncode == 1
    assert result.stderr.strip().endswith("Not a directory")
    assert f"error: {blocker}" in result.stderr
    assert "Traceback" not in result.stderr


def test_files_the_generator_did_not_write_are_never_replaced(tmp_path: Path) -> None:
    out = tmp_path / "site"
    (out / "docs").mkdir(parents=True)
    (out / "docs" / "README.md").write_text("# our handbook\n")
    (out / "docs" / "guide.md").write_text("# a guide\n")

    refused = gen("generate", "--out", str(out))

    assert refused.returncode == 1
    assert "would replace 1 file(s) the generator did not write" in refused.stderr
    assert "docs/README.md" in refused.stderr
    assert (out / "docs" / "README.md").read_text() == "# our handbook\n"
    assert not (out / "stripe_actions").exists()

    forced = gen("generate", "--out", str(out), "--force")
    assert forced.returncode == 0, forced.stderr
    assert (out / "docs" / "guide.md").read_text() == "# a guide\n"
    assert (out / "docs" / "README.md").read_text().startswith("<!-- Generated")


@pytest.mark.parametrize("out", ["", "."])
def test_empty_or_current_output_folder_is_refused(out: str) -> None:
    result = gen("generate", "--out", out)

    assert result.returncode == 2
    assert "--out needs a folder name" in result.stderr


def test_check_of_a_missing_folder_says_so(tmp_path: Path) -> None:
    result = gen("check", "--out", str(tmp_path / "absent"))

    assert result.returncode == 2
    assert "no such folder to check" in result.stderr


def test_damaged_black_cache_entries_are_ignored(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    out = tmp_path / "out"
    assert (
        gen("generate", "--out", str(out), STRIPE_ACTIONS_CACHE=str(cache)).returncode
        == 0
    )
    for entry in (cache / "black").rglob("*"):
        if entry.is_file():
            entry.write_text(entry.read_text()[:10])

    again = gen("generate", "--out", str(out), STRIPE_ACTIONS_CACHE=str(cache))
    check = gen("check", STRIPE_ACTIONS_CACHE=str(cache))

    assert again.returncode == 0, again.stderr
    assert "ignoring damaged cache entry" in again.stderr
    assert tree(out) == tree(GENERATED)
    assert check.returncode == 0


def test_garbage_in_the_parsed_document_cache_is_ignored(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    assert gen("validate", STRIPE_ACTIONS_CACHE=str(cache)).returncode == 0
    (parsed,) = (cache / "parsed").iterdir()
    parsed.write_bytes(bytes(range(256)) * 4)

    result = gen("validate", STRIPE_ACTIONS_CACHE=str(cache))

    assert result.returncode == 0, result.stderr
    assert "ignoring unreadable cache file" in result.stderr


@pytest.mark.parametrize(
    ("location", "message"),
    [("ftp://example.com/spec3.json", "only http:// and https:// URLs are read")],
)
def test_spec_locations_that_cannot_be_read(location: str, message: str) -> None:
    result = gen("validate", "--spec", location)

    assert result.returncode == 1
    assert f"{location}: {message}" in result.stderr


def test_spec_folder_is_named_as_a_folder(tmp_path: Path) -> None:
    result = gen("validate", "--spec", str(tmp_path))

    assert result.returncode == 1
    assert f"{tmp_path}: is a folder, not a spec file" in result.stderr


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ([], "expected a JSON object of lock fields"),
        ({"api_version": "../../etc"}, "missing field(s) format"),
        (
            {**source.read_lock().__dict__, "api_version": "../../etc"},
            "field api_version is '../../etc'",
        ),
        ({**source.read_lock().__dict__, "format": "xml"}, "field format is 'xml'"),
        ({**source.read_lock().__dict__, "sha256": "nothex"}, "field sha256"),
    ],
    ids=["list", "missing", "api-version", "format", "sha256"],
)
def test_malformed_lock_fields_are_named(
    tmp_path: Path, fields: object, message: str
) -> None:
    lock_path = tmp_path / "lock.json"
    lock_path.write_text(json.dumps(fields))

    with pytest.raises(GeneratorError, match=re.escape(message)):
        source.read_lock(lock_path)


def test_no_local_copy_says_where_it_looked(tmp_path: Path) -> None:
    result = gen(
        "validate",
        STRIPE_OPENAPI_DIR=str(tmp_path / "nowhere"),
        STRIPE_ACTIONS_CACHE=str(tmp_path / "cache"),
    )

    assert result.returncode == 1
    assert f"no local copy at {tmp_path / 'nowhere'}" in result.stderr
    assert "download failed" in result.stderr


def test_sigterm_stops_the_generator_and_its_workers(tmp_path: Path) -> None:
    import signal
    import time

    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "generator",
            "generate",
            "--no-cache",
            "--out",
            str(tmp_path / "out"),
        ],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    time.sleep(2.5)
    process.send_signal(signal.SIGTERM)
    _, stderr = process.communicate(timeout=60)

    time.sleep(0.5)
    leftovers = subprocess.run(
        ["pgrep", "-f", str(tmp_path / "out")], capture_output=True, text=True
    )
    assert process.returncode == 130
    assert "aborted" in stderr
    assert "Traceback" not in stderr
    assert leftovers.stdout == ""
