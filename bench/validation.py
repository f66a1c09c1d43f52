"""Section 2: openapi-spec-validator on the pin, per backend, and our cached path.

Each validator run is a fresh process of the bench venv, where jsonschema-rs is
installed; the backend is chosen with the validator's own environment variable.
"""

from __future__ import annotations

import json

from bench.measure import Samples, alternate, run
from bench.paths import BENCH_PYTHON, GENERATOR, OUT, PYTHON, REPO, SPEC
from bench.report import Section

BACKEND_ENV = "OPENAPI_SPEC_VALIDATOR_SCHEMA_VALIDATOR_BACKEND"

# Our path on a warm cache: the verdict file is found and nothing is validated.
_OURS_CACHED = """
import json, time
from generator.loader import load_document
from generator.source import resolve_spec
from generator.validate import validate_document
spec = resolve_spec()
document = load_document(spec)
started = time.perf_counter()
validate_document(spec, document)
print(json.dumps({"validate_s": time.perf_counter() - started}))
"""


def validation(runs: int) -> Section:
    section = Section("Validation", ("what", "validate s", "process wall s", "notes"))
    cache = OUT / "validate-cache"
    env = {"STRIPE_ACTIONS_CACHE": str(cache)}
    warmed = run([GENERATOR, "validate"], env=env)
    if warmed.returncode != 0:
        raise RuntimeError(f"stripe-actions-gen validate failed: {warmed.stderr}")

    results = {name: (Samples(), Samples()) for name in ("jsonschema", "rs", "ours")}
    used: dict[str, str] = {}

    def backend(name: str, value: str) -> None:
        finished = run(
            [BENCH_PYTHON, "-m", "bench.validate_spec", SPEC],
            env={BACKEND_ENV: value},
            cwd=REPO,
        )
        if finished.returncode != 0:
            raise RuntimeError(f"validator ({value}) failed: {finished.stderr[-500:]}")
        measured = json.loads(finished.stdout)
        used[name] = measured["backend"]
        results[name][0].add(measured["validate_s"])
        results[name][1].add(finished.wall_s)

    def ours() -> None:
        finished = run([PYTHON, "-c", _OURS_CACHED], env=env, cwd=REPO)
        results["ours"][0].add(json.loads(finished.stdout)["validate_s"])
        results["ours"][1].add(run([GENERATOR, "validate"], env=env).wall_s)

    alternate(
        {
            "default backend": lambda: backend("jsonschema", "jsonschema"),
            "fastest backend": lambda: backend("rs", "jsonschema-rs"),
            "ours cached": ours,
        },
        runs,
        "validation",
    )
    default, fastest, cached = results["jsonschema"], results["rs"], results["ours"]
    section.rows += [
        (
            f"openapi-spec-validator, default backend ({used['jsonschema']})",
            default[0].spread(),
            default[1].spread(),
            "YAML parse excluded; process includes it",
        ),
        (
            f"openapi-spec-validator, fastest backend ({used['rs']})",
            fastest[0].spread(),
            fastest[1].spread(),
            f"{default[0].median / fastest[0].median:.1f}× faster than the default",
        ),
        (
            "ours, cached verdict (`validate_document`)",
            cached[0].spread(5),
            cached[1].spread(),
            f"{default[0].median / cached[0].median:,.0f}× faster than the default; "
            "process: `stripe-actions-gen validate`, warm",
        ),
    ]
    section.notes.append(
        "The default backend is what a plain install of openapi-spec-validator "
        "picks (jsonschema); jsonschema-rs is picked automatically once installed, "
        "and the generator installs it, so a cold generation validates with it. "
        "The generator validates only when the document's sha256 has no cached "
        "verdict."
    )
    return section
