"""What changes for the catalogue's actions between two specs, and whether it breaks.

Both specs are built into models with the same catalogue, so the comparison speaks
in the package's own types: a parameter's type is what the generated method
accepts, a response field is a key of the returned TypedDict. Actions are matched by
method and path (by id for the generic request action), so ``--all`` works even
where the synthesized ids of the two specs differ.

What is compared, for every action present in either spec:

- the operation itself: added or removed;
- each parameter, by location and wire name, and the fields of the objects it takes,
  however deep (``shipping.address.line1``): added or removed, type, required, enum
  values and nullability;
- each top-level field of the response object(s): added or removed, type, presence
  (``required``), enum values and nullability.

A change is *breaking* when code written against the old spec can fail against the
new one. For what callers send: a removed operation or parameter, a new required
parameter, an optional one made required, an enum that lost values, a type that no
longer accepts an old form, or a parameter that no longer takes ``None``. For what
callers read: a removed field, a field no longer always present, a type that gained
a form, or a field that became nullable. New enum values in responses are not
breaking (Stripe adds them routinely and promises nothing else).

``--format json`` prints one object::

    {
      "old": {"api_version": "2020-08-27", "sha256": "...", "origin": "..."},
      "new": {"api_version": "2023-08-16", "sha256": "...", "origin": "..."},
      "summary": {"changes": 120, "breaking": 14, "actions": 18},
      "changes": [
        {"action": "customers.create", "method": "POST", "path": "/v1/customers",
         "kind": "parameter_added", "where": "test_clock", "old": null,
         "new": "str", "breaking": false,
         "message": "parameter `test_clock` added (str, optional)"}
      ]
    }

``kind`` is one of ``CHANGE_KINDS``; ``where`` is the dotted parameter path, or
``response.<field>`` for a response field, or empty for the operation itself.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator, Mapping
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Literal

from generator.catalogue import (
    CatalogueEntry,
    complete_catalogue,
    iter_operations,
    read_catalogue,
    resolve,
)
from generator.loader import Document, load_document
from generator.model import (
    NONE,
    Action,
    ListOf,
    LiteralOf,
    MapOf,
    Model,
    Named,
    ObjectType,
    Parameter,
    Scalar,
    TypeRef,
    UnionOf,
    build_model,
)
from generator.source import SpecFile, pinned_spec, read_lock, resolve_spec
from generator.validate import validate_document

logger = logging.getLogger(__name__)

ChangeKind = Literal[
    "operation_added",
    "operation_removed",
    "parameter_added",
    "parameter_removed",
    "response_field_added",
    "response_field_removed",
    "type_changed",
    "required_added",
    "required_removed",
    "enum_values_added",
    "enum_values_removed",
    "nullable_added",
    "nullable_removed",
]
CHANGE_KINDS: tuple[str, ...] = ChangeKind.__args__  # type: ignore[attr-defined]
Side = Literal["request", "response"]
_LOCK_FIELDS = {"api_version", "url", "sha256"}
_ANY_OTHER_STRING = "(any other string)"


@dataclass(frozen=True)
class Change:
    """One difference for one action."""

    action: str
    method: str
    path: str
    kind: ChangeKind
    where: str
    old: str | None
    new: str | None
    breaking: bool
    message: str


@dataclass(frozen=True)
class SpecSide:
    """One of the two compared specs, built into a model."""

    spec: SpecFile
    model: Model


@dataclass(frozen=True)
class SpecDiff:
    """The two specs and the changes from the old to the new, in report order."""

    old: SpecSide
    new: SpecSide
    changes: tuple[Change, ...]

    @property
    def breaking(self) -> tuple[Change, ...]:
        return tuple(change for change in self.changes if change.breaking)


def diff_specs(
    old: str,
    new: str,
    catalogue: Path,
    *,
    all_operations: bool = False,
    use_cache: bool = True,
) -> SpecDiff:
    """Build both specs' models with the catalogue and compare them."""
    curated = read_catalogue(catalogue)
    old_side = load_side(old, curated, all_operations, use_cache)
    new_side = load_side(new, curated, all_operations, use_cache)
    changes = tuple(compare_models(old_side.model, new_side.model))
    logger.info(
        "%d changes (%d breaking) between %s and %s",
        len(changes),
        sum(change.breaking for change in changes),
        old_side.model.api_version,
        new_side.model.api_version,
    )
    return SpecDiff(old=old_side, new=new_side, changes=changes)


def load_side(
    location: str,
    curated: tuple[CatalogueEntry, ...],
    all_operations: bool,
    use_cache: bool = True,
) -> SpecSide:
    """A path, URL or lock file, loaded, validated and built with the catalogue.

    Entries whose operation this spec lacks are left out: they show up as added or
    removed operations, not as an error.
    """
    spec = locate(location)
    document = load_document(spec, use_cache=use_cache)
    validate_document(spec, document, use_cache=use_cache)

    entries = complete_catalogue(curated, document) if all_operations else curated
    present = tuple(_present_entries(entries, document))
    model = build_model(document, resolve(present, document), spec.sha256)
    return SpecSide(spec=spec, model=model)


def locate(location: str) -> SpecFile:
    """A spec location: a lock file means the document it pins."""
    path = Path(location)
    if path.suffix == ".json" and path.is_file() and path.stat().st_size < 65536:
        try:
            fields = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            fields = None
        if isinstance(fields, dict) and fields.keys() >= _LOCK_FIELDS:
            return pinned_spec(read_lock(path))
    return resolve_spec(location)


def compare_models(old: Model, new: Model) -> Iterator[Change]:
    """Every change, action by action in the new model's order, removals last."""
    old_actions = {_action_key(action): action for action in old.actions}
    new_actions = {_action_key(action): action for action in new.actions}

    for key, action in new_actions.items():
        before = old_actions.get(key)
        if before is None:
            yield _change(action, "operation_added", "", None, None, False)
        else:
            yield from _ActionComparison(old, new, before, action).changes()

    for key, action in old_actions.items():
        if key not in new_actions:
            yield _change(action, "operation_removed", "", None, None, True)


def format_text(result: SpecDiff) -> str:
    """The changes grouped by action, one line each; ``!`` marks a breaking one."""
    old, new = result.old.model, result.new.model
    lines = [
        f"old: {old.api_version} ({old.spec_sha256[:12]}) {result.old.spec.origin}",
        f"new: {new.api_version} ({new.spec_sha256[:12]}) {result.new.spec.origin}",
    ]
    current = ""
    for change in result.changes:
        if change.action != current:
            current = change.action
            target = f"{change.method} {change.path}".strip()
            lines.append("")
            lines.append(f"{change.action}  {target}")
        marker = "!" if change.breaking else " "
        suffix = "  [breaking]" if change.breaking else ""
        lines.append(f"  {marker} {change.message}{suffix}")

    actions = len({change.action for change in result.changes})
    lines.append("")
    lines.append(
        f"{len(result.changes)} changes, {len(result.breaking)} breaking, "
        f"in {actions} actions"
    )
    return "\n".join(lines) + "\n"


def format_json(result: SpecDiff) -> str:
    """The document described in this module's docstring."""

    def side(spec_side: SpecSide) -> dict[str, str]:
        return {
            "api_version": spec_side.model.api_version,
            "sha256": spec_side.spec.sha256,
            "origin": spec_side.spec.origin,
        }

    document = {
        "old": side(result.old),
        "new": side(result.new),
        "summary": {
            "changes": len(result.changes),
            "breaking": len(result.breaking),
            "actions": len({change.action for change in result.changes}),
        },
        "changes": [asdict(change) for change in result.changes],
    }
    return json.dumps(document, indent=2) + "\n"


# --- comparing one action ------------------------------------------------------------


class _ActionComparison:
    """The changes between two builds of one action."""

    def __init__(self, old: Model, new: Model, before: Action, after: Action) -> None:
        self.before = before
        self.after = after
        self.old_types = _object_types(old, before)
        self.new_types = _object_types(new, after)
        self.seen: set[tuple[str, str, str]] = set()

    def changes(self) -> Iterator[Change]:
        yield from self._parameters()
        yield from self._response()

    def _parameters(self) -> Iterator[Change]:
        old = {(p.location, p.name): p for p in self.before.parameters}
        new = {(p.location, p.name): p for p in self.after.parameters}

        for key, parameter in new.items():
            previous = old.get(key)
            if previous is None:
                state = "required" if parameter.required else "optional"
                yield self._change(
                    "parameter_added",
                    parameter.name,
                    None,
                    _spell(parameter.type),
                    breaking=parameter.required,
                    detail=f"({_spell(parameter.type)}, {state})",
                )
                continue
            yield from self._required(previous, parameter)
            yield from self._types(
                "request", parameter.name, previous.type, parameter.type, deep=True
            )

        for key, parameter in old.items():
            if key not in new:
                yield self._change(
                    "parameter_removed",
                    parameter.name,
                    _spell(parameter.type),
                    None,
                    breaking=True,
                )

    def _required(self, before: Parameter, after: Parameter) -> Iterator[Change]:
        if before.required == after.required:
            return
        kind: ChangeKind = "required_added" if after.required else "required_removed"
        yield self._change(
            kind,
            after.name,
            str(before.required).lower(),
            str(after.required).lower(),
            breaking=after.required,
        )

    def _response(self) -> Iterator[Change]:
        old_objects = self._named_options(self.before.response, self.old_types)
        new_objects = self._named_options(self.after.response, self.new_types)
        if not old_objects or not new_objects:
            yield from self._types(
                "response",
                "response",
                self.before.response,
                self.after.response,
                deep=False,
            )
            return

        old_fields = {f.name: f for obj in old_objects for f in obj.fields}
        new_fields = {f.name: f for obj in new_objects for f in obj.fields}
        for name, item in new_fields.items():
            where = f"response.{name}"
            previous = old_fields.get(name)
            if previous is None:
                yield self._change(
                    "response_field_added",
                    where,
                    None,
                    _spell(item.type),
                    breaking=False,
                    detail=f"({_spell(item.type)})",
                )
                continue
            if previous.required and not item.required:
                yield self._change(
                    "required_removed", where, "true", "false", breaking=True
                )
            elif item.required and not previous.required:
                yield self._change(
                    "required_added", where, "false", "true", breaking=False
                )
            yield from self._types("response", where, previous.type, item.type, False)

        for name, item in old_fields.items():
            if name not in new_fields:
                yield self._change(
                    "response_field_removed",
                    f"response.{name}",
                    _spell(item.type),
                    None,
                    breaking=True,
                )

    def _types(
        self,
        side: Side,
        where: str,
        before: TypeRef,
        after: TypeRef,
        deep: bool,
        shapes: bool = True,
    ) -> Iterator[Change]:
        """Type, enum and nullability changes; with ``deep``, inner ones too.

        Inner means list items, map values and object fields. Inside lists and maps
        ``shapes`` is off: the outer type's spelling already shows an inner change.
        """
        request = side == "request"
        old_shapes = _shapes(before)
        new_shapes = _shapes(after)
        if shapes and old_shapes != new_shapes:
            lost = bool(old_shapes - new_shapes)
            gained = bool(new_shapes - old_shapes)
            yield self._change(
                "type_changed",
                where,
                " | ".join(sorted(old_shapes)),
                " | ".join(sorted(new_shapes)),
                breaking=lost if request else gained,
            )

        if "str" in old_shapes and "str" in new_shapes:
            yield from self._enum(
                side, where, _enum_values(before), _enum_values(after)
            )

        was_nullable, is_nullable = _nullable(before), _nullable(after)
        if was_nullable != is_nullable:
            yield self._change(
                "nullable_added" if is_nullable else "nullable_removed",
                where,
                str(was_nullable).lower(),
                str(is_nullable).lower(),
                breaking=(was_nullable and request) or (is_nullable and not request),
            )

        if deep:
            for suffix, old_inner, new_inner in _inner_types(before, after):
                yield from self._types(
                    side, where + suffix, old_inner, new_inner, True, shapes=False
                )
            yield from self._fields(where, before, after)

    def _enum(
        self,
        side: Side,
        where: str,
        before: frozenset[str] | None,
        after: frozenset[str] | None,
    ) -> Iterator[Change]:
        """``None`` is any string: a new enum where there was none loses the rest."""
        if before == after:
            return
        if before is None:
            added, removed = [], [_ANY_OTHER_STRING]
        elif after is None:
            added, removed = [_ANY_OTHER_STRING], []
        else:
            added, removed = sorted(after - before), sorted(before - after)

        if added:
            yield self._change(
                "enum_values_added",
                where,
                None,
                ", ".join(added),
                breaking=False,
                detail=": " + ", ".join(added),
            )
        if removed:
            yield self._change(
                "enum_values_removed",
                where,
                ", ".join(removed),
                None,
                breaking=side == "request",
                detail=": " + ", ".join(removed),
            )

    def _fields(self, where: str, before: TypeRef, after: TypeRef) -> Iterator[Change]:
        """The fields of the object options both types take, matched by position."""
        old_objects = self._named_options(before, self.old_types)
        new_objects = self._named_options(after, self.new_types)
        for old_object, new_object in zip(old_objects, new_objects, strict=False):
            key = (where, old_object.name, new_object.name)
            if key in self.seen:
                continue
            self.seen.add(key)

            old_fields = {f.name: f for f in old_object.fields}
            new_fields = {f.name: f for f in new_object.fields}
            for name, item in new_fields.items():
                inner = f"{where}.{name}"
                previous = old_fields.get(name)
                if previous is None:
                    state = "required" if item.required else "optional"
                    yield self._change(
                        "parameter_added",
                        inner,
                        None,
                        _spell(item.type),
                        breaking=item.required,
                        detail=f"({_spell(item.type)}, {state})",
                    )
                    continue
                if previous.required != item.required:
                    yield self._change(
                        "required_added" if item.required else "required_removed",
                        inner,
                        str(previous.required).lower(),
                        str(item.required).lower(),
                        breaking=item.required,
                    )
                yield from self._types("request", inner, previous.type, item.type, True)

            for name, item in old_fields.items():
                if name not in new_fields:
                    yield self._change(
                        "parameter_removed",
                        f"{where}.{name}",
                        _spell(item.type),
                        None,
                        breaking=True,
                    )

    def _named_options(
        self, type_: TypeRef, types: Mapping[str, ObjectType]
    ) -> list[ObjectType]:
        options = type_.options if isinstance(type_, UnionOf) else (type_,)
        return [
            types[option.name]
            for option in options
            if isinstance(option, Named) and option.name in types
        ]

    def _change(
        self,
        kind: ChangeKind,
        where: str,
        old: str | None,
        new: str | None,
        *,
        breaking: bool,
        detail: str = "",
    ) -> Change:
        return _change(self.after, kind, where, old, new, breaking, detail)


def _change(
    action: Action,
    kind: ChangeKind,
    where: str,
    old: str | None,
    new: str | None,
    breaking: bool,
    detail: str = "",
) -> Change:
    return Change(
        action=action.id,
        method=action.method,
        path=action.path,
        kind=kind,
        where=where,
        old=old,
        new=new,
        breaking=breaking,
        message=_message(kind, where, old, new, detail),
    )


def _message(
    kind: ChangeKind, where: str, old: str | None, new: str | None, detail: str
) -> str:
    subject = "response field" if where.startswith("response.") else "parameter"
    name = f"{subject} `{where.removeprefix('response.')}`"
    if where == "response":
        subject, name = "response", "the response"
    if kind == "operation_added":
        return "operation added"
    if kind == "operation_removed":
        return "operation removed"
    if kind in ("parameter_added", "response_field_added"):
        return f"{name} added {detail}".rstrip()
    if kind in ("parameter_removed", "response_field_removed"):
        return f"{name} removed"
    if kind == "type_changed":
        return f"{name}: type {old} → {new}"
    if kind == "required_added":
        state = "required" if subject == "parameter" else "always present"
        return f"{name} is now {state}"
    if kind == "required_removed":
        state = "optional" if subject == "parameter" else "sometimes absent"
        return f"{name} is now {state}"
    if kind == "enum_values_added":
        return f"{name}: enum gained{detail}"
    if kind == "enum_values_removed":
        return f"{name}: enum lost{detail}"
    if kind == "nullable_added":
        return f"{name} is now nullable"
    return f"{name} is no longer nullable"


# --- looking at types ----------------------------------------------------------------


def _action_key(action: Action) -> tuple[str, str]:
    if action.kind == "request":
        return ("request", action.id)
    return (action.method, action.path)


def _object_types(model: Model, action: Action) -> dict[str, ObjectType]:
    """Objects an action's types can name: its own parameter types, then the model's."""
    types = {object_type.name: object_type for object_type in model.object_types}
    types.update((object_type.name, object_type) for object_type in action.param_types)
    return types


def _options(type_: TypeRef) -> tuple[TypeRef, ...]:
    return type_.options if isinstance(type_, UnionOf) else (type_,)


def _shapes(type_: TypeRef) -> frozenset[str]:
    """The forms a type takes, less enum values and ``None``: ``{"str", "object"}``."""
    return frozenset(_shape(option) for option in _options(type_) if option != NONE)


def _shape(type_: TypeRef) -> str:
    if isinstance(type_, Scalar):
        return type_.kind
    if isinstance(type_, LiteralOf):
        kinds = sorted({type(value).__name__ for value in type_.values})
        return " | ".join(kinds)
    if isinstance(type_, ListOf):
        inner = " | ".join(sorted(_shapes(type_.item))) or "None"
        return f"list[{inner}]"
    if isinstance(type_, MapOf):
        inner = " | ".join(sorted(_shapes(type_.value))) or "None"
        return f"map[{inner}]"
    if isinstance(type_, Named):
        return "object"
    return " | ".join(sorted(_shapes(type_)))


def _enum_values(type_: TypeRef) -> frozenset[str] | None:
    """The string values a type allows, or ``None`` when any string will do."""
    options = _options(type_)
    if any(isinstance(option, Scalar) and option.kind == "str" for option in options):
        return None
    values = [
        str(value)
        for option in options
        if isinstance(option, LiteralOf)
        for value in option.values
        if value != ""
    ]
    return frozenset(values) if values else None


def _nullable(type_: TypeRef) -> bool:
    return NONE in _options(type_)


def _spell(type_: TypeRef) -> str:
    """A short spelling of a type for messages: its forms, a few enum values."""
    shapes = _shapes(type_)
    text = " | ".join(sorted(shapes)) or "None"
    values = _enum_values(type_) if "str" in shapes else None
    if values:
        shown = sorted(values)
        listed = ", ".join(shown[:4]) + (", ..." if len(shown) > 4 else "")
        text += f" (one of {listed})"
    return text + (" | None" if _nullable(type_) and shapes else "")


def _inner_types(
    before: TypeRef, after: TypeRef
) -> Iterator[tuple[str, TypeRef, TypeRef]]:
    """The item types of a list, and value types of a map, both types have."""
    for container, suffix in ((ListOf, "[]"), (MapOf, ".*")):
        old = [o for o in _options(before) if isinstance(o, container)]
        new = [o for o in _options(after) if isinstance(o, container)]
        if len(old) == 1 and len(new) == 1:
            old_inner, new_inner = old[0], new[0]
            if isinstance(old_inner, ListOf) and isinstance(new_inner, ListOf):
                yield suffix, old_inner.item, new_inner.item
            elif isinstance(old_inner, MapOf) and isinstance(new_inner, MapOf):
                yield suffix, old_inner.value, new_inner.value


def _present_entries(
    entries: tuple[CatalogueEntry, ...], document: Document
) -> Iterator[CatalogueEntry]:
    """The entries whose operation this document has, at the catalogue's place."""
    index = {
        operation.get("operationId"): (method, path)
        for method, path, operation in iter_operations(document)
    }
    for entry in entries:
        found = index.get(entry.operation_id)
        if entry.kind == "request" or found == (entry.method, entry.path):
            yield entry
        else:
            logger.info("%s: no operation %s here", entry.id, entry.operation_id)
