"""The curated action catalogue: read ``spec/catalogue.yaml`` and find each operation.

An entry names an operation by its operationId and repeats its method and path, so a
spec update that renames or moves an operation is caught here, with the entry's id
and the closest operations the spec does have.
"""

from __future__ import annotations

import difflib
import keyword
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import yaml

from generator import GeneratorError
from generator.loader import Document
from generator.naming import operation_name, unique_action_id
from generator.source import REPO_ROOT

CATALOGUE_PATH = REPO_ROOT / "spec" / "catalogue.yaml"
HTTP_METHODS = ("get", "post", "delete", "put", "patch")
_ENTRY_KEYS = frozenset(
    {"id", "title", "kind", "operation", "method", "path", "example"}
)
_ID_PATTERN = re.compile(r"^[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*$")

ActionKind = Literal["operation", "request"]


@dataclass(frozen=True)
class CatalogueEntry:
    """One action as the catalogue declares it."""

    id: str
    title: str
    kind: ActionKind
    operation_id: str = ""
    method: str = ""
    path: str = ""
    example: dict[str, Any] | None = field(default=None, compare=False)

    @property
    def resource(self) -> str:
        return self.id.split(".", 1)[0]

    @property
    def verb(self) -> str:
        return self.id.split(".", 1)[1]


@dataclass(frozen=True)
class ResolvedEntry:
    """A catalogue entry with the raw operation it names (empty for ``request``)."""

    entry: CatalogueEntry
    operation: dict[str, Any]
    path_parameters: tuple[dict[str, Any], ...] = ()


def read_catalogue(path: Path = CATALOGUE_PATH) -> tuple[CatalogueEntry, ...]:
    """Parse the catalogue, reporting every malformed entry at once."""
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise GeneratorError(f"{path}: cannot read ({error.strerror})") from None
    except yaml.YAMLError as error:
        raise GeneratorError(f"{path}: not valid YAML ({error})") from None

    if not isinstance(raw, list):
        raise GeneratorError(f"{path}: expected a list of entries")
    if not raw:
        raise GeneratorError(f"{path}: the catalogue has no entries")

    entries: list[CatalogueEntry] = []
    problems: list[str] = []
    for index, item in enumerate(raw):
        try:
            entries.append(_entry(item))
        except ValueError as error:
            problems.append(f"entry {index + 1}: {error}")

    seen: set[str] = set()
    routes: dict[tuple[str, str], str] = {}
    for entry in entries:
        if entry.id in seen:
            problems.append(f"entry '{entry.id}': the id is used twice")
        seen.add(entry.id)
        if entry.kind != "operation":
            continue
        route = (entry.method, entry.path)
        if route in routes:
            problems.append(
                f"entry '{entry.id}': {entry.operation_id} is already the action "
                f"'{routes[route]}'"
            )
        routes.setdefault(route, entry.id)

    if problems:
        raise GeneratorError(f"{path}:\n  " + "\n  ".join(problems))
    return tuple(entries)


def resolve(
    entries: tuple[CatalogueEntry, ...], document: Document
) -> tuple[ResolvedEntry, ...]:
    """Find each entry's operation in the document; report all misses together."""
    index = {
        operation.get("operationId"): (method, path)
        for method, path, operation in iter_operations(document)
    }
    resolved: list[ResolvedEntry] = []
    problems: list[str] = []

    for entry in entries:
        if entry.kind == "request":
            resolved.append(ResolvedEntry(entry=entry, operation={}))
            continue

        found = index.get(entry.operation_id)
        if found is None:
            closest = difflib.get_close_matches(
                entry.operation_id, [name for name in index if name], n=3, cutoff=0.5
            )
            hint = f"; closest: {', '.join(closest)}" if closest else ""
            problems.append(
                f"'{entry.id}': operation '{entry.operation_id}' "
                f"is not in the spec{hint}"
            )
            continue

        method, path = found
        if (method, path) != (entry.method, entry.path):
            problems.append(
                f"'{entry.id}': operation '{entry.operation_id}' is "
                f"{method.upper()} {path} in the spec, "
                f"not {entry.method.upper()} {entry.path}"
            )
            continue

        path_item = document["paths"][path]
        resolved.append(
            ResolvedEntry(
                entry=entry,
                operation=path_item[method],
                path_parameters=tuple(path_item.get("parameters", ())),
            )
        )

    if problems:
        raise GeneratorError(
            "catalogue does not match the spec:\n  " + "\n  ".join(problems)
        )
    return tuple(resolved)


def complete_catalogue(
    curated: tuple[CatalogueEntry, ...], document: Document
) -> tuple[CatalogueEntry, ...]:
    """The curated entries, then one entry for every operation none of them names.

    Curated entries keep their ids; the others are named from their path and method
    (``naming.operation_name``), in document order, so two runs always agree.
    """
    covered = {(entry.method, entry.path) for entry in curated}
    taken = {entry.id for entry in curated}
    paths = frozenset(document["paths"])
    synthesized: list[CatalogueEntry] = []

    for method, path, operation in iter_operations(document):
        if (method, path) in covered:
            continue
        path_item = document["paths"][path]
        resource, verb = operation_name(
            method,
            path,
            paths=paths,
            path_methods=frozenset(m for m in HTTP_METHODS if m in path_item),
            lists=_returns_list(path_item.get("get")),
        )
        entry_id = unique_action_id(resource, verb, taken)
        synthesized.append(
            CatalogueEntry(
                id=entry_id,
                title=_title(entry_id),
                kind="operation",
                operation_id=str(operation.get("operationId") or ""),
                method=method,
                path=path,
            )
        )

    return (*curated, *synthesized)


def iter_operations(document: Document) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """Every (method, path, operation) in document order."""
    for path, path_item in document["paths"].items():
        if not isinstance(path_item, dict):
            continue
        for method in HTTP_METHODS:
            operation = path_item.get(method)
            if isinstance(operation, dict):
                yield method, path, operation


def _entry(item: object) -> CatalogueEntry:
    if not isinstance(item, dict):
        raise ValueError("expected a mapping with id, title and operation")

    entry_id = item.get("id")
    if not isinstance(entry_id, str) or not _ID_PATTERN.match(entry_id):
        raise ValueError(f"'id' must look like 'resource.verb', got {entry_id!r}")
    reserved = [part for part in entry_id.split(".") if keyword.iskeyword(part)]
    if reserved:
        raise ValueError(
            f"'{entry_id}': {reserved[0]!r} is a Python keyword and cannot name a "
            "namespace or method"
        )

    unknown = sorted(set(item) - _ENTRY_KEYS)
    if unknown:
        hints = [
            f"{key!r}" + (f" (did you mean {close[0]!r}?)" if close else "")
            for key in unknown
            for close in [difflib.get_close_matches(key, _ENTRY_KEYS, n=1)]
        ]
        raise ValueError(f"'{entry_id}': unknown key {', '.join(hints)}")

    title = item.get("title")
    if not isinstance(title, str) or not title.strip():
        raise ValueError(f"'{entry_id}': 'title' is missing")

    example = item.get("example")
    if example is not None and not isinstance(example, dict):
        raise ValueError(f"'{entry_id}': 'example' must be a mapping of parameters")

    kind = item.get("kind", "operation")
    if kind == "request":
        return CatalogueEntry(id=entry_id, title=title, kind="request", example=example)
    if kind != "operation":
        raise ValueError(f"'{entry_id}': 'kind' must be 'operation' or 'request'")

    fields = {name: item.get(name) for name in ("operation", "method", "path")}
    missing = [name for name, value in fields.items() if not isinstance(value, str)]
    if missing:
        raise ValueError(f"'{entry_id}': missing {', '.join(missing)}")

    method = str(fields["method"]).lower()
    if method not in HTTP_METHODS:
        raise ValueError(
            f"'{entry_id}': 'method' must be one of {', '.join(HTTP_METHODS)}"
        )

    return CatalogueEntry(
        id=entry_id,
        title=title.strip(),
        kind="operation",
        operation_id=str(fields["operation"]),
        method=method,
        path=str(fields["path"]),
        example=example,
    )


def _returns_list(operation: object) -> bool:
    """Whether a GET answers with Stripe's list object (it names a collection)."""
    if not isinstance(operation, dict):
        return False
    success = (operation.get("responses") or {}).get("200") or {}
    schema = ((success.get("content") or {}).get("application/json") or {}).get(
        "schema"
    )
    properties = schema.get("properties") if isinstance(schema, dict) else None
    object_field = (properties or {}).get("object") or {}
    return isinstance(object_field, dict) and object_field.get("enum") == ["list"]


def _title(entry_id: str) -> str:
    """``issuing_cards.list`` → ``List issuing cards``."""
    resource, verb = entry_id.split(".", 1)
    words = f"{verb} {resource}".replace("_", " ").split()
    return " ".join(words).capitalize()
