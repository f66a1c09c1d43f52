"""Response bodies for the stub, built from Stripe's example objects.

``fixtures3.json`` holds one example per resource, keyed by the ``x-resourceId`` of
its schema. A response that names such a schema gets a copy of the example; a list
or search envelope wraps one; anything else (rare) is built from the schema's
required properties. The request then shows through: the path's id becomes ``id``,
and POSTed parameters replace fields the object already has.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any

from ._document import Operation, SpecDocument

__all__ = ["ResponseBuilder"]

_ENVELOPES = ("list", "search_result")
_MAX_DEPTH = 6
_SCALAR_EXAMPLES = {"string": "", "integer": 0, "number": 0, "boolean": False}
_SKIP = object()


class ResponseBuilder:
    """Answers an operation with its example object, shaped by the request."""

    def __init__(self, spec: SpecDocument, fixtures: Mapping[str, Any]) -> None:
        self._spec = spec
        self._fixtures = fixtures

    def build(
        self,
        operation: Operation,
        path: str,
        path_params: Mapping[str, str],
        body_params: Mapping[str, Any],
    ) -> Any:
        """The JSON body answering ``operation`` for a request on ``path``."""
        body = self._example(operation.response_schema, path, 0)
        if not isinstance(body, dict) or body.get("object") in _ENVELOPES:
            return body

        object_id = _reflected_id(operation, path_params, body)
        if object_id is not None and "id" in body:
            body["id"] = object_id
        for name, value in body_params.items():
            if name != "expand" and name in body:
                merged = _merge(body[name], value)
                if merged is not _SKIP:
                    body[name] = merged
        return body

    def _example(self, schema: Any, path: str, depth: int) -> Any:
        """An example instance of ``schema``: a fixture where there is one."""
        schema = self._spec.resolve(schema)
        if not isinstance(schema, Mapping) or depth > _MAX_DEPTH:
            return None

        fixture = self._fixtures.get(str(schema.get("x-resourceId", "")))
        if fixture is not None:
            return copy.deepcopy(fixture)

        for keyword in ("anyOf", "oneOf", "allOf"):
            if schema.get(keyword):
                return self._example(schema[keyword][0], path, depth + 1)

        properties = schema.get("properties")
        if properties is not None:
            kind = properties.get("object", {}).get("enum", [None])[0]
            if kind in _ENVELOPES and "data" in properties:
                items = self._spec.resolve(properties["data"]).get("items", {})
                item = self._example(items, path, depth + 1)
                return {"object": kind, "url": path, "has_more": False, "data": [item]}
            return {
                name: self._example(properties[name], path, depth + 1)
                for name in schema.get("required", [])
                if name in properties
            }

        if schema.get("enum"):
            return schema["enum"][0]
        if schema.get("nullable"):
            return None
        if schema.get("type") == "array":
            return []
        return _SCALAR_EXAMPLES.get(schema.get("type", ""))


def _reflected_id(
    operation: Operation, path_params: Mapping[str, str], body: Mapping[str, Any]
) -> str | None:
    """The path parameter naming the returned object, if one does.

    ``/v1/customers/{customer}`` and ``/v1/invoices/{invoice}/finalize`` return the
    object their last parameter names; ``/v1/customers/{customer}/sources`` returns
    a new source, not the customer. The collection before the parameter tells them
    apart: ``invoices`` names invoices, ``customers`` does not name cards.
    """
    positions = operation.parameter_positions
    if not positions:
        return None

    last = positions[-1]
    value = path_params.get(operation.segments[last][1:-1])
    if last == len(operation.segments) - 1:
        return value

    previous = positions[-2] + 1 if len(positions) > 1 else 0
    collection = ".".join(operation.segments[previous:last])
    plural = f"{body.get('object')}s"
    return value if f".{collection}".endswith(f".{plural}") else None


def _merge(current: Any, value: Any) -> Any:
    """``value`` laid over ``current`` as Stripe applies an update, or ``_SKIP``.

    An empty string unsets: a field becomes null, a key leaves a hash (as with
    ``metadata[key]=``). A parameter whose shape differs from the field's (a list of
    subscription items against the ``items`` list object) leaves the field alone.
    """
    if value == "":
        return {} if isinstance(current, dict) else None

    if isinstance(value, dict):
        if current is None:
            current = {}
        if not isinstance(current, dict):
            return _SKIP
        merged = dict(current)
        for key, item in value.items():
            if item == "":
                merged.pop(key, None)
                continue
            laid = _merge(merged.get(key), item)
            if laid is not _SKIP:
                merged[key] = laid
        return merged

    if isinstance(value, list):
        return value if current is None or isinstance(current, list) else _SKIP
    return _SKIP if isinstance(current, dict | list) else value
