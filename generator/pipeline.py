"""The generator's one-way pipeline, as functions the CLI and the tests share."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from pathlib import Path

from generator.catalogue import (
    CATALOGUE_PATH,
    complete_catalogue,
    read_catalogue,
    resolve,
)
from generator.loader import Document, load_document
from generator.model import Model, build_model
from generator.output import (
    Drift,
    Progress,
    compare_tree,
    copy_handwritten,
    format_files,
    write_tree,
)
from generator.render import render
from generator.source import REPO_ROOT, SpecFile, resolve_spec
from generator.validate import validate_document, validating

logger = logging.getLogger(__name__)

DEFAULT_OUT_DIR = REPO_ROOT / "generated"


@dataclass(frozen=True)
class Options:
    """What one run reads: the spec location, the catalogue, caching.

    ``all_operations`` adds every operation the catalogue does not name.
    """

    spec: str | None = None
    catalogue: Path = CATALOGUE_PATH
    use_cache: bool = True
    all_operations: bool = False


def load(options: Options) -> tuple[SpecFile, Document]:
    """Find, parse and validate the document."""
    spec = resolve_spec(options.spec)
    document = load_document(spec, use_cache=options.use_cache)
    validate_document(spec, document, use_cache=options.use_cache)
    return spec, document


def build(options: Options) -> Model:
    """Everything up to the model: load, validate, resolve the catalogue."""
    spec, document = load(options)
    return _model(options, spec, document)


def produce(
    options: Options, progress: Progress | None = None
) -> tuple[Model, dict[str, str]]:
    """The model and the formatted files it renders to.

    On a cold run the document is validated in another process meanwhile.
    """
    spec = resolve_spec(options.spec)
    document = load_document(spec, use_cache=options.use_cache)
    with validating(spec, document, use_cache=options.use_cache):
        model = _model(options, spec, document)
        files = format_files(
            render(model), use_cache=options.use_cache, progress=progress
        )
    return model, files


def _model(options: Options, spec: SpecFile, document: Document) -> Model:
    entries = read_catalogue(options.catalogue)
    if options.all_operations:
        entries = complete_catalogue(entries, document)
    return build_model(document, resolve(entries, document), spec.sha256)


def generate(
    options: Options,
    out_dir: Path = DEFAULT_OUT_DIR,
    progress: Progress | None = None,
    force: bool = False,
) -> Model:
    """Regenerate ``out_dir``; nothing is written unless every stage succeeded.

    Another folder than ``generated/`` also gets a copy of the handwritten runtime.
    """
    started = time.perf_counter()
    model, files = produce(options, progress)
    written, removed = write_tree(out_dir, files, force=force)
    if out_dir.resolve() != DEFAULT_OUT_DIR.resolve():
        copied = copy_handwritten(DEFAULT_OUT_DIR, out_dir)
        logger.debug("copied %d handwritten runtime files to %s", copied, out_dir)
    logger.info(
        "read spec %s (%d actions kept); wrote %d of %d files, removed %d stale, "
        "in %.2f s",
        model.api_version,
        len(model.actions),
        written,
        len(files),
        removed,
        time.perf_counter() - started,
    )
    return model


def check(options: Options, out_dir: Path = DEFAULT_OUT_DIR) -> Drift:
    """How ``out_dir`` differs from a fresh generation (nothing is written)."""
    _, files = produce(options)
    return compare_tree(out_dir, files)
