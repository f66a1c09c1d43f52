"""Timing primitives: run a command or a variant several times, alternating, and
summarise the samples as median and min–max.

Alternating (ours, theirs, ours, theirs, ...) spreads drift on the machine (a
neighbour's load, the page cache warming) over both sides of a comparison instead
of loading it onto whichever ran second.
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Samples:
    """Repeated measurements of one quantity, in one unit."""

    values: list[float] = field(default_factory=list)

    def add(self, value: float) -> None:
        self.values.append(value)

    @property
    def median(self) -> float:
        return statistics.median(self.values)

    def spread(self, digits: int = 2) -> str:
        """``median (min–max)``, the way every table in the report shows a number."""
        if not self.values:
            return "n/a"
        low, high = min(self.values), max(self.values)
        return f"{self.median:.{digits}f} ({low:.{digits}f}–{high:.{digits}f})"


@dataclass(frozen=True)
class Finished:
    """One finished command: its exit code, output, wall and children's CPU time."""

    returncode: int
    stdout: str
    stderr: str
    wall_s: float
    cpu_s: float


def run(
    command: Sequence[str | Path],
    *,
    env: Mapping[str, str] | None = None,
    cwd: Path | None = None,
    timeout: float = 300.0,
) -> Finished:
    """Run a command to completion, timing it from outside.

    CPU is the user plus system time of the command and everything it waited for
    (``RUSAGE_CHILDREN``), so worker processes such as black's pool count too.
    """
    full_env = {**os.environ, **(env or {})}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    completed = subprocess.run(
        [str(part) for part in command],
        env=full_env,
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return Finished(completed.returncode, completed.stdout, completed.stderr, wall, cpu)


def alternate(
    variants: Mapping[str, Callable[[], None]], runs: int, label: str = ""
) -> None:
    """Call each variant once per round, in order, for ``runs`` rounds."""
    for round_number in range(1, runs + 1):
        for name, variant in variants.items():
            started = time.perf_counter()
            variant()
            print(
                f"  {label} round {round_number}/{runs}: {name} "
                f"{time.perf_counter() - started:.2f} s",
                flush=True,
            )
