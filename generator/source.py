"""Find the Stripe OpenAPI document: an explicit path or URL, a local copy, a download.

The lock file in ``spec/`` pins one published document by URL and sha256. The
document itself is Stripe's and never lives in this repository: it is read from the
shared folder beside the checkout when present, otherwise downloaded into a
git-ignored cache and checked against the pinned sha256.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path
from urllib.parse import unquote, urlparse

import httpx

from generator import GeneratorError

logger = logging.getLogger(__name__)

REPO_ROOT = Path(__file__).resolve().parent.parent
LOCK_PATH = REPO_ROOT / "spec" / "lock.json"
SPEC_ENV = "STRIPE_ACTIONS_SPEC"
SHARED_SPECS_ENV = "STRIPE_OPENAPI_DIR"
CACHE_ENV = "STRIPE_ACTIONS_CACHE"
DOWNLOAD_TIMEOUT_SECONDS = 60.0
_LOCK_PATTERNS = {
    "api_version": re.compile(r"\d{4}-\d{2}-\d{2}(\.[a-z]+)?"),
    "format": re.compile(r"json|yaml"),
    "sha256": re.compile(r"[0-9a-f]{64}"),
}


@dataclass(frozen=True)
class SpecLock:
    """The pinned published document: where it lives and what it must hash to."""

    api_version: str
    format: str
    repository: str
    commit: str
    path: str
    url: str
    sha256: str

    @property
    def file_name(self) -> str:
        return self.path.rsplit("/", 1)[-1]


@dataclass(frozen=True)
class SpecFile:
    """A document on disk, with the facts later stages need about it."""

    path: Path
    sha256: str
    origin: str


def cache_dir() -> Path:
    """The folder for downloads and parsed-document caches (git-ignored)."""
    return Path(os.environ.get(CACHE_ENV) or REPO_ROOT / ".cache")


def shared_specs_dir() -> Path:
    """Where Stripe's published documents lie beside the checkout, when they do."""
    return Path(
        os.environ.get(SHARED_SPECS_ENV)
        or REPO_ROOT.parent / "shared" / "stripe-openapi"
    )


def read_lock(path: Path = LOCK_PATH) -> SpecLock:
    """Read the lock file, naming the file and the field when it is malformed."""
    try:
        fields = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise GeneratorError(f"{path}: lock file not found") from None
    except json.JSONDecodeError as error:
        raise GeneratorError(f"{path}: not valid JSON ({error})") from None

    if not isinstance(fields, dict):
        raise GeneratorError(f"{path}: expected a JSON object of lock fields")
    missing = [name for name in SpecLock.__annotations__ if name not in fields]
    if missing:
        raise GeneratorError(f"{path}: missing field(s) {', '.join(missing)}")

    lock = SpecLock(**{name: str(fields[name]) for name in SpecLock.__annotations__})
    for name, pattern in _LOCK_PATTERNS.items():
        if not pattern.fullmatch(getattr(lock, name)):
            raise GeneratorError(
                f"{path}: field {name} is {getattr(lock, name)!r}, "
                f"which does not look like {pattern.pattern}"
            )
    return lock


def write_lock(lock: SpecLock, path: Path = LOCK_PATH) -> None:
    """Replace the lock file atomically, so a failure leaves the old one whole."""
    text = json.dumps(asdict(lock), indent=2) + "\n"
    with tempfile.NamedTemporaryFile(
        "w", dir=path.parent, delete=False, encoding="utf-8", suffix=".tmp"
    ) as handle:
        handle.write(text)
    os.replace(handle.name, path)


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def resolve_spec(explicit: str | None = None, lock: SpecLock | None = None) -> SpecFile:
    """Find the document to generate from.

    Order: an explicit path or URL (argument, then ``STRIPE_ACTIONS_SPEC``), a local
    copy of the pinned document, a download of the pinned URL.
    """
    explicit = explicit or os.environ.get(SPEC_ENV) or None
    if explicit:
        return _explicit_spec(explicit)

    return pinned_spec(lock or read_lock())


def pinned_spec(lock: SpecLock) -> SpecFile:
    """The document a lock pins: a shared copy, a cached download, or a download.

    A shared copy of another document of the same API version (Stripe republishes
    them) gives way to a cached download of the pinned one, when there is one; a
    ``file:`` URL, as ``fetch-spec --from`` writes, is read where it points.
    """
    local = shared_specs_dir() / lock.api_version / lock.file_name
    cached = cache_dir() / "specs" / f"{lock.sha256}{Path(lock.file_name).suffix}"
    if local.is_file():
        if not cached.is_file() or sha256_of(local) == lock.sha256:
            return _checked(local, lock.sha256, origin=str(local))
        logger.info("%s is not the pinned document; using the cached download", local)

    if cached.is_file():
        return _checked(cached, lock.sha256, origin=lock.url)

    if lock.url.startswith("file:"):
        return _checked(file_url_path(lock.url), lock.sha256, origin=lock.url)

    try:
        download(lock.url, cached, expected_sha256=lock.sha256)
    except GeneratorError as error:
        raise GeneratorError(f"no local copy at {local}, and {error}") from None
    return SpecFile(path=cached, sha256=lock.sha256, origin=lock.url)


def file_url_path(url: str) -> Path:
    """The local path a ``file:`` URL in the lock names."""
    return Path(unquote(urlparse(url).path))


def download(
    url: str,
    target: Path,
    expected_sha256: str | None = None,
    client: httpx.Client | None = None,
) -> str:
    """Download ``url`` to ``target`` atomically; return its sha256.

    A failed download or a hash mismatch leaves ``target`` untouched. ``client``
    is for tests and callers with their own transport.
    """
    logger.info("downloading %s", url)
    target.parent.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    with tempfile.NamedTemporaryFile(dir=target.parent, delete=False) as handle:
        partial = Path(handle.name)
        try:
            stream = client.stream if client is not None else httpx.stream
            with stream(
                "GET", url, follow_redirects=True, timeout=DOWNLOAD_TIMEOUT_SECONDS
            ) as response:
                response.raise_for_status()
                for chunk in response.iter_bytes():
                    digest.update(chunk)
                    handle.write(chunk)
        except httpx.HTTPError as error:
            partial.unlink(missing_ok=True)
            raise GeneratorError(f"{url}: download failed ({error})") from None

    actual = digest.hexdigest()
    if expected_sha256 and actual != expected_sha256:
        partial.unlink(missing_ok=True)
        raise GeneratorError(
            f"{url}: sha256 {actual} does not match the lock's {expected_sha256}"
        )

    os.replace(partial, target)
    return actual


def _explicit_spec(location: str) -> SpecFile:
    if location.startswith(("http://", "https://")):
        target = (
            cache_dir() / "downloads" / hashlib.sha256(location.encode()).hexdigest()
        )
        target = target.with_suffix(Path(location.split("?")[0]).suffix or ".json")
        sha = download(location, target)
        return SpecFile(path=target, sha256=sha, origin=location)

    if "://" in location:
        raise GeneratorError(f"{location}: only http:// and https:// URLs are read")

    path = Path(location)
    if path.is_dir():
        raise GeneratorError(f"{location}: is a folder, not a spec file")
    if not path.is_file():
        raise GeneratorError(f"{location}: spec file not found")
    if path.stat().st_size == 0:
        raise GeneratorError(f"{location}: the spec file is empty")
    return SpecFile(path=path, sha256=sha256_of(path), origin=str(path))


def _checked(path: Path, expected_sha256: str, origin: str) -> SpecFile:
    actual = sha256_of(path)
    if actual != expected_sha256:
        raise GeneratorError(
            f"{path}: sha256 {actual} does not match the lock's {expected_sha256}"
        )
    return SpecFile(path=path, sha256=actual, origin=origin)
