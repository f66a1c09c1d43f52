"""Section 3: the cost of ``import X`` in fresh processes, and what ours adds."""

from __future__ import annotations

import json
from functools import partial

from bench.measure import Samples, alternate, run
from bench.paths import PYTHON
from bench.report import Section, Target

MODULES = ("stripe_actions", "stripe", "httpx")
MARGIN_MS = 20.0

_TIME_IMPORT = (
    "import time; started = time.perf_counter(); import {module}; "
    "print((time.perf_counter() - started) * 1000)"
)


def imports(runs: int) -> Section:
    section = Section("Import", ("module", "import ms", "vs httpx"))
    samples = {module: Samples() for module in MODULES}

    def measure(module: str) -> None:
        finished = run([PYTHON, "-c", _TIME_IMPORT.format(module=module)])
        samples[module].add(float(finished.stdout))

    alternate({module: partial(measure, module) for module in MODULES}, runs, "import")
    base = samples["httpx"].median
    for module in MODULES:
        extra = samples[module].median - base
        section.rows.append(
            (f"`import {module}`", samples[module].spread(1), f"{extra:+.1f} ms")
        )

    ours = samples["stripe_actions"].median
    section.targets.append(
        Target(
            "import time",
            f"≤ `import httpx` + {MARGIN_MS:.0f} ms",
            f"{ours:.1f} ms vs {base:.1f} + {MARGIN_MS:.0f} ms",
            ours <= base + MARGIN_MS,
        )
    )
    if ours > base + MARGIN_MS:
        section.profiles.append(_import_profile())
    return section


def _import_profile() -> str:
    """``-X importtime``: the modules ``stripe_actions`` imports that httpx does not."""
    script = (
        "import json, subprocess, sys\n"
        "def load(module):\n"
        "    err = subprocess.run([sys.executable, '-X', 'importtime', '-c',\n"
        "        'import ' + module], capture_output=True, text=True).stderr\n"
        "    rows = {}\n"
        "    for line in err.splitlines()[1:]:\n"
        "        _, own, total, name = line.split('|')[0], *line[12:].split('|')\n"
        "        rows[name.rstrip()] = (int(own), int(total))\n"
        "    return rows\n"
        "print(json.dumps([load('httpx'), load('stripe_actions')]))\n"
    )
    httpx_rows, ours_rows = json.loads(run([PYTHON, "-c", script]).stdout)
    before = {name.strip() for name in httpx_rows}
    extra = {
        name: times for name, times in ours_rows.items() if name.strip() not in before
    }
    own_total = sum(own for own, _ in extra.values()) / 1000
    heaviest = sorted(
        (
            (name.strip(), own / 1000, total / 1000)
            for name, (own, total) in extra.items()
        ),
        key=lambda row: -row[1],
    )
    lines = [
        "Where the time goes, `import stripe_actions` beyond `import httpx` "
        f"(`python -X importtime`, one run): {len(extra)} more modules, "
        f"{own_total:.1f} ms of their own. Heaviest by their own time:",
        "",
        "| module | own ms | cumulative ms |",
        "| --- | --- | --- |",
    ]
    lines += [
        f"| `{name}` | {own:.1f} | {total:.1f} |" for name, own, total in heaviest[:10]
    ]
    standard = sorted(
        (
            (name.strip(), total / 1000)
            for name, (_, total) in extra.items()
            if not name.strip().startswith(("stripe_actions", "_"))
        ),
        key=lambda row: -row[1],
    )
    lines += [
        "",
        "Other libraries it pulls in that httpx does not (cumulative ms): "
        + ", ".join(f"`{name}` {total:.1f}" for name, total in standard[:8])
        + ".",
    ]
    return "\n".join(lines)
