"""The parts of the OpenAPI document the stub reads: operations and ``$ref`` targets.

Stripe's schemas refer to each other in cycles (``charge.invoice`` and
``invoice.charge``), so nothing here dereferences the document as a whole: a
``$ref`` is followed only when a request or a response reaches it, and each target
is remembered once found.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote

__all__ = ["SPEC_URI", "Operation", "SpecDocument"]

logger = logging.getLogger(__name__)

SPEC_URI = "urn:stripe-actions:openapi"
"""The name the document is registered under for the schema validator."""

_METHODS = ("get", "post", "delete", "put", "patch")
_REQUEST_MEDIA_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")


@dataclass(frozen=True, eq=False)
class Operation:
    """One method on one path template, reduced to what the stub needs."""

    method: str
    template: str
    operation_id: str
    segments: tuple[str, ...]
    request_schema: Mapping[str, Any]
    body_media_type: str | None
    response_schema: Mapping[str, Any] | None
    response_media_type: str

    @property
    def parameter_positions(self) -> list[int]:
        """Indexes of the path segments that are parameters (``{customer}``)."""
        return [i for i, segment in enumerate(self.segments) if _is_parameter(segment)]


class SpecDocument:
    """An OpenAPI document indexed by method and path, with lazy ``$ref`` lookup."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self.raw = document
        self._targets: dict[str, Any] = {}
        self._by_shape: dict[tuple[str, int], list[Operation]] = {}

        for template, path_item in document.get("paths", {}).items():
            for method in _METHODS:
                if method in path_item:
                    self._add(self._operation(template, method, path_item[method]))

        for candidates in self._by_shape.values():
            candidates.sort(key=_literal_first)
        logger.debug("indexed %d operations", len(self.operations))

    @property
    def operations(self) -> list[Operation]:
        """Every indexed operation, in no particular order."""
        return [op for candidates in self._by_shape.values() for op in candidates]

    @property
    def version(self) -> str:
        """The API version the document describes (``info.version``)."""
        return str(self.raw.get("info", {}).get("version", ""))

    def match(self, method: str, path: str) -> tuple[Operation, dict[str, str]] | None:
        """Find the operation serving ``method path`` and its path parameters."""
        segments = _split_path(path)
        for operation in self._by_shape.get((method.upper(), len(segments)), []):
            parameters = _match_segments(operation.segments, segments)
            if parameters is not None:
                return operation, parameters
        return None

    def resolve(self, schema: Any) -> Any:
        """Follow ``$ref`` until reaching a schema that is not a reference."""
        for _ in range(64):
            if not isinstance(schema, Mapping) or "$ref" not in schema:
                return schema
            schema = self._target(schema["$ref"])
        raise ValueError(f"$ref chain too long near {schema!r}")

    def _target(self, ref: str) -> Any:
        """The node a local reference points at, found once and then remembered."""
        if ref not in self._targets:
            base, _, fragment = ref.partition("#")
            if base not in ("", SPEC_URI):
                raise ValueError(f"only local references are supported, got {ref!r}")

            node: Any = self.raw
            for token in map(_unescape, fragment.split("/")[1:]):
                node = node[int(token)] if isinstance(node, list) else node[token]
            self._targets[ref] = node
        return self._targets[ref]

    def _located(self, location: tuple[str | int, ...]) -> tuple[tuple[str, ...], Any]:
        """The node at ``location`` and where it really lives after its ``$ref``s."""
        node = self._target(_reference(location))
        while isinstance(node, Mapping) and "$ref" in node:
            fragment = node["$ref"].partition("#")[2]
            location = tuple(_unescape(token) for token in fragment.split("/")[1:])
            node = self._target(node["$ref"])
        return tuple(str(part) for part in location), node

    def _operation(
        self, template: str, method: str, operation: Mapping[str, Any]
    ) -> Operation:
        """Reduce one raw operation to the stub's view of it."""
        base: tuple[str | int, ...] = ("paths", template, method)
        properties: dict[str, Any] = {}
        required: list[str] = []

        for index, _ in enumerate(operation.get("parameters", [])):
            location, parameter = self._located((*base, "parameters", index))
            if parameter.get("in") == "query":
                name = parameter["name"]
                properties[name] = {"$ref": _reference((*location, "schema"))}
                if parameter.get("required"):
                    required.append(name)

        content = operation.get("requestBody", {}).get("content", {})
        body_media_type = next((t for t in _REQUEST_MEDIA_TYPES if t in content), None)
        if body_media_type is not None:
            body_base = (*base, "requestBody", "content", body_media_type, "schema")
            location, body = self._located(body_base)
            for name in body.get("properties", {}):
                properties[name] = {"$ref": _reference((*location, "properties", name))}
            required.extend(body.get("required", []))

        request_schema: dict[str, Any] = {
            "type": "object",
            "properties": properties,
            "additionalProperties": False,
        }
        if required:
            request_schema["required"] = sorted(set(required))

        response_media_type, response_schema = _success_content(operation)
        return Operation(
            method=method.upper(),
            template=template,
            operation_id=str(operation.get("operationId", f"{method} {template}")),
            segments=tuple(_split_path(template)),
            request_schema=request_schema,
            body_media_type=body_media_type,
            response_schema=response_schema,
            response_media_type=response_media_type,
        )

    def _add(self, operation: Operation) -> None:
        shape = (operation.method, len(operation.segments))
        self._by_shape.setdefault(shape, []).append(operation)


def _success_content(operation: Mapping[str, Any]) -> tuple[str, Any]:
    """The media type and schema of the first 2xx response."""
    responses = operation.get("responses", {})
    status = next((code for code in sorted(responses) if code.startswith("2")), None)
    content = responses.get(status, {}).get("content", {}) if status else {}
    if "application/json" in content:
        return "application/json", content["application/json"].get("schema")
    for media_type, entry in content.items():
        return media_type, entry.get("schema")
    return "application/json", None


def _split_path(path: str) -> list[str]:
    return [segment for segment in path.split("/") if segment]


def _is_parameter(segment: str) -> bool:
    return segment.startswith("{") and segment.endswith("}")


def _literal_first(operation: Operation) -> tuple[bool, ...]:
    """Sort key so ``/v1/customers/search`` is tried before ``/v1/customers/{id}``."""
    return tuple(_is_parameter(segment) for segment in operation.segments)


def _match_segments(
    template: tuple[str, ...], segments: list[str]
) -> dict[str, str] | None:
    parameters: dict[str, str] = {}
    for pattern, segment in zip(template, segments, strict=True):
        if _is_parameter(pattern):
            parameters[pattern[1:-1]] = unquote(segment)
        elif pattern != segment:
            return None
    return parameters


def _reference(location: tuple[str | int, ...]) -> str:
    """A JSON reference to ``location`` inside the registered document."""
    tokens = (str(part).replace("~", "~0").replace("/", "~1") for part in location)
    return f"{SPEC_URI}#/" + "/".join(tokens)


def _unescape(token: str) -> str:
    return token.replace("~1", "/").replace("~0", "~")
