"""What the numbers were measured on: hardware, interpreter, package versions."""

from __future__ import annotations

import datetime
import json
import os
import platform
from pathlib import Path

from bench.measure import run
from bench.paths import BENCH_PYTHON, PYTHON, REPO

PROJECT_PACKAGES = (
    "stripe-actions",
    "httpx",
    "httpcore",
    "stripe",
    "black",
    "PyYAML",
    "openapi-spec-validator",
    "jsonschema",
    "Jinja2",
    "click",
)
BENCH_PACKAGES = (
    "openapi-python-client",
    "openapi-spec-validator",
    "jsonschema",
    "jsonschema-rs",
    "ruff",
    "PyYAML",
)
_VERSIONS = (
    "import json, sys; from importlib.metadata import version, PackageNotFoundError\n"
    "def v(name):\n"
    "    try:\n"
    "        return version(name)\n"
    "    except PackageNotFoundError:\n"
    "        return 'not installed'\n"
    "print(json.dumps({name: v(name) for name in sys.argv[1:]}))\n"
)


def describe() -> list[tuple[str, str]]:
    """Rows for the report's machine table."""
    project = json.loads(run([PYTHON, "-c", _VERSIONS, *PROJECT_PACKAGES]).stdout)
    bench = json.loads(run([BENCH_PYTHON, "-c", _VERSIONS, *BENCH_PACKAGES]).stdout)
    commit = run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO).stdout.strip()
    dirty = run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=REPO)
    return [
        (
            "date (UTC)",
            datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M"),
        ),
        ("commit", f"{commit}{' (with uncommitted changes)' if dirty.stdout else ''}"),
        ("cores (`nproc`)", str(os.cpu_count())),
        ("CPU", _cpu_model()),
        ("memory", _memory()),
        ("OS", f"{platform.system()} {platform.release()}"),
        ("Python", platform.python_version()),
        ("project venv (.venv)", _versions(project)),
        ("bench venv (bench/.venv)", _versions(bench)),
    ]


def _versions(found: dict[str, str]) -> str:
    return ", ".join(f"{name} {version}" for name, version in found.items())


def _cpu_model() -> str:
    for line in _read("/proc/cpuinfo").splitlines():
        if line.startswith("model name"):
            return line.split(":", 1)[1].strip()
    return platform.processor() or "unknown"


def _memory() -> str:
    for line in _read("/proc/meminfo").splitlines():
        if line.startswith("MemTotal:"):
            return f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    return "unknown"


def _read(path: str) -> str:
    try:
        return Path(path).read_text()
    except OSError:
        return ""
