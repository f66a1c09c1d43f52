"""Where the bench finds its interpreters, tools, the pinned spec and its scratch."""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
# Scratch: cut-down specs, generated trees, caches. Git-ignored, rebuilt each run.
OUT = REPO / "bench" / ".out"
# openapi-python-client and the validator backends live here, never in .venv.
BENCH_VENV = REPO / "bench" / ".venv"
BENCH_PYTHON = BENCH_VENV / "bin" / "python"
# The project's interpreter: the one running the bench.
PYTHON = Path(sys.executable)
GENERATOR = PYTHON.parent / "stripe-actions-gen"
REPORT = REPO / "BENCHMARKS.md"


def pinned_spec() -> Path:
    """The pinned document as the generator finds it (shared copy or download)."""
    from generator.source import resolve_spec

    return resolve_spec().path


SPEC = pinned_spec()
