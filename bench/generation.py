"""Section 1: our generator, curated and ``--all``, against openapi-python-client.

Cold means an empty cache folder and an empty output folder; warm means the caches
and the output of an earlier run are there. openapi-python-client has no cache, so
each of its runs starts from nothing; its ruff post-hooks run (its venv's ``bin``
is on PATH), as they would for a user.
"""

from __future__ import annotations

import json
import os
import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from bench.measure import Finished, Samples, alternate, run
from bench.paths import BENCH_VENV, GENERATOR, OUT, PYTHON, REPO, SPEC
from bench.report import Section, Target

LITERAL_ENUMS_CONFIG = "literal_enums: true\n"
_DROPPED = re.compile(r"^WARNING parsing (\w+) (\S+) within .*Endpoint will not be")
_ACTIONS = re.compile(r"generated (\d+) actions")


@dataclass
class ThirdPartyRuns:
    """openapi-python-client on one document: timings, and what it did not make."""

    wall: Samples = field(default_factory=Samples)
    cpu: Samples = field(default_factory=Samples)
    default_failure: str | None = None
    default_wall_s: float | None = None
    config: str = "default"
    endpoints: int = 0
    dropped: list[str] = field(default_factory=list)
    error: str | None = None


class Workspace:
    """Fresh cache and output folders under ``bench/.out``, numbered per run."""

    def __init__(self, name: str) -> None:
        self.root = OUT / name
        shutil.rmtree(self.root, ignore_errors=True)
        self.root.mkdir(parents=True)
        self._count = 0

    def fresh(self) -> tuple[Path, Path]:
        """An empty (cache, output) pair; the previous pair is removed."""
        self._count += 1
        previous = self.root / str(self._count - 1)
        shutil.rmtree(previous, ignore_errors=True)
        run_dir = self.root / str(self._count)
        return run_dir / "cache", run_dir / "out"


def ours(cache: Path, out: Path, *extra: str, spec: Path | None = None) -> Finished:
    command: list[str | Path] = [GENERATOR, "generate", "--out", out, *extra]
    if spec is not None:
        command += ["--spec", spec]
    finished = run(command, env={"STRIPE_ACTIONS_CACHE": str(cache)})
    if finished.returncode != 0:
        raise RuntimeError(f"our generator failed: {finished.stderr[-2000:]}")
    return finished


def supports_all() -> bool:
    """Whether this checkout's generator has ``generate --all`` yet."""
    helped = run([GENERATOR, "generate", "--help"])
    return "--all" in helped.stdout


def third_party(spec: Path, out: Path, config: Path | None) -> Finished:
    shutil.rmtree(out, ignore_errors=True)
    command: list[str | Path] = [
        BENCH_VENV / "bin" / "openapi-python-client",
        "generate",
        "--path",
        spec,
        "--output-path",
        out,
        "--meta",
        "none",
    ]
    if config is not None:
        command += ["--config", config]
    path = f"{BENCH_VENV / 'bin'}:{_system_path()}"
    return run(command, env={"PATH": path}, timeout=240)


def _system_path() -> str:
    return os.environ.get("PATH", "")


def record_third_party(result: ThirdPartyRuns, finished: Finished, out: Path) -> None:
    """Add a run's time, or its failure, and what it dropped."""
    if finished.returncode != 0:
        result.error = _last_error(finished)
        return
    result.wall.add(finished.wall_s)
    result.cpu.add(finished.cpu_s)
    result.endpoints = sum(
        1 for path in out.rglob("*.py") if "def sync_detailed(" in path.read_text()
    )
    result.dropped = [
        f"{match.group(1)} {match.group(2)}"
        for line in (finished.stdout + finished.stderr).splitlines()
        if (match := _DROPPED.match(line))
    ]


def _last_error(finished: Finished) -> str:
    """The exception line of a failed run, without rich's box drawing."""
    text = finished.stderr + finished.stdout
    for line in reversed(text.splitlines()):
        if re.match(r"^\w+(Error|Exception)\b", line.strip()):
            start = text.rfind(line)
            return " ".join(text[start:].split())[:300]
    return " ".join(text.split()[-40:])[:300]


def first_third_party_run(spec: Path, out: Path, result: ThirdPartyRuns) -> Path | None:
    """Try the default config once; on failure, record it and use ``literal_enums``.

    Returns the config file for the timed runs (None: the default config works).
    This try is not timed, so both sides get the same number of timed runs.
    """
    finished = third_party(spec, out, None)
    if finished.returncode == 0:
        return None

    result.default_failure = _last_error(finished)
    result.default_wall_s = finished.wall_s
    config = OUT / "openapi-python-client.yaml"
    config.write_text(LITERAL_ENUMS_CONFIG, encoding="utf-8")
    result.config = "`literal_enums: true`"
    return config


def operation_count(document: Path) -> int:
    """Operations in a spec file, counted by our own loader."""
    script = (
        "import json, sys; from pathlib import Path; "
        "from generator.loader import parse_file; "
        "from generator.catalogue import iter_operations; "
        "print(sum(1 for _ in iter_operations(parse_file(Path(sys.argv[1])))))"
    )
    return int(run([PYTHON, "-c", script, document]).stdout)


def generation(runs: int, third_party_runs: int) -> Section:
    """Every measurement of section 1, and its targets."""
    section = Section(
        "Generation",
        ("what", "wall s", "CPU s", "endpoints", "notes"),
    )
    spec_operations = operation_count(SPEC)
    curated_actions = _curated_pair(section, runs)
    _all_vs_third_party(section, third_party_runs, spec_operations)
    _cut_down_pair(section, runs, curated_actions)
    return section


def _curated_pair(section: Section, runs: int) -> int:
    cold_ws, warm_ws = Workspace("curated-cold"), Workspace("curated-warm")
    warm_cache, warm_out = warm_ws.fresh()
    actions = _action_count(ours(warm_cache, warm_out))
    cold, warm = (Samples(), Samples()), (Samples(), Samples())

    def run_cold() -> None:
        finished = ours(*cold_ws.fresh())
        cold[0].add(finished.wall_s)
        cold[1].add(finished.cpu_s)

    def run_warm() -> None:
        finished = ours(warm_cache, warm_out)
        warm[0].add(finished.wall_s)
        warm[1].add(finished.cpu_s)

    alternate({"cold": run_cold, "warm": run_warm}, runs, "curated generate")
    section.rows += [
        ("ours, curated, cold", cold[0].spread(), cold[1].spread(), str(actions), ""),
        ("ours, curated, warm", warm[0].spread(), warm[1].spread(), str(actions), ""),
    ]
    section.targets += [
        Target(
            "curated generate, warm",
            "≤ 1 s",
            f"{warm[0].median:.2f} s",
            warm[0].median <= 1.0,
        ),
        Target(
            "curated generate, cold",
            "≤ 5 s",
            f"{cold[0].median:.2f} s",
            cold[0].median <= 5.0,
        ),
    ]
    if cold[0].median > 5.0:
        section.profiles.append(_stage_profile("curated generate, cold", []))
        section.profiles.append(_formatter_profile())
    return actions


def _all_vs_third_party(section: Section, runs: int, spec_operations: int) -> None:
    has_all = supports_all()
    ours_ws, theirs_out = Workspace("all-cold"), OUT / "opc-whole"
    theirs = ThirdPartyRuns()
    config = first_third_party_run(SPEC, theirs_out, theirs)
    cold = (Samples(), Samples())
    actions = 0
    kept: list[tuple[Path, Path]] = []

    def run_ours() -> None:
        nonlocal actions
        cache, out = ours_ws.fresh()
        finished = ours(cache, out, "--all")
        actions = _action_count(finished)
        cold[0].add(finished.wall_s)
        cold[1].add(finished.cpu_s)
        kept[:] = [(cache, out)]

    def run_theirs() -> None:
        if theirs.error is None:
            record_third_party(
                theirs, third_party(SPEC, theirs_out, config), theirs_out
            )

    variants = {"ours --all": run_ours} if has_all else {}
    variants["openapi-python-client"] = run_theirs
    alternate(variants, runs, "whole pin")

    if theirs.default_failure:
        section.rows.append(
            (
                "openapi-python-client, whole pin, default config",
                f"{theirs.default_wall_s:.2f} (1 run)",
                "",
                "0",
                f"fails: {theirs.default_failure}",
            )
        )
    theirs_note = f"config {theirs.config}; drops {len(theirs.dropped)}"
    if theirs.error:
        theirs_note = f"fails: {theirs.error}"
    section.rows.append(
        (
            f"openapi-python-client, whole pin ({spec_operations} operations)",
            theirs.wall.spread(),
            theirs.cpu.spread(),
            str(theirs.endpoints),
            theirs_note,
        )
    )

    if not has_all:
        section.notes.append(
            "`generate --all` is not in this checkout's generator: not measured."
        )
        section.targets.append(
            Target(
                "`generate --all` vs openapi-python-client",
                "faster, nothing " "dropped",
                "no `--all` in this checkout",
                None,
            )
        )
        _dropped_note(section, "whole pin", theirs)
        return

    warm = (Samples(), Samples())
    cache, out = kept[0]

    def run_warm() -> None:
        finished = ours(cache, out, "--all")
        warm[0].add(finished.wall_s)
        warm[1].add(finished.cpu_s)

    alternate({"ours --all warm": run_warm}, runs, "whole pin")
    operations = actions - _request_actions()
    section.rows += [
        (
            "ours, `--all`, cold",
            cold[0].spread(),
            cold[1].spread(),
            str(operations),
            "nothing dropped" if operations == spec_operations else "DROPS",
        ),
        (
            "ours, `--all`, warm",
            warm[0].spread(),
            warm[1].spread(),
            str(operations),
            "",
        ),
    ]
    ratio = theirs.wall.median / cold[0].median if theirs.wall.values else 0.0
    if theirs.wall.values:
        section.notes.append(
            f"Whole pin, cold: wall-time ratio openapi-python-client / ours "
            f"{ratio:.2f}; it makes {theirs.endpoints} of {spec_operations} "
            f"endpoints, ours {operations}."
        )
    faster = bool(theirs.wall.values) and cold[0].median < theirs.wall.median
    section.targets.append(
        Target(
            "`generate --all` vs openapi-python-client (whole pin)",
            "faster, nothing dropped",
            (
                f"{cold[0].median:.1f} s cold vs {theirs.wall.median:.1f} s; "
                f"{operations}/{spec_operations} operations"
                if theirs.wall.values
                else f"{cold[0].median:.1f} s; theirs failed"
            ),
            faster and operations == spec_operations,
        )
    )
    section.profiles.append(_stage_profile("`generate --all`, cold", ["--all"]))
    _dropped_note(section, "whole pin", theirs)


def _cut_down_pair(section: Section, runs: int, curated_actions: int) -> None:
    cut = OUT / "spec-curated.json"
    summary = json.loads(run([PYTHON, "-m", "bench.cutdown", cut], cwd=REPO).stdout)
    ours_ws, theirs_out = Workspace("cut-cold"), OUT / "opc-cut"
    theirs = ThirdPartyRuns()
    config = first_third_party_run(cut, theirs_out, theirs)
    cold = (Samples(), Samples())

    def run_ours() -> None:
        cache, out = ours_ws.fresh()
        finished = ours(cache, out, spec=cut)
        cold[0].add(finished.wall_s)
        cold[1].add(finished.cpu_s)

    def run_theirs() -> None:
        if theirs.error is None:
            record_third_party(theirs, third_party(cut, theirs_out, config), theirs_out)

    alternate({"ours": run_ours, "openapi-python-client": run_theirs}, runs, "cut pin")
    label = (
        f"cut-down pin ({summary['operations']} operations, "
        f"{summary['schemas']} of {summary['spec_schemas']} schemas)"
    )
    section.rows += [
        (
            f"ours, curated, cold, {label}",
            cold[0].spread(),
            cold[1].spread(),
            str(curated_actions - _request_actions()),
            "nothing dropped",
        ),
        (
            f"openapi-python-client, {label}",
            theirs.wall.spread(),
            theirs.cpu.spread(),
            str(theirs.endpoints),
            (
                f"fails: {theirs.error}"
                if theirs.error
                else f"config {theirs.config}; drops {len(theirs.dropped)}"
            ),
        ),
    ]
    if theirs.default_failure:
        section.notes.append(
            f"Cut-down pin, default config: fails ({theirs.default_failure})."
        )
    if theirs.wall.values:
        ratio = theirs.wall.median / cold[0].median
        faster = "ours is faster" if ratio > 1 else "openapi-python-client is faster"
        section.notes.append(
            f"Cut-down pin, cold: wall-time ratio openapi-python-client / ours "
            f"{ratio:.2f} ({faster}); CPU {theirs.cpu.median:.1f} s against our "
            f"{cold[1].median:.1f} s. Ours still parses and validates, and black "
            "uses both cores when it has a large batch."
        )
    _dropped_note(section, "cut-down pin", theirs)


def _dropped_note(section: Section, where: str, theirs: ThirdPartyRuns) -> None:
    if theirs.default_failure:
        section.notes.append(
            f"openapi-python-client on the {where} with its default config stops "
            f"after {theirs.default_wall_s:.0f} s: {theirs.default_failure}"
        )
    if theirs.dropped:
        section.notes.append(
            f"openapi-python-client drops {len(theirs.dropped)} endpoints on the "
            f'{where} ("Endpoint will not be generated"): '
            + ", ".join(f"`{name}`" for name in theirs.dropped)
            + "."
        )


def _action_count(finished: Finished) -> int:
    match = _ACTIONS.search(finished.stdout)
    return int(match.group(1)) if match else 0


def _request_actions() -> int:
    """Catalogue entries that are the generic request, not an operation."""
    script = (
        "from generator.catalogue import read_catalogue; "
        "print(sum(1 for e in read_catalogue() if e.kind == 'request'))"
    )
    return int(run([PYTHON, "-c", script], cwd=REPO).stdout)


def _formatter_profile() -> str:
    """A markdown paragraph: black against ruff format on the curated rendering."""
    ruff = BENCH_VENV / "bin" / "ruff"
    finished = run([PYTHON, "-m", "bench.formatters", ruff], cwd=REPO)
    if finished.returncode != 0:
        return f"Formatter comparison: unavailable ({finished.stderr[-300:]})"
    found = json.loads(finished.stdout)
    differing = ", ".join(f"`{path}`" for path in found["differing"]) or "none"
    return (
        f"Formatting the curated rendering ({found['files']} files, "
        f"{found['kib']} KiB), uncached: black as the pipeline runs it "
        f"{found['black_s']:.2f} s, `ruff format` {found['ruff_s']:.2f} s. "
        f"Files whose output differs: {differing} (the wrapping of long "
        "parameter annotations: black parenthesises them, ruff splits at `|`)."
    )


def _stage_profile(title: str, extra: list[str]) -> str:
    """A markdown block: a cold run's time per pipeline stage."""
    workspace = Workspace("stages")
    cache, out = workspace.fresh()
    finished = run(
        [PYTHON, "-m", "bench.stages", out, *extra],
        env={"STRIPE_ACTIONS_CACHE": str(cache)},
        cwd=REPO,
    )
    if finished.returncode != 0:
        return f"Stage profile of {title}: unavailable ({finished.stderr[-300:]})"
    stages: dict[str, float] = json.loads(finished.stdout)
    total = stages.pop("total")
    lines = [
        f"Where the time goes, {title} (one run, each stage timed in process):",
        "",
        "| stage | s | share |",
        "| --- | --- | --- |",
    ]
    lines += [
        f"| {name} | {seconds:.2f} | {seconds / total:.0%} |"
        for name, seconds in stages.items()
    ]
    lines.append(f"| total | {total:.2f} | |")
    return "\n".join(lines)
