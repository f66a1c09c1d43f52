"""The closing note: for each missed target, where the time goes and what would fix
it. The profiles themselves are measured by the sections and printed after it."""

from __future__ import annotations

from collections.abc import Sequence

from bench.report import Section

# Reasoning from the profiles in this report, keyed by target name; shown only
# when that target is missed in the run being reported.
_FIXES = {
    "curated generate, cold": (
        "**Curated generate, cold.** The stage profile below splits the run into "
        "parsing the 4 MB YAML, openapi-spec-validator, and black over the few "
        "large resource modules; the three together are nearly all of it. Changes "
        "outside the bench that would bring it under 5 s: let the validator use "
        "jsonschema-rs (installing it is enough; section 2 shows the saving), and "
        "format with `ruff format` instead of black (the comparison below: about "
        "a hundredth of the time; the few files that differ differ only in how "
        "long annotations wrap, which the templates could settle by emitting the "
        "wrapped form themselves). Parsing could also start from the published "
        "JSON document, which `json.loads` reads several times faster than "
        "libyaml reads the YAML."
    ),
    "`generate --all` vs openapi-python-client (whole pin)": (
        "**`generate --all`.** Black dominates a cold `--all` (see its stage "
        "profile); the same formatter change as above applies, and the black cache "
        "already makes a warm run cheap."
    ),
    "import time": (
        "**Import.** The import profile below lists what `stripe_actions` loads "
        "beyond httpx. The largest single cost is `asyncio` (about 20 ms "
        "cumulative), which `_base/client.py` imports at module level only for "
        "the async client's default `sleep`; importing it inside "
        "`AsyncBaseStripeClient` (or defaulting `sleep` to None and resolving it "
        "on first use) removes it from `import stripe_actions`. Next come the "
        "generated action registry (`stripe_actions.actions`, `_base.actions` and "
        "its validation), which could load on first use of `ACTIONS` the way "
        "`_client` already loads the namespaces, and `dataclasses`. Those two "
        "changes would bring the import within the 20 ms margin."
    ),
    "per-call CPU above raw httpx": (
        "**Per-call overhead.** Profile `bench.workload calls --client ours` with "
        "cProfile to see which of key checks, parameter encoding, header building "
        "and response judging costs the most."
    ),
    "paging memory": (
        "**Paging memory.** Each page is dropped once the next is fetched; if the "
        "peak grows with pages, something keeps a reference to old pages."
    ),
}


def closing_note(sections: Sequence[Section]) -> list[str]:
    """Paragraphs for the missed targets, or a line saying all were met."""
    missed = [
        target
        for section in sections
        for target in section.targets
        if target.met is False
    ]
    unmeasured = [
        target.name
        for section in sections
        for target in section.targets
        if target.met is None
    ]
    lines: list[str] = []
    if not missed:
        lines.append("Every measured target is met.")
    for target in missed:
        lines += [_FIXES.get(target.name, f"**{target.name}.** Missed."), ""]
    if unmeasured:
        lines.append("Not measured in this run: " + ", ".join(unmeasured) + ".")
    return lines
