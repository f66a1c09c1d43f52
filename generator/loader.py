"""Parse a spec file (JSON or YAML) into a document, caching the result by sha256.

Stripe's YAML document takes about a second to parse even with libyaml; the cached
JSON form of the same document loads in a few tens of milliseconds.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from pathlib import Path
from typing import Any

import yaml

from generator import GeneratorError
from generator.source import SpecFile, cache_dir

logger = logging.getLogger(__name__)

Document = dict[str, Any]

# libyaml's loader parses Stripe's document about five times faster.
_YamlLoader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_document(spec: SpecFile, use_cache: bool = True) -> Document:
    """Return the parsed document, from the cache when an earlier run parsed it."""
    cached = cache_dir() / "parsed" / f"{spec.sha256}.json"
    if use_cache and cached.is_file():
        try:
            return _as_document(json.loads(cached.read_bytes()), spec.path)
        except (OSError, ValueError, GeneratorError):
            logger.warning("ignoring unreadable cache file %s", cached)

    document = parse_file(spec.path)
    if use_cache:
        _write_cache(cached, document)
    return document


def parse_file(path: Path) -> Document:
    """Parse JSON or YAML; the error names the file and the place that is wrong."""
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise GeneratorError(f"{path}: cannot read ({error.strerror})") from None

    try:
        if raw.lstrip()[:1] in (b"{", b"["):
            parsed = json.loads(raw)
        else:
            parsed = yaml.load(raw, Loader=_YamlLoader)  # noqa: S506 (a safe loader)
    except (json.JSONDecodeError, yaml.YAMLError, UnicodeDecodeError) as error:
        reason = " ".join(str(error).split())
        raise GeneratorError(f"{path}: not valid JSON or YAML ({reason})") from None

    return _as_document(parsed, path)


def _as_document(parsed: object, path: Path) -> Document:
    if not isinstance(parsed, dict):
        kind = type(parsed).__name__
        raise GeneratorError(
            f"{path}: not an OpenAPI document (the top level is a {kind})"
        )
    if "swagger" in parsed:
        raise GeneratorError(
            f"{path}: a Swagger {parsed['swagger']} document; OpenAPI 3 is needed"
        )
    if "openapi" not in parsed:
        raise GeneratorError(f"{path}: not an OpenAPI document (no 'openapi' field)")
    if not isinstance(parsed.get("paths"), dict):
        raise GeneratorError(f"{path}: OpenAPI document without a 'paths' object")
    return parsed


def _write_cache(target: Path, document: Document) -> None:
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(
            "w", dir=target.parent, delete=False, encoding="utf-8"
        ) as handle:
            json.dump(document, handle, separators=(",", ":"))
        os.replace(handle.name, target)
    except OSError as error:
        logger.warning("could not cache the parsed document: %s", error)
