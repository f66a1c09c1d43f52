"""Where a generation's time goes: each pipeline stage timed on its own.

A deterministic profiler inflates pure-Python stages (the validator most) several
times over, so the split comes from timing the stages the pipeline runs, in a
fresh process, with the caches as the caller set them.

Run: ``.venv/bin/python -m bench.stages OUT_DIR [--all]`` prints JSON seconds.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")


def main() -> None:
    started = time.perf_counter()
    from generator.catalogue import complete_catalogue, read_catalogue, resolve
    from generator.loader import load_document
    from generator.model import build_model
    from generator.output import format_files, write_tree
    from generator.render import render
    from generator.source import resolve_spec
    from generator.validate import validate_document

    out_dir = Path(sys.argv[1])
    every_operation = "--all" in sys.argv[2:]
    stages: dict[str, float] = {"import the generator": time.perf_counter() - started}

    def timed(name: str, step: Callable[[], T]) -> T:
        began = time.perf_counter()
        result = step()
        stages[name] = time.perf_counter() - began
        return result

    spec = timed("find the spec (sha256)", resolve_spec)
    document = timed("parse the YAML", lambda: load_document(spec))
    timed(
        "validate (openapi-spec-validator)", lambda: validate_document(spec, document)
    )

    def model() -> Any:
        entries = read_catalogue()
        if every_operation:
            entries = complete_catalogue(entries, document)
        return build_model(document, resolve(entries, document), spec.sha256)

    built = timed("catalogue and model", model)
    rendered = timed("render templates", lambda: render(built))
    files = timed("black", lambda: format_files(rendered))
    timed("write files", lambda: write_tree(out_dir, files))
    stages["total"] = time.perf_counter() - started
    print(json.dumps(stages))


if __name__ == "__main__":
    main()
