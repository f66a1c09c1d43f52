"""Cut the pinned spec down to the curated operations and the schemas they reference.

The result is written at bench time into a git-ignored folder: Stripe's document,
whole or in part, never enters the repository.

Run: ``.venv/bin/python -m bench.cutdown OUT.json`` prints what was kept as JSON.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from generator.catalogue import iter_operations, read_catalogue
from generator.loader import load_document
from generator.source import resolve_spec

SCHEMA_REF_PREFIX = "#/components/schemas/"


def curated_operations() -> set[tuple[str, str]]:
    """(method, path) of every catalogue entry that names an operation."""
    return {
        (entry.method, entry.path)
        for entry in read_catalogue()
        if entry.kind == "operation"
    }


def refs_in(node: Any) -> Iterator[str]:
    """Every ``$ref`` string anywhere under ``node``."""
    stack = [node]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            ref = item.get("$ref")
            if isinstance(ref, str):
                yield ref
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)


def referenced_schemas(roots: Any, schemas: dict[str, Any]) -> set[str]:
    """Names of the component schemas reachable from ``roots``, transitively."""
    seen: set[str] = set()
    pending = [roots]
    while pending:
        for ref in refs_in(pending.pop()):
            name = ref.removeprefix(SCHEMA_REF_PREFIX)
            if ref.startswith(SCHEMA_REF_PREFIX) and name not in seen:
                seen.add(name)
                pending.append(schemas[name])
    return seen


def cut(document: dict[str, Any], keep: set[tuple[str, str]]) -> dict[str, Any]:
    """A copy of the document with only the kept operations and their schemas."""
    paths: dict[str, Any] = {}
    for method, path, operation in iter_operations(document):
        if (method, path) not in keep:
            continue
        item = paths.setdefault(path, {})
        if "parameters" in document["paths"][path]:
            item["parameters"] = document["paths"][path]["parameters"]
        item[method] = operation

    components = document.get("components", {})
    schemas = components.get("schemas", {})
    kept = referenced_schemas(paths, schemas)
    small = {key: value for key, value in document.items() if key != "paths"}
    small["paths"] = paths
    small["components"] = {
        **{key: value for key, value in components.items() if key != "schemas"},
        "schemas": {name: schemas[name] for name in sorted(kept)},
    }
    return small


def main() -> None:
    target = Path(sys.argv[1])
    spec = resolve_spec()
    document = load_document(spec)
    small = cut(document, curated_operations())

    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(small), encoding="utf-8")
    summary = {
        "operations": sum(1 for _ in iter_operations(small)),
        "schemas": len(small["components"]["schemas"]),
        "spec_operations": sum(1 for _ in iter_operations(document)),
        "spec_schemas": len(document.get("components", {}).get("schemas", {})),
        "bytes": target.stat().st_size,
    }
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
