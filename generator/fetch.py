"""Repin the lock to a published spec: fetch it, check it, then rewrite ``lock.json``.

Online, the document comes from github.com/stripe/openapi at a commit or tag; the
ref is first resolved to a commit so the lock names exactly one document. Offline,
a local file takes its place. Either way the document must parse and validate
before the lock is touched, and the lock is replaced atomically: any failure on the
way leaves the old lock as it was.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import Literal

import httpx

from generator import GeneratorError
from generator.loader import parse_file
from generator.source import (
    DOWNLOAD_TIMEOUT_SECONDS,
    LOCK_PATH,
    SpecFile,
    SpecLock,
    cache_dir,
    download,
    sha256_of,
    write_lock,
)
from generator.validate import validate_document

logger = logging.getLogger(__name__)

SpecFormat = Literal["json", "yaml"]

REPOSITORY = "stripe/openapi"
DEFAULT_REF = "master"
SPEC_PATHS: dict[SpecFormat, str] = {
    "json": "openapi/spec3.json",
    "yaml": "openapi/spec3.yaml",
}
RAW_URL = "https://raw.githubusercontent.com/{repository}/{commit}/{path}"
COMMIT_URL = "https://api.github.com/repos/{repository}/commits/{ref}"
_COMMIT_SHA = re.compile(r"^[0-9a-f]{40}$")


def fetch_spec(
    ref: str = DEFAULT_REF,
    spec_format: SpecFormat = "yaml",
    *,
    lock_path: Path = LOCK_PATH,
    client: httpx.Client | None = None,
) -> SpecLock:
    """Download the document published at ``ref``, check it and pin it.

    The download lands in the cache under its sha256, where ``resolve_spec`` looks
    for the pinned document, so the next generation does not download it again.
    """
    commit = resolve_commit(ref, client)
    path = SPEC_PATHS[spec_format]
    url = RAW_URL.format(repository=REPOSITORY, commit=commit, path=path)
    staged = cache_dir() / "downloads" / f"{commit}-{Path(path).name}"
    sha256 = download(url, staged, client=client)

    try:
        api_version = _checked_version(SpecFile(staged, sha256, origin=url))
        stored = cache_dir() / "specs" / f"{sha256}{staged.suffix}"
        stored.parent.mkdir(parents=True, exist_ok=True)
        staged.replace(stored)
    finally:
        staged.unlink(missing_ok=True)

    lock = SpecLock(
        api_version=api_version,
        format=spec_format,
        repository=REPOSITORY,
        commit=commit,
        path=path,
        url=url,
        sha256=sha256,
    )
    write_lock(lock, lock_path)
    logger.info("pinned %s (API version %s) in %s", url, api_version, lock_path)
    return lock


def pin_local_spec(
    source: Path, ref: str | None = None, *, lock_path: Path = LOCK_PATH
) -> SpecLock:
    """Pin a local copy of a published document, checked as a download would be.

    With ``ref`` (the commit the copy was published in) the lock names Stripe's
    URL for it, exactly as ``fetch_spec`` would; without, it names the file itself
    by a ``file:`` URL.
    """
    if not source.is_file():
        raise GeneratorError(f"{source}: spec file not found")

    sha256 = sha256_of(source)
    api_version = _checked_version(SpecFile(source, sha256, origin=str(source)))
    spec_format: SpecFormat = "json" if _looks_like_json(source) else "yaml"

    if ref:
        path = SPEC_PATHS[spec_format]
        lock = SpecLock(
            api_version=api_version,
            format=spec_format,
            repository=REPOSITORY,
            commit=ref,
            path=path,
            url=RAW_URL.format(repository=REPOSITORY, commit=ref, path=path),
            sha256=sha256,
        )
    else:
        lock = SpecLock(
            api_version=api_version,
            format=spec_format,
            repository="",
            commit="",
            path=source.name,
            url=source.resolve().as_uri(),
            sha256=sha256,
        )

    write_lock(lock, lock_path)
    logger.info("pinned %s (API version %s) in %s", source, api_version, lock_path)
    return lock


def resolve_commit(ref: str, client: httpx.Client | None = None) -> str:
    """The commit a branch, tag or commit of Stripe's repository names."""
    if _COMMIT_SHA.match(ref):
        return ref

    url = COMMIT_URL.format(repository=REPOSITORY, ref=ref)
    headers = {"Accept": "application/vnd.github.sha"}
    try:
        if client is not None:
            response = client.get(url, headers=headers)
        else:
            response = httpx.get(url, headers=headers, timeout=DOWNLOAD_TIMEOUT_SECONDS)
        response.raise_for_status()
    except httpx.HTTPError as error:
        raise GeneratorError(
            f"--ref {ref}: cannot resolve it to a commit of {REPOSITORY} ({error})"
        ) from None

    commit = response.text.strip()
    if not _COMMIT_SHA.match(commit):
        raise GeneratorError(
            f"--ref {ref}: {url} answered {commit[:60]!r}, not a commit sha"
        )
    return commit


def _checked_version(spec: SpecFile) -> str:
    """Parse and validate the document; its API version (``info.version``)."""
    document = parse_file(spec.path)
    validate_document(spec, document)
    info = document.get("info")
    version = info.get("version") if isinstance(info, dict) else None
    if not isinstance(version, str) or not version:
        raise GeneratorError(f"{spec.origin}: the document has no info.version")
    return version


def _looks_like_json(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(256).lstrip()[:1] == b"{"
