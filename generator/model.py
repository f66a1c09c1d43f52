"""The intermediate model of the actions: what the templates render, and nothing else.

``build_model`` is the only code that reads the raw spec's operations and schemas.
Everything after it (rendering, schemas, docs) works from these frozen dataclasses, so
a template never has to understand OpenAPI.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from generator import GeneratorError
from generator.catalogue import ResolvedEntry
from generator.examples import example_input, example_problems
from generator.loader import Document
from generator.naming import NameRegistry, camel, python_identifier
from generator.schemas import (
    OUTPUT_DEPTH,
    Schema,
    SchemaConverter,
    input_schema,
    output_schema,
    request_action_input,
)
from generator.text import plain_text

logger = logging.getLogger(__name__)

FORM_CONTENT_TYPE = "application/x-www-form-urlencoded"
COMPONENT_PREFIX = "#/components/schemas/"

# --- types ---------------------------------------------------------------------------

ScalarKind = Literal["str", "int", "float", "bool", "Decimal", "Any", "None"]


@dataclass(frozen=True)
class Scalar:
    kind: ScalarKind


@dataclass(frozen=True)
class LiteralOf:
    values: tuple[str | int | bool, ...]


@dataclass(frozen=True)
class ListOf:
    item: TypeRef


@dataclass(frozen=True)
class MapOf:
    value: TypeRef


@dataclass(frozen=True)
class Named:
    """A reference to an ``ObjectType`` of the model, by its Python name."""

    name: str


@dataclass(frozen=True)
class UnionOf:
    options: tuple[TypeRef, ...]


TypeRef = Scalar | LiteralOf | ListOf | MapOf | Named | UnionOf

STR = Scalar("str")
ANY = Scalar("Any")
NONE = Scalar("None")
EMPTY_STRING = LiteralOf(("",))


def union(options: Iterable[TypeRef]) -> TypeRef:
    """Flatten, merge literals and drop duplicates, keeping first-seen order."""
    flat: list[TypeRef] = []
    literal_values: list[str | int | bool] = []
    literal_at: int | None = None

    for option in options:
        members = option.options if isinstance(option, UnionOf) else (option,)
        for member in members:
            if isinstance(member, LiteralOf):
                if literal_at is None:
                    literal_at = len(flat)
                    flat.append(member)
                literal_values.extend(
                    v for v in member.values if v not in literal_values
                )
            elif member not in flat:
                flat.append(member)

    if literal_at is not None:
        flat[literal_at] = LiteralOf(tuple(literal_values))
    if NONE in flat:
        flat.remove(NONE)
        flat.append(NONE)
    return flat[0] if len(flat) == 1 else UnionOf(tuple(flat))


# --- objects, parameters, actions ----------------------------------------------------


@dataclass(frozen=True)
class Field:
    """One key of an object; ``required`` means the key is always present."""

    name: str
    type: TypeRef
    required: bool
    description: str


@dataclass(frozen=True)
class ObjectType:
    """An object schema, rendered as a TypedDict.

    ``source`` says where in the spec it came from, for messages and for a stable
    order; ``object_name`` is the value of Stripe's ``object`` field when fixed.
    """

    name: str
    summary: str
    description: str
    fields: tuple[Field, ...]
    source: str
    object_name: str | None = None
    deleted: bool = False


ParameterLocation = Literal["path", "query", "body"]


@dataclass(frozen=True)
class Parameter:
    name: str
    python_name: str
    location: ParameterLocation
    type: TypeRef
    required: bool
    description: str
    emptyable: bool
    schema: Schema = field(default_factory=dict, compare=False)


@dataclass(frozen=True)
class Action:
    """One catalogue entry, fully described: what to send and what comes back."""

    id: str
    title: str
    kind: Literal["operation", "request"]
    resource: str
    verb: str
    operation_id: str
    method: str
    path: str
    summary: str
    description: str
    parameters: tuple[Parameter, ...]
    response: TypeRef
    is_list: bool
    emptyable: tuple[str, ...]
    param_types: tuple[ObjectType, ...]
    integers: tuple[str, ...] = ()
    input_schema: Schema = field(default_factory=dict, compare=False)
    output_schema: Schema = field(default_factory=dict, compare=False)
    example: dict[str, Any] = field(default_factory=dict, compare=False)

    @property
    def path_parameters(self) -> tuple[Parameter, ...]:
        return tuple(p for p in self.parameters if p.location == "path")

    @property
    def other_parameters(self) -> tuple[Parameter, ...]:
        return tuple(p for p in self.parameters if p.location != "path")

    @property
    def changes_state(self) -> bool:
        """POSTs create or change something and so take an idempotency key."""
        return self.method == "POST"


@dataclass(frozen=True)
class Resource:
    """A client namespace (``client.customers``) and the actions it groups."""

    name: str
    class_name: str
    actions: tuple[Action, ...]


@dataclass(frozen=True)
class Model:
    api_version: str
    spec_sha256: str
    actions: tuple[Action, ...]
    resources: tuple[Resource, ...]
    object_types: tuple[ObjectType, ...]
    warnings: tuple[str, ...]


# --- building ------------------------------------------------------------------------


@dataclass
class _Scope:
    """Where inline objects met during one conversion are named and collected."""

    registry: NameRegistry
    objects: dict[str, ObjectType] = field(default_factory=dict)
    emptyable: set[str] = field(default_factory=set)
    integers: set[str] = field(default_factory=set)
    action_id: str = ""

    @property
    def is_request(self) -> bool:
        return bool(self.action_id)

    def summary(self, path: tuple[str, ...]) -> str:
        """One line saying where an inline object sits, for its docstring."""
        dotted = ".".join(path).replace(".*", "[]")
        if self.is_request:
            return f"The `{dotted}` parameter of `{self.action_id}`."
        return f"The `{dotted}` object."


class _Builder:
    def __init__(self, document: Document) -> None:
        components = document.get("components", {}).get("schemas", {})
        self.schemas: Mapping[str, Any] = (
            components if isinstance(components, dict) else {}
        )
        self.response_scope = _Scope(registry=NameRegistry())
        self.component_names = {
            key: self.response_scope.registry.claim(camel(key) or "Object", f"c:{key}")
            for key in sorted(self.schemas)
        }
        self.pending: list[str] = []
        self.queued: set[str] = set()
        self.warnings: list[str] = []
        self.json_schemas = SchemaConverter(self.schemas)
        self.input_schemas = SchemaConverter(self.schemas, closed_objects=True)

    # schemas → types

    def convert(
        self, schema: object, hint: str, scope: _Scope, path: tuple[str, ...]
    ) -> TypeRef:
        if not isinstance(schema, dict):
            self.warnings.append(f"{hint}: schema is not an object; typed as Any")
            return ANY

        if "$ref" in schema:
            return self._component(schema["$ref"], hint)

        options = schema.get("anyOf") or schema.get("oneOf")
        if isinstance(options, list) and options:
            converted = self._options(options, hint, scope, path)
        else:
            converted = self._single(schema, hint, scope, path)

        if schema.get("nullable"):
            converted = union((converted, NONE))
        return converted

    def _options(
        self, options: list[Any], hint: str, scope: _Scope, path: tuple[str, ...]
    ) -> TypeRef:
        objects = [o for o in options if isinstance(o, dict) and _is_inline_object(o)]
        converted: list[TypeRef] = []

        for index, option in enumerate(options):
            if _is_empty_string(option):
                converted.append(EMPTY_STRING)
                if any(
                    isinstance(o, dict) and o.get("type") == "array" for o in options
                ):
                    scope.emptyable.add(".".join(path))
                continue

            option_hint = hint
            if len(objects) > 1 and option in objects:
                title = option.get("title") if isinstance(option, dict) else None
                option_hint = f"{hint}{camel(title) if title else index + 1}"
            converted.append(self.convert(option, option_hint, scope, path))

        return union(converted)

    def _single(
        self, schema: dict[str, Any], hint: str, scope: _Scope, path: tuple[str, ...]
    ) -> TypeRef:
        enum = schema.get("enum")
        if isinstance(enum, list) and enum:
            values = tuple(v for v in enum if isinstance(v, (str, int, bool)))
            literal: TypeRef = LiteralOf(values) if values else ANY
            return union((literal, NONE)) if None in enum else literal

        kind = schema.get("type")
        if kind == "string":
            if scope.is_request and schema.get("format") == "decimal":
                return union((STR, Scalar("Decimal")))
            return STR
        if kind == "integer":
            if scope.is_request:
                scope.integers.add(".".join(path))
            return Scalar("int")
        if kind == "number":
            return Scalar("float")
        if kind == "boolean":
            return Scalar("bool")
        if kind == "array":
            items = schema.get("items", {})
            return ListOf(self.convert(items, hint, scope, (*path, "*")))
        if kind == "object" or "properties" in schema:
            return self._object(schema, hint, scope, path)
        if kind is None:
            return ANY

        self.warnings.append(f"{hint}: unknown schema type {kind!r}; typed as Any")
        return ANY

    def _object(
        self, schema: dict[str, Any], hint: str, scope: _Scope, path: tuple[str, ...]
    ) -> TypeRef:
        properties = schema.get("properties")
        if not isinstance(properties, dict) or not properties:
            extra = schema.get("additionalProperties")
            if isinstance(extra, dict) and extra:
                return MapOf(self.convert(extra, f"{hint}Value", scope, (*path, "*")))
            return MapOf(ANY)

        source = f"{scope.action_id}:{'.'.join(path)}"
        name = scope.registry.claim(hint, owner=source)
        scope.objects[name] = self._object_type(
            name, schema, scope, path, source=source, summary=scope.summary(path)
        )
        return Named(name)

    def _object_type(
        self,
        name: str,
        schema: dict[str, Any],
        scope: _Scope,
        path: tuple[str, ...],
        source: str,
        summary: str,
    ) -> ObjectType:
        required = set(schema.get("required") or ())
        fields = tuple(
            Field(
                name=key,
                type=self.convert(sub, f"{name}{camel(key)}", scope, (*path, key)),
                required=key in required,
                description=plain_text(
                    sub.get("description") if isinstance(sub, dict) else ""
                ),
            )
            for key, sub in schema["properties"].items()
        )
        object_field = schema["properties"].get("object")
        object_name = None
        if isinstance(object_field, dict) and len(object_field.get("enum") or ()) == 1:
            object_name = str(object_field["enum"][0])

        deleted_field = schema["properties"].get("deleted")
        deleted = isinstance(deleted_field, dict) and deleted_field.get("enum") == [
            True
        ]
        return ObjectType(
            name=name,
            summary=summary,
            deleted=deleted,
            description=plain_text(schema.get("description")),
            fields=fields,
            source=source,
            object_name=object_name,
        )

    def _component(self, ref: object, hint: str) -> TypeRef:
        key = ref[len(COMPONENT_PREFIX) :] if isinstance(ref, str) else ""
        if not isinstance(ref, str) or not ref.startswith(COMPONENT_PREFIX):
            self.warnings.append(f"{hint}: unsupported $ref {ref!r}; typed as Any")
            return ANY
        if key not in self.schemas:
            raise GeneratorError(f"{hint}: $ref {ref!r} names no component schema")

        schema = self.schemas[key]
        if not (isinstance(schema, dict) and _is_inline_object(schema)):
            return self.convert(
                schema, self.component_names[key], self.response_scope, ()
            )

        if key not in self.queued:
            self.queued.add(key)
            self.pending.append(key)
        return Named(self.component_names[key])

    def drain_components(self) -> None:
        """Build every component reached so far, and those they reach in turn."""
        while self.pending:
            key = self.pending.pop(0)
            name = self.component_names[key]
            self.response_scope.objects[name] = self._object_type(
                name,
                self.schemas[key],
                self.response_scope,
                (key,),
                source=COMPONENT_PREFIX + key,
                summary=f"The `{key}` object.",
            )

    # operations → actions

    def action(self, resolved: ResolvedEntry) -> Action:
        entry = resolved.entry
        if entry.kind == "request":
            return _request_action(entry.id, entry.title, entry.example or {})

        operation = resolved.operation
        prefix = camel(entry.resource) + camel(entry.verb)
        scope = _Scope(registry=NameRegistry(), action_id=entry.id)
        parameters = self._parameters(resolved, f"{prefix}Params", scope)
        response, is_list, response_schema = self._response(
            operation, f"{prefix}Response"
        )

        description = plain_text(operation.get("description"))
        inputs = input_schema(
            entry.title,
            description,
            {p.name: p.schema for p in parameters},
            [p.name for p in parameters if p.required],
        )
        return Action(
            id=entry.id,
            title=entry.title,
            kind="operation",
            resource=entry.resource,
            verb=entry.verb,
            operation_id=entry.operation_id,
            method=entry.method.upper(),
            path=entry.path,
            summary=plain_text(operation.get("summary")) or entry.title,
            description=description,
            parameters=parameters,
            response=response,
            is_list=is_list,
            emptyable=tuple(sorted(scope.emptyable)),
            integers=tuple(sorted(scope.integers)),
            param_types=tuple(scope.objects[name] for name in sorted(scope.objects)),
            input_schema=inputs,
            output_schema=output_schema(entry.title, response_schema, is_list),
            example=entry.example
            or example_input(parameters, entry.resource, scope.objects),
        )

    def _parameters(
        self, resolved: ResolvedEntry, prefix: str, scope: _Scope
    ) -> tuple[Parameter, ...]:
        entry = resolved.entry
        declared = {
            (p.get("in"), p.get("name")): p
            for p in (
                *resolved.path_parameters,
                *resolved.operation.get("parameters", ()),
            )
            if isinstance(p, dict)
        }
        found: list[Parameter] = []

        for (location, name), parameter in declared.items():
            if location not in ("path", "query") or not isinstance(name, str):
                continue
            found.append(
                self._parameter(
                    name,
                    location,
                    parameter.get("schema", {}),
                    required=bool(parameter.get("required")) or location == "path",
                    description=parameter.get("description")
                    or parameter.get("schema", {}).get("description"),
                    hint=f"{prefix}{camel(name)}",
                    scope=scope,
                )
            )

        body, content_type = _body_schema(resolved.operation)
        body_required = set(body.get("required") or ())
        loose = content_type not in ("", FORM_CONTENT_TYPE)
        if loose:
            self.warnings.append(
                f"{entry.id}: {content_type} request body; its parameters are typed "
                "as Any, and the runtime sends them form-encoded"
            )
        for name, schema in (body.get("properties") or {}).items():
            found.append(
                self._parameter(
                    name,
                    "body",
                    schema,
                    required=name in body_required,
                    description=(
                        schema.get("description") if isinstance(schema, dict) else ""
                    ),
                    hint=f"{prefix}{camel(name)}",
                    scope=scope,
                    loose=loose,
                )
            )

        names = [p.python_name for p in found]
        duplicates = sorted({n for n in names if names.count(n) > 1})
        if duplicates:
            raise GeneratorError(
                f"'{entry.id}': parameters collide as Python names: "
                f"{', '.join(duplicates)}"
            )

        path_order = [p for p in _path_template_names(entry.path)]
        path_params = sorted(
            (p for p in found if p.location == "path"),
            key=lambda p: path_order.index(p.name) if p.name in path_order else 99,
        )
        missing = [n for n in path_order if n not in {p.name for p in path_params}]
        if missing:
            raise GeneratorError(
                f"'{entry.id}': path parameter(s) {', '.join(missing)} are not declared"
            )

        others = [p for p in found if p.location != "path"]
        return (
            *path_params,
            *(p for p in others if p.required),
            *(p for p in others if not p.required),
        )

    def _parameter(
        self,
        name: str,
        location: ParameterLocation,
        schema: object,
        *,
        required: bool,
        description: object,
        hint: str,
        scope: _Scope,
        loose: bool = False,
    ) -> Parameter:
        type_ = ANY if loose else self.convert(schema, hint, scope, (name,))
        json_schema = self.input_schemas.convert(schema, OUTPUT_DEPTH, name)
        if description and "description" not in json_schema:
            json_schema["description"] = str(description)
        return Parameter(
            name=name,
            python_name=python_identifier(name),
            location=location,
            type=type_,
            required=required,
            description=plain_text(description),
            emptyable=_admits_empty_string(type_),
            schema=json_schema,
        )

    def _response(
        self, operation: dict[str, Any], hint: str
    ) -> tuple[TypeRef, bool, Schema]:
        """The type an action returns (for a list, one item's) and its JSON Schema."""
        responses = operation.get("responses") or {}
        success = responses.get("200") or responses.get("201") or {}
        schema = (
            (success.get("content") or {}).get("application/json", {}).get("schema")
        )
        if schema is None:
            self.warnings.append(f"{operation.get('operationId')}: no JSON response")
            return MapOf(ANY), False, {"type": "object"}

        is_list = _is_list_object(schema)
        if is_list:
            schema = schema["properties"]["data"].get("items", {})
            hint = f"{hint}Item"

        type_ = self.convert(schema, hint, self.response_scope, ())
        return type_, is_list, self.json_schemas.convert(schema, OUTPUT_DEPTH)


def build_model(
    document: Document, resolved: Iterable[ResolvedEntry], spec_sha256: str
) -> Model:
    """Turn the resolved catalogue into the model the templates render."""
    builder = _Builder(document)
    actions = tuple(builder.action(entry) for entry in resolved)
    problems = [problem for action in actions for problem in example_problems(action)]
    if problems:
        raise GeneratorError(
            "catalogue examples do not fit:\n  " + "\n  ".join(problems)
        )
    builder.drain_components()

    resources: dict[str, list[Action]] = {}
    for action in actions:
        if action.kind == "operation":
            resources.setdefault(action.resource, []).append(action)

    objects = builder.response_scope.objects
    model = Model(
        api_version=str(document.get("info", {}).get("version", "")),
        spec_sha256=spec_sha256,
        actions=actions,
        resources=tuple(
            Resource(
                name=name,
                class_name=_namespace_class(name, group, objects),
                actions=tuple(group),
            )
            for name, group in resources.items()
        ),
        object_types=tuple(objects[name] for name in sorted(objects)),
        warnings=tuple(builder.warnings),
    )
    logger.debug(
        "model: %d actions, %d resources, %d response types, %d warnings",
        len(model.actions),
        len(model.resources),
        len(model.object_types),
        len(model.warnings),
    )
    return model


def _namespace_class(
    resource: str, actions: list[Action], objects: Mapping[str, ObjectType]
) -> str:
    """The namespace's class name, unless a type in its module has that name.

    A singleton like ``account`` returns an ``Account``: its namespace becomes
    ``AccountNamespace``.
    """
    name = camel(resource)
    taken = set(objects) | {t.name for a in actions for t in a.param_types}
    if name in taken or f"Async{name}" in taken:
        return f"{name}Namespace"
    return name


def _request_action(action_id: str, title: str, example: dict[str, Any]) -> Action:
    resource, verb = action_id.split(".", 1)
    return Action(
        id=action_id,
        title=title,
        kind="request",
        resource=resource,
        verb=verb,
        operation_id="",
        method="",
        path="",
        summary=title,
        description=(
            "Send any request to the Stripe API: a method, a path under /v1/ and "
            "parameters, encoded and retried like every other action."
        ),
        parameters=(),
        response=MapOf(ANY),
        is_list=False,
        emptyable=(),
        param_types=(),
        input_schema=request_action_input(),
        output_schema=output_schema(title, {"type": "object"}, is_list=False),
        example=example,
    )


def _body_schema(operation: dict[str, Any]) -> tuple[dict[str, Any], str]:
    """The body's schema and content type: the form body, else the first other kind.

    Stripe's file upload is the one multipart body.
    """
    content = (operation.get("requestBody") or {}).get("content") or {}
    if not isinstance(content, dict) or not content:
        return {}, ""

    content_type = (
        FORM_CONTENT_TYPE if FORM_CONTENT_TYPE in content else next(iter(content))
    )
    schema = (content.get(content_type) or {}).get("schema") or {}
    return (schema if isinstance(schema, dict) else {}), str(content_type)


def _path_template_names(path: str) -> list[str]:
    return [
        part[1:-1]
        for part in path.split("/")
        if part.startswith("{") and part.endswith("}")
    ]


def _is_inline_object(schema: dict[str, Any]) -> bool:
    return schema.get("type") == "object" or "properties" in schema


def _is_empty_string(schema: object) -> bool:
    return isinstance(schema, dict) and schema.get("enum") == [""]


def _is_list_object(schema: object) -> bool:
    if not isinstance(schema, dict):
        return False
    properties = schema.get("properties") or {}
    object_field = properties.get("object") or {}
    return (
        object_field.get("enum") == ["list"]
        and isinstance(properties.get("data"), dict)
        and "has_more" in properties
    )


def _admits_empty_string(type_: TypeRef) -> bool:
    options = type_.options if isinstance(type_, UnionOf) else (type_,)
    return any(isinstance(o, LiteralOf) and "" in o.values for o in options)
