"""Checking decoded request parameters against an operation's schema.

On the wire every value is a string, so the checker first walks the parameters
alongside the schema and turns each leaf into the type the schema asks for
(``"2"`` into ``2``, ``"true"`` into ``True``, an indexed hash into a list). What
cannot be turned stays a string, and the validator then names it.

The coercion is strict where a client's encoder could be sloppy: booleans only as
``true``/``false``, numbers only as plain digits (no exponent), lists only with
indexes ``0..n-1``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from jsonschema import validators
from jsonschema.exceptions import ValidationError, best_match
from jsonschema.protocols import Validator
from openapi_schema_validator import OAS30Validator
from referencing import Registry
from referencing.jsonschema import DRAFT4

from ._document import SPEC_URI, Operation, SpecDocument
from ._form import ParameterError, bracket_name

__all__ = ["RequestChecker"]

_INTEGER = re.compile(r"-?\d+")
_NUMBER = re.compile(r"-?(?:\d+(?:\.\d*)?|\.\d+)")
_BOOLEANS = {"true": True, "false": False}
_TYPE_CHECKS = {
    "object": lambda value: isinstance(value, dict),
    "array": lambda value: isinstance(value, list),
    "string": lambda value: isinstance(value, str),
    "boolean": lambda value: isinstance(value, bool),
    "integer": lambda value: isinstance(value, int) and not isinstance(value, bool),
    "number": lambda value: isinstance(value, int | float)
    and not isinstance(value, bool),
}


_properties_keyword = OAS30Validator.VALIDATORS["properties"]


def _closed_properties(
    validator: Validator,
    properties: Mapping[str, Any],
    instance: Any,
    schema: Mapping[str, Any],
) -> Iterator[ValidationError]:
    """``properties`` that also refuses keys it does not list.

    Stripe's nested parameter hashes (``address``, ``recurring``...) rarely say
    ``additionalProperties: false`` in the document, yet the API refuses unknown
    keys in them; maps such as ``metadata`` declare ``additionalProperties`` and so
    stay open.
    """
    yield from _properties_keyword(validator, properties, instance, schema)
    if "additionalProperties" in schema or not validator.is_type(instance, "object"):
        return

    unknown = sorted(set(instance) - set(properties))
    if unknown:
        yield ValidationError(
            f"unknown keys {unknown}", validator="additionalProperties"
        )


_RequestValidator = validators.extend(
    OAS30Validator, {"properties": _closed_properties}
)


class RequestChecker:
    """Coerces and validates one operation's parameters; validators built lazily."""

    def __init__(self, spec: SpecDocument) -> None:
        self._spec = spec
        resource = DRAFT4.create_resource(spec.raw)
        self._registry: Registry[Any] = Registry().with_resource(SPEC_URI, resource)
        self._validators: dict[tuple[str, str], Validator] = {}

    def check(self, operation: Operation, params: dict[str, Any]) -> dict[str, Any]:
        """Return ``params`` with typed leaves, or raise the first problem found."""
        coerced: dict[str, Any] = self._coerce(params, operation.request_schema)
        error = best_match(self._validator(operation).iter_errors(coerced))
        if error is not None:
            raise _parameter_error(error)
        return coerced

    def _validator(self, operation: Operation) -> Validator:
        key = (operation.method, operation.template)
        if key not in self._validators:
            self._validators[key] = _RequestValidator(
                operation.request_schema, registry=self._registry
            )
        return self._validators[key]

    def _coerce(self, value: Any, schema: Any) -> Any:
        """Give ``value`` the shape and leaf types ``schema`` asks for, if it can."""
        schema = self._spec.resolve(schema)
        if not isinstance(schema, Mapping):
            return value

        branches = schema.get("anyOf") or schema.get("oneOf")
        if branches:
            for branch in branches:
                candidate = self._coerce(value, branch)
                if self._fits(candidate, branch):
                    return candidate
            return value

        expected = schema.get("type")
        if isinstance(value, dict) and expected == "array":
            items = _indexed_items(value)
            if items is None:
                return value
            return [self._coerce(item, schema.get("items", {})) for item in items]

        if isinstance(value, dict):
            properties = schema.get("properties", {})
            extra = schema.get("additionalProperties")
            fallback = extra if isinstance(extra, Mapping) else {}
            return {
                name: self._coerce(item, properties.get(name, fallback))
                for name, item in value.items()
            }

        if isinstance(value, str):
            return _coerce_text(value, expected)
        return value

    def _fits(self, value: Any, schema: Any) -> bool:
        """A shallow check used to choose among ``anyOf`` branches."""
        schema = self._spec.resolve(schema)
        branches = schema.get("anyOf") or schema.get("oneOf")
        if branches:
            return any(self._fits(value, branch) for branch in branches)
        if "enum" in schema and value not in schema["enum"]:
            return False
        check = _TYPE_CHECKS.get(schema.get("type", ""))
        return check is None or check(value)


def _coerce_text(text: str, expected: str | None) -> Any:
    if expected == "integer" and _INTEGER.fullmatch(text):
        return int(text)
    if expected == "number" and _NUMBER.fullmatch(text):
        return float(text) if "." in text else int(text)
    if expected == "boolean" and text in _BOOLEANS:
        return _BOOLEANS[text]
    return text


def _indexed_items(value: dict[str, Any]) -> list[Any] | None:
    """The values of ``{"0": a, "1": b}`` as ``[a, b]``; None unless keys are 0..n-1."""
    expected = [str(index) for index in range(len(value))]
    if sorted(value, key=lambda key: (len(key), key)) != expected:
        return None
    return [value[key] for key in expected]


def _parameter_error(error: ValidationError) -> ParameterError:
    """Turn a validation error into Stripe's terms: a message and a param name."""
    path = list(error.absolute_path)
    instance = error.instance

    if error.validator == "additionalProperties":
        known = error.schema.get("properties", {}) if error.schema else {}
        unknown = sorted(set(instance) - set(known))
        param = bracket_name([*path, unknown[0]])
        return ParameterError(
            param, f"Unknown parameter: {param}.", "parameter_unknown"
        )

    if error.validator == "required":
        missing = [name for name in error.validator_value if name not in instance]
        param = bracket_name([*path, missing[0]])
        return ParameterError(
            param, f"Missing required parameter: {param}.", "parameter_missing"
        )

    param = bracket_name(path)
    if error.validator == "type":
        expected = error.validator_value
        code = "parameter_invalid_integer" if expected == "integer" else None
        return ParameterError(
            param, f"Invalid {expected} for {param}: {instance!r}.", code
        )

    if error.validator == "enum":
        allowed = ", ".join(repr(choice) for choice in error.validator_value)
        return ParameterError(
            param, f"Invalid value for {param}: {instance!r} is not one of {allowed}."
        )

    return ParameterError(param, f"Invalid value for {param}: {error.message}.")
