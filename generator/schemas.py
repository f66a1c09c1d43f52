"""JSON Schema (draft 2020-12) for each action's input and output, from the spec.

Part of building the model: this reads raw OpenAPI 3.0 schemas and writes plain JSON
Schema that any tool can use. Output schemas describe the returned object and the
objects it embeds to a fixed depth; deeper objects are described as objects only, which
keeps each file small while still naming every top-level field a workflow can map.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

DRAFT = "https://json-schema.org/draft/2020-12/schema"
OUTPUT_DEPTH = 1
_COPIED_KEYWORDS = ("title", "maxLength", "pattern", "format", "minimum", "maximum")
_AMOUNT_NOTE = "An integer in the smallest currency unit (for example cents)."
_COMPONENT_PREFIX = "#/components/schemas/"
_MONEY_WORDS = ("amount", "fee")

Schema = dict[str, Any]


class SchemaConverter:
    """Converts OpenAPI 3.0 schemas of one document into JSON Schema 2020-12.

    ``closed_objects`` is for request parameters: Stripe refuses a key it does not
    know at any depth, though the spec marks only the top level closed, so a
    misspelt nested key is caught locally. Responses stay open: Stripe adds fields.
    """

    def __init__(
        self, components: Mapping[str, Any], closed_objects: bool = False
    ) -> None:
        self.components = components
        self.closed_objects = closed_objects

    def convert(self, schema: object, depth: int, name: str = "") -> Schema:
        """``depth`` is how many component ``$ref`` levels are still spelled out."""
        if not isinstance(schema, dict):
            return {}

        if "$ref" in schema:
            return self._ref(str(schema["$ref"]), depth)

        result: Schema = {}
        description = schema.get("description")
        if isinstance(description, str) and description:
            result["description"] = description

        options = schema.get("anyOf") or schema.get("oneOf")
        if isinstance(options, list):
            result["anyOf"] = [self.convert(option, depth, name) for option in options]
            if schema.get("x-expansionResources"):
                result["description"] = (
                    result.get("description", "")
                    + " (an ID, or the object when expanded)"
                ).strip()
        else:
            result.update(self._single(schema, depth, name))

        if schema.get("nullable"):
            result = _nullable(result)
        return result

    def _single(self, schema: dict[str, Any], depth: int, name: str) -> Schema:
        result: Schema = {}
        kind = schema.get("type")
        if isinstance(kind, str):
            result["type"] = kind
        for keyword in _COPIED_KEYWORDS:
            if keyword in schema:
                result[keyword] = schema[keyword]

        enum = schema.get("enum")
        if isinstance(enum, list) and not schema.get("x-stripeBypassValidation"):
            result["enum"] = [value for value in enum if value is not None]
            if None in enum:
                result["enum"].append(None)

        if kind == "integer" and _is_money(name, schema.get("description")):
            described = result.get("description")
            result["description"] = (
                f"{described} {_AMOUNT_NOTE}" if described else (_AMOUNT_NOTE)
            )

        if kind == "array":
            result["items"] = self.convert(schema.get("items", {}), depth, name)

        properties = schema.get("properties")
        if isinstance(properties, dict):
            result["type"] = "object"
            result["properties"] = {
                key: self.convert(sub, depth, f"{name}.{key}" if name else key)
                for key, sub in properties.items()
            }
            required = schema.get("required")
            if isinstance(required, list) and required:
                result["required"] = list(required)

        extra = schema.get("additionalProperties")
        if isinstance(extra, dict):
            result["additionalProperties"] = self.convert(extra, depth, name)
        elif extra is False or (
            self.closed_objects and isinstance(properties, dict) and extra is None
        ):
            result["additionalProperties"] = False
        return result

    def _ref(self, ref: str, depth: int) -> Schema:
        key = ref.removeprefix(_COMPONENT_PREFIX)
        target = self.components.get(key)
        if not isinstance(target, dict):
            return {}

        if depth <= 0:
            summary: Schema = {"type": "object", "title": key}
            properties = target.get("properties") or {}
            markers = {
                name: {"enum": properties[name]["enum"]}
                for name in ("object", "deleted")
                if isinstance((properties.get(name) or {}).get("enum"), list)
            }
            if markers:
                summary["properties"] = markers
            if target.get("nullable"):
                summary = _nullable(summary)
            return summary

        converted = self.convert(target, depth - 1)
        converted.setdefault("title", key)
        return converted


def _is_money(name: str, description: object) -> bool:
    """An integer that counts money: named for an amount or fee, or said to be in cents.

    ``name`` is the dotted place of the value, so the bounds of a
    ``custom_unit_amount`` count too.
    """
    if any(word in part for part in name.split(".")[-2:] for word in _MONEY_WORDS):
        return True
    text = description.lower() if isinstance(description, str) else ""
    return "in cents" in text or "smallest currency unit" in text


def input_schema(
    title: str,
    description: str,
    properties: Mapping[str, Schema],
    required: list[str],
) -> Schema:
    """The whole input of one action: path, query and body parameters as one object."""
    return {
        "$schema": DRAFT,
        "title": title,
        "description": description,
        "type": "object",
        "properties": dict(properties),
        "required": required,
        "additionalProperties": False,
    }


def output_schema(title: str, schema: Schema, is_list: bool) -> Schema:
    """What one action returns; a list action returns Stripe's list object."""
    if is_list:
        schema = {
            "type": "object",
            "properties": {
                "object": {"enum": ["list"]},
                "url": {"type": "string"},
                "data": {"type": "array", "items": schema},
                "has_more": {"type": "boolean"},
                "truncated": {
                    "type": "boolean",
                    "description": "True when paging stopped at max_items early",
                },
            },
            "required": ["object", "data", "has_more"],
        }
    return {"$schema": DRAFT, "title": title, **schema}


def request_action_input() -> Schema:
    """Input of the generic "Perform an API call" action."""
    return input_schema(
        "Perform an API call",
        "Any Stripe API request: method, path and parameters.",
        {
            "method": {
                "enum": ["GET", "POST", "DELETE"],
                "description": "The HTTP method.",
            },
            "path": {
                "type": "string",
                "pattern": "^/v1/[A-Za-z0-9_./-]+$",
                "not": {"pattern": "(^|/)[.][.]?(/|$)"},
                "description": "A path under /v1/, for example /v1/balance.",
            },
            "params": {
                "type": "object",
                "description": "Query (GET, DELETE) or form body (POST) parameters.",
            },
        },
        ["method", "path"],
    )


def _nullable(schema: Schema) -> Schema:
    kind = schema.get("type")
    if isinstance(kind, str) and "enum" not in schema and "anyOf" not in schema:
        return {**schema, "type": [kind, "null"]}
    if "enum" in schema and "anyOf" not in schema:
        values = schema["enum"] if None in schema["enum"] else [*schema["enum"], None]
        result = {**schema, "enum": values}
        if isinstance(kind, str):
            result["type"] = [kind, "null"]
        return result
    if "anyOf" in schema:
        return {**schema, "anyOf": [*schema["anyOf"], {"type": "null"}]}
    description = schema.pop("description", None)
    wrapped: Schema = {"anyOf": [schema, {"type": "null"}]}
    if description:
        wrapped["description"] = description
    return wrapped
