"""Format rendered files with black, write them, and compare them with what is there.

The generator owns exactly the files its manifest (``.stripe-actions-files`` in the
output folder) lists: an owned file the new rendering does not produce is stale and
is removed, and a file it did not write is never deleted or silently replaced. The
handwritten runtime (``_base/``, ``py.typed``) is therefore never touched. Black is
deterministic for a given version and mode, so its output is cached by the hash of
its input; each cache entry carries the hash of its own text, so a damaged entry is
ignored instead of written out.
"""

from __future__ import annotations

import difflib
import hashlib
import logging
import os
import re
import tempfile
from collections.abc import Callable, Iterator, Mapping
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path

import black
from black.mode import Mode, TargetVersion
from black.parsing import InvalidInput

from generator import GeneratorError
from generator.source import cache_dir

logger = logging.getLogger(__name__)

MANIFEST = ".stripe-actions-files"
_MANIFEST_HEADER = (
    "# Files written by stripe-actions-gen; it deletes only files listed here.\n"
)
HANDWRITTEN = ("stripe_actions/_base/", "stripe_actions/py.typed")
_SKIPPED_PARTS = ("__pycache__",)
_BLACK_MODE = Mode(target_versions={TargetVersion.PY310}, line_length=88)
_PARALLEL_THRESHOLD = 200_000
_CHUNK_SIZE = 120_000
# Two blank lines, then a statement at column 0: where black's top level breaks.
_TOP_LEVEL_BREAK = re.compile(r"\n\n\n(?=[A-Za-z_@])")


@dataclass(frozen=True)
class Drift:
    """How an output folder differs from a fresh rendering."""

    changed: tuple[str, ...]
    added: tuple[str, ...]
    removed: tuple[str, ...]
    diff: str

    @property
    def clean(self) -> bool:
        return not (self.changed or self.added or self.removed)


# Told (files formatted so far, files to format) after each file black formats.
Progress = Callable[[int, int], None]


def format_files(
    files: Mapping[str, str], use_cache: bool = True, progress: Progress | None = None
) -> dict[str, str]:
    """Run black over the Python files; other files pass through unchanged."""
    formatted = dict(files)
    cache = cache_dir() / "black" / f"{version('black')}-checked"
    todo: dict[str, str] = {}

    for path, text in files.items():
        if not path.endswith(".py"):
            continue
        cached = _read_cached(cache / _digest(text)) if use_cache else None
        if cached is None:
            todo[path] = text
        else:
            formatted[path] = cached

    for done, (path, text) in enumerate(_run_black(todo), start=1):
        formatted[path] = text
        if use_cache:
            _write_atomic(cache / _digest(todo[path]), f"{_digest(text)}\n{text}")
        if progress is not None:
            progress(done, len(todo))

    logger.debug(
        "black formatted %d files, %d from cache", len(todo), len(files) - len(todo)
    )
    return formatted


def with_manifest(files: Mapping[str, str]) -> dict[str, str]:
    """The files plus the manifest that lists them."""
    listing = "".join(f"{path}\n" for path in sorted(files) if path != MANIFEST)
    return {**files, MANIFEST: _MANIFEST_HEADER + listing}


def write_tree(
    out_dir: Path, files: Mapping[str, str], force: bool = False
) -> tuple[int, int]:
    """Write changed files atomically and delete stale owned ones.

    Refuses, before writing anything, to replace a file the generator did not write
    unless ``force``. Returns how many of ``files`` were written and how many stale
    files were removed (the manifest is not counted).
    """
    files = with_manifest(files)
    owned = set(owned_files(out_dir))
    foreign = [
        relative
        for relative, text in sorted(files.items())
        if relative not in owned
        and (out_dir / relative).exists()
        and not _same_text(out_dir / relative, text)
    ]
    if foreign and not force:
        listed = ", ".join(foreign[:5]) + (" ..." if len(foreign) > 5 else "")
        raise GeneratorError(
            f"{out_dir}: would replace {len(foreign)} file(s) the generator did not "
            f"write ({listed}); move them away or pass --force"
        )

    written = 0
    for relative, text in sorted(files.items()):
        target = out_dir / relative
        if _same_text(target, text):
            continue
        _write_atomic(target, text)
        written += relative != MANIFEST

    removed = 0
    for relative in sorted(owned - set(files)):
        (out_dir / relative).unlink()
        _remove_empty_parents(out_dir / relative, out_dir)
        removed += 1
    return written, removed


def compare_tree(out_dir: Path, files: Mapping[str, str]) -> Drift:
    """What ``write_tree`` would change, as a unified diff."""
    files = with_manifest(files)
    existing = set(owned_files(out_dir))
    changed: list[str] = []
    diff: list[str] = []

    for relative in sorted(set(files) & existing):
        current = (out_dir / relative).read_text(encoding="utf-8")
        if current != files[relative]:
            changed.append(relative)
            diff.extend(
                difflib.unified_diff(
                    current.splitlines(keepends=True),
                    files[relative].splitlines(keepends=True),
                    fromfile=f"{relative} (on disk)",
                    tofile=f"{relative} (generated)",
                )
            )

    return Drift(
        changed=tuple(changed),
        added=tuple(sorted(set(files) - existing)),
        removed=tuple(sorted(existing - set(files))),
        diff="".join(diff),
    )


def owned_files(out_dir: Path) -> Iterator[str]:
    """The files the manifest in ``out_dir`` lists (and the manifest) that exist."""
    manifest = out_dir / MANIFEST
    try:
        listed = manifest.read_text(encoding="utf-8").splitlines()
    except (FileNotFoundError, NotADirectoryError):
        return
    except (OSError, UnicodeDecodeError) as error:
        raise GeneratorError(f"{manifest}: unreadable ({error})") from None

    yield MANIFEST
    for line in listed:
        relative = line.strip()
        if not relative or relative.startswith("#"):
            continue
        if relative.startswith(("/", "../")) or "/../" in relative:
            raise GeneratorError(f"{manifest}: {relative!r} is outside the folder")
        if (out_dir / relative).is_file():
            yield relative


def _run_black(todo: Mapping[str, str]) -> Iterator[tuple[str, str]]:
    """Black over many files, each yielded when done; large batches use every core.

    A large file is cut at top-level statements into chunks formatted side by side:
    black formats top-level statements independently, so the joined chunks are what
    black makes of the whole file (a test holds this on the pinned spec's types).
    """
    if sum(len(text) for text in todo.values()) < _PARALLEL_THRESHOLD:
        for path, text in todo.items():
            yield path, _format_one(path, text)
        return

    workers = min(os.cpu_count() or 1, 4)
    chunks = {path: split_top_level(text, _CHUNK_SIZE) for path, text in todo.items()}
    formatted: dict[str, list[str | None]] = {
        path: [None] * len(parts) for path, parts in chunks.items()
    }

    with ProcessPoolExecutor(max_workers=workers) as pool:
        futures = {
            pool.submit(_format_one, path, chunk): (path, index)
            for path, parts in sorted(chunks.items(), key=lambda kv: -len(todo[kv[0]]))
            for index, chunk in enumerate(parts)
        }
        for future in as_completed(futures):
            path, index = futures[future]
            formatted[path][index] = future.result()
            if all(part is not None for part in formatted[path]):
                yield path, "\n\n".join(part or "" for part in formatted[path])


def split_top_level(text: str, size: int) -> list[str]:
    """Cut source at blank-line-separated top-level statements into ~``size`` pieces."""
    if len(text) <= size:
        return [text]

    pieces: list[str] = []
    start = 0
    for boundary in _TOP_LEVEL_BREAK.finditer(text):
        if boundary.start() - start >= size:
            pieces.append(text[start : boundary.start()] + "\n")
            start = boundary.end()
    pieces.append(text[start:])
    return pieces


def copy_handwritten(source_dir: Path, out_dir: Path) -> int:
    """Copy the handwritten runtime (``_base/``, ``py.typed``) into another output
    folder, so a package generated there imports on its own; returns files written.
    """
    written = 0
    for path in sorted(source_dir.rglob("*")):
        relative = path.relative_to(source_dir).as_posix()
        if not path.is_file() or not relative.startswith(HANDWRITTEN):
            continue
        if any(part in _SKIPPED_PARTS for part in path.parts):
            continue
        target = out_dir / relative
        text = path.read_text(encoding="utf-8")
        if target.is_file() and target.read_text(encoding="utf-8") == text:
            continue
        _write_atomic(target, text)
        written += 1
    return written


def _format_one(path: str, text: str) -> str:
    try:
        return black.format_str(text, mode=_BLACK_MODE)
    except InvalidInput as error:
        raise GeneratorError(
            f"{path}: the rendered code is not valid Python ({error})"
        ) from None


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _write_atomic(target: Path, text: str) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(
        "w", dir=target.parent, delete=False, encoding="utf-8", newline="\n"
    ) as handle:
        handle.write(text)
    os.chmod(handle.name, 0o644)
    os.replace(handle.name, target)


def _remove_empty_parents(path: Path, root: Path) -> None:
    """Remove the folders a deleted file leaves empty, up to ``root``."""
    folder = path.parent
    while folder != root and folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()
        folder = folder.parent


def _same_text(path: Path, text: str) -> bool:
    try:
        return path.read_text(encoding="utf-8") == text
    except (OSError, UnicodeDecodeError):
        return False


def _read_cached(path: Path) -> str | None:
    """A cache entry's text, or None when it is missing or does not match its hash."""
    try:
        digest, _, text = path.read_text(encoding="utf-8").partition("\n")
    except (OSError, UnicodeDecodeError):
        return None
    if _digest(text) != digest:
        if path.exists():
            logger.warning("ignoring damaged cache entry %s", path)
        return None
    return text
