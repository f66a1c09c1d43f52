"""What a section of the benchmark found, and BENCHMARKS.md written from it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Target:
    """One of the issue's targets: what it asks, what was measured, and the verdict.

    ``met`` is None when the measurement could not be taken.
    """

    name: str
    goal: str
    measured: str
    met: bool | None

    @property
    def verdict(self) -> str:
        return {True: "met", False: "**missed**", None: "not measured"}[self.met]


@dataclass
class Section:
    """One numbered part of the issue: a table, notes, targets, and profiles."""

    title: str
    columns: Sequence[str]
    rows: list[Sequence[str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    targets: list[Target] = field(default_factory=list)
    profiles: list[str] = field(default_factory=list)


def table(columns: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    lines = ["| " + " | ".join(columns) + " |", "|" + " --- |" * len(columns)]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return lines


def render(
    sections: Sequence[Section],
    machine: Sequence[tuple[str, str]],
    command: str,
    elapsed_s: float,
    closing: Sequence[str],
) -> str:
    """The whole of BENCHMARKS.md."""
    lines = [
        "# Benchmarks",
        "",
        "Written by `bench/run.py`; do not edit by hand. Latest results of:",
        "",
        "```",
        command,
        "```",
        "",
        f"The run took {elapsed_s / 60:.1f} minutes (after the bench environments "
        "were installed). Every number is the median of the runs, with the minimum "
        "and maximum in brackets; the two sides of each comparison ran alternately.",
        "",
        "## Machine",
        "",
        *table(("what", "value"), machine),
        "",
        "## Targets",
        "",
        *table(
            ("target", "goal", "measured", "verdict"),
            [
                (target.name, target.goal, target.measured, target.verdict)
                for section in sections
                for target in section.targets
            ],
        ),
        "",
    ]

    for number, section in enumerate(sections, start=1):
        lines += [f"## {number}. {section.title}", ""]
        lines += [*table(section.columns, section.rows), ""]
        lines += [f"- {note}" for note in section.notes]
        lines += [""] if section.notes else []

    lines += ["## Closing note", ""]
    lines += [*closing, ""]
    for section in sections:
        for profile in section.profiles:
            lines += [profile, ""]
    return "\n".join(lines).rstrip() + "\n"
