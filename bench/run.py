"""``make bench``: every benchmark of issue 7, written to BENCHMARKS.md.

Run from the repository root with the project's interpreter, after the Makefile
has installed ``bench/requirements.txt`` into ``.venv`` and the tools into
``bench/.venv``: ``.venv/bin/python -m bench.run``.
"""

from __future__ import annotations

import argparse
import compileall
import os
import shutil
import time
from collections.abc import Callable

from bench.paths import OUT, REPO, REPORT
from bench.report import Section, render


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--command", default="make bench", help="shown in the report")
    parser.add_argument("--runs", type=int, default=5, help="rounds for quick pairs")
    parser.add_argument(
        "--slow-runs", type=int, default=3, help="rounds for the whole-pin generators"
    )
    parser.add_argument("--calls", type=int, default=2000)
    parser.add_argument(
        "--only",
        choices=("generation", "validation", "import", "calls", "paging"),
        action="append",
        help="run only these sections (repeatable)",
    )
    arguments = parser.parse_args(argv)

    from bench import client_calls, generation, imports, machine, validation

    sections: dict[str, Callable[[], Section]] = {
        "generation": lambda: generation.generation(
            arguments.slow_runs, arguments.slow_runs
        ),
        "validation": lambda: validation.validation(arguments.slow_runs),
        "import": lambda: imports.imports(arguments.runs * 4),
        "calls": lambda: client_calls.per_call(arguments.slow_runs, arguments.calls),
        "paging": lambda: client_calls.paging(arguments.slow_runs),
    }
    chosen = arguments.only or list(sections)

    started = time.perf_counter()
    load_before = os.getloadavg()[0]
    _compile_bytecode()
    shutil.rmtree(OUT, ignore_errors=True)
    OUT.mkdir(parents=True)
    results: list[Section] = []
    for name in chosen:
        print(f"{name} ...", flush=True)
        results.append(sections[name]())
    shutil.rmtree(OUT, ignore_errors=True)

    elapsed = time.perf_counter() - started
    from bench.closing import closing_note

    described = machine.describe()
    described.append(
        (
            "load average (1 min) at start, end",
            f"{load_before:.2f}, {os.getloadavg()[0]:.2f} (other sessions may share "
            "the cores; the min–max spreads show how much that moved a number)",
        )
    )
    text = render(results, described, arguments.command, elapsed, closing_note(results))
    REPORT.write_text(text, encoding="utf-8")
    print(f"wrote {REPORT} in {elapsed:.0f} s")


def _compile_bytecode() -> None:
    """Write .pyc files for our two packages, as a regular pip install does.

    They are installed editable, and where PYTHONDONTWRITEBYTECODE is set (as on
    this workplace's machines) Python would otherwise recompile them from source in
    every process, while httpx, stripe and openapi-python-client, installed
    normally, load compiled code: a comparison of interpreters' compile speed, not
    of the packages.
    """
    for package in (REPO / "generator", REPO / "generated" / "stripe_actions"):
        compileall.compile_dir(package, quiet=1)


if __name__ == "__main__":
    main()
