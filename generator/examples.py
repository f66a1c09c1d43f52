"""Example inputs for actions whose catalogue entry gives none.

Part of building the model: an example holds every required parameter with a
plausible value of its type, so reference pages always show a call that validates.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from generator.model import Action, ObjectType, Parameter, TypeRef

# Stripe's ID prefixes, for made-up path parameters.
ID_PREFIXES = {
    "customers": "cus",
    "charges": "ch",
    "invoices": "in",
    "subscriptions": "sub",
    "products": "prod",
    "prices": "price",
}
_SCALAR_EXAMPLES: dict[str, Any] = {
    "int": 1000,
    "float": 1.5,
    "bool": True,
    "Decimal": "1.5",
}


def example_input(
    parameters: Iterable[Parameter], resource: str, objects: Mapping[str, ObjectType]
) -> dict[str, Any]:
    """Every path parameter and every required parameter, with a plausible value."""
    example: dict[str, Any] = {}
    for parameter in parameters:
        if parameter.location == "path":
            example[parameter.name] = f"{ID_PREFIXES.get(resource, 'id')}_123"
        elif parameter.required:
            example[parameter.name] = example_value(parameter.type, objects)
    return example


def example_value(type_: TypeRef, objects: Mapping[str, ObjectType]) -> Any:
    """A value of ``type_``: first real enum member, one list item, required keys."""
    from generator.model import ListOf, LiteralOf, MapOf, Named, Scalar, UnionOf

    if isinstance(type_, UnionOf):
        useful = [
            option
            for option in type_.options
            if option not in (LiteralOf(("",)), Scalar("None"))
        ]
        return example_value(useful[0] if useful else type_.options[0], objects)
    if isinstance(type_, LiteralOf):
        return next((v for v in type_.values if v != ""), type_.values[0])
    if isinstance(type_, ListOf):
        return [example_value(type_.item, objects)]
    if isinstance(type_, MapOf):
        return {"key": "value"}
    if isinstance(type_, Named):
        object_type = objects.get(type_.name)
        fields = object_type.fields if object_type else ()
        return {f.name: example_value(f.type, objects) for f in fields if f.required}
    return _SCALAR_EXAMPLES.get(type_.kind, "example")


def example_problems(action: Action) -> list[str]:
    """Why an action's example does not fit its input schema (empty when it does).

    Checked at generation so a catalogue typo fails there, not in a reader's shell.
    """
    from jsonschema import (  # type: ignore[import-untyped,unused-ignore]
        Draft202012Validator,
    )

    validator = Draft202012Validator(action.input_schema)
    return [
        f"'{action.id}': example at $"
        + "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in error.path)
        + f": {error.message}"
        for error in sorted(validator.iter_errors(action.example), key=str)
    ]
