"""Checking an action's parameters against its input schema, before any request.

The schemas are plain JSON Schema (draft 2020-12) written from Stripe's spec, and
``jsonschema`` does the checking; it is imported on first use, so importing the
package stays cheap. What this module adds is Python and plain language.

Python values pass wherever the encoder sends them as Stripe expects:

* ``None`` in an object means "not given", as the encoder drops it (a ``None``
  list item is still an error);
* an exactly integral ``float`` or ``Decimal`` passes where an integer is asked
  for, a finite ``Decimal`` or ``float`` where a number is, and a ``Decimal`` or
  ``int`` where a decimal string (``format: decimal``) is;
* a ``datetime`` passes where a unix-time integer (``format: unix-time``) is;
* a tuple passes as an array, any ``Mapping`` as an object, an enum member as
  its value; a boolean is never a number;
* a parameter nested deeper than the encoder would send (``MAX_NESTING``) is
  one problem, reported before the schema is looked at.

Each failure becomes one ``Problem`` with a JSON path (``$.items[0].price``) and
a short message: an unknown key suggests the closest known one, and a failed
``anyOf`` reports its most fitting branch instead of every branch's errors.
"""

from __future__ import annotations

import datetime
import difflib
import enum
import json
import math
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from decimal import Decimal
from functools import cache
from typing import Any

from .encoding import MAX_NESTING, TOO_DEEP
from .errors import Problem

__all__ = ["InputValidator"]

# Enums longer than this are summarised in messages instead of listed in full.
MAX_LISTED_CHOICES = 6
# How much of an offending string a message quotes.
MAX_QUOTED = 40
DECIMAL_STRING = re.compile(r"-?[0-9]+(\.[0-9]+)?")

# A jsonschema error; typed loosely as jsonschema ships no type information.
SchemaError = Any


class InputValidator:
    """Checks parameters against one input schema; build it once, use it often.

    >>> InputValidator({"type": "object", "properties": {"limit": {"type":
    ...     "integer"}}}).problems({"limit": "5"})
    [Problem(path='$.limit', message='must be an integer, not a string ("5")')]
    """

    def __init__(self, schema: Mapping[str, Any]) -> None:
        self._validator = _validator_class()(_thaw(schema))

    def problems(self, params: object) -> list[Problem]:
        """Every problem with ``params``, sorted by path; empty when they are fine."""
        try:
            instance = _plain(params)
        except _NestedTooDeeply:
            return [Problem(_too_deep_parameter(params), TOO_DEEP)]
        found: dict[str, Problem] = {}

        for error in _type_errors_first(self._validator.iter_errors(instance)):
            for problem in _explain(error):
                found.setdefault(problem.path, problem)

        return sorted(found.values(), key=lambda problem: path_order(problem.path))


def path_order(path: str) -> tuple[tuple[int, int | str], ...]:
    """A sort key that puts ``$.items[2]`` before ``$.items[10]``."""
    segments = re.findall(r"\.([^.\[\]]+)|\[(\d+)\]", path)
    return tuple((1, int(index)) if index else (0, name) for name, index in segments)


# Reading Python values the way the encoder will send them.


class _NestedTooDeeply(Exception):
    """Stops reading parameters at once: a cyclic value has no bottom to reach."""


def _plain(value: object, depth: int = 0) -> object:
    """``value`` with enum members unwrapped, ``None`` dropped from objects and
    every mapping and sequence made a dict or a list, as jsonschema expects.

    ``depth`` counts levels as the encoder does: a top-level parameter is at 1.
    """
    if depth > MAX_NESTING and value is not None:
        raise _NestedTooDeeply
    if isinstance(value, enum.Enum):
        return _plain(value.value, depth)
    if isinstance(value, Mapping):
        return {
            str(key): _plain(item, depth + 1)
            for key, item in value.items()
            if item is not None
        }
    if isinstance(value, (list, tuple)):
        return [_plain(item, depth + 1) for item in value]
    return value


def _too_deep_parameter(params: object) -> str:
    """The path of the first top-level parameter that nests too deeply."""
    if isinstance(params, Mapping):
        for key, value in params.items():
            try:
                _plain(value, 1)
            except _NestedTooDeeply:
                return f"$.{key}"
    return "$"


def _thaw(schema: object) -> object:
    """A schema as plain dicts and lists: jsonschema cannot read a mapping proxy."""
    if isinstance(schema, Mapping):
        return {key: _thaw(value) for key, value in schema.items()}
    if isinstance(schema, (list, tuple)):
        return [_thaw(value) for value in schema]
    return schema


def _is_integer(value: object) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, int):
        return True
    if isinstance(value, float):
        return value.is_integer()
    if isinstance(value, Decimal):
        return value.is_finite() and value == value.to_integral_value()
    return False


def _is_number(value: object) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, int):
        return True
    if isinstance(value, float):
        return math.isfinite(value)
    if isinstance(value, Decimal):
        return value.is_finite()
    return False


_TYPE_TESTS: dict[str, Callable[[object], bool]] = {
    "string": lambda value: isinstance(value, str),
    "integer": _is_integer,
    "number": _is_number,
    "boolean": lambda value: isinstance(value, bool),
    "array": lambda value: isinstance(value, list),
    "object": lambda value: isinstance(value, dict),
    "null": lambda value: value is None,
}


def _has_type(value: object, kind: str, schema: Mapping[str, Any]) -> bool:
    """Whether ``value`` can stand for a ``kind`` at a place described by ``schema``."""
    test = _TYPE_TESTS.get(kind)
    if test is not None and test(value):
        return True

    value_format = schema.get("format")
    if kind == "string" and value_format == "decimal":
        return _is_number(value) and not isinstance(value, float)
    if kind == "integer" and value_format == "unix-time":
        return isinstance(value, datetime.datetime)
    return False


# The jsonschema keywords we replace, so that messages read well.


def _type_keyword(
    validator: Any, types: object, instance: object, schema: Mapping[str, Any]
) -> Iterator[SchemaError]:
    kinds = [types] if isinstance(types, str) else list(_as_sequence(types))
    if any(_has_type(instance, str(kind), schema) for kind in kinds):
        return

    wanted = _join_choices([_a_kind(str(kind)) for kind in kinds])
    yield _schema_error(f"must be {wanted}, not {_describe(instance)}")


def _format_keyword(
    validator: Any, value_format: object, instance: object, schema: object
) -> Iterator[SchemaError]:
    if value_format != "decimal" or not isinstance(instance, str):
        return
    if DECIMAL_STRING.fullmatch(instance):
        return

    yield _schema_error(
        f'must be a decimal number such as "12.5", not {_quote(instance)}'
    )


def _schema_error(message: str) -> SchemaError:
    """A jsonschema error carrying our message; jsonschema fills in the place."""
    from jsonschema.exceptions import (  # type: ignore[import-untyped,unused-ignore]
        ValidationError as SchemaValidationError,
    )

    return SchemaValidationError(message)


@cache
def _validator_class() -> Any:
    """jsonschema's 2020-12 validator with our type rules: made once, on first use."""
    from jsonschema import (  # type: ignore[import-untyped,unused-ignore]
        Draft202012Validator,
        validators,
    )

    checker = Draft202012Validator.TYPE_CHECKER.redefine_many(
        {kind: _ignore_checker(test) for kind, test in _TYPE_TESTS.items()}
    )
    return validators.extend(
        Draft202012Validator,
        validators={"type": _type_keyword, "format": _format_keyword},
        type_checker=checker,
    )


def _ignore_checker(test: Callable[[object], bool]) -> Callable[[object, object], bool]:
    """A jsonschema type check (which also receives the checker) from a plain test."""
    return lambda _checker, value: test(value)


# Turning jsonschema's errors into problems.


def _explain(error: SchemaError) -> Iterator[Problem]:
    """The problems one jsonschema error stands for (several for unknown keys)."""
    path = _json_path(error.absolute_path)
    keyword = error.validator
    expected = error.validator_value
    instance = error.instance

    if keyword == "additionalProperties" and expected is False:
        known = list(error.schema.get("properties", {}))
        for key in _unknown_keys(instance, error.schema):
            yield Problem(f"{path}.{key}", _unknown_key_message(key, known))
    elif keyword == "required":
        for name in _as_sequence(expected):
            if isinstance(instance, dict) and name not in instance:
                yield Problem(f"{path}.{name}", "is required")
    elif keyword == "anyOf":
        yield from _explain_any_of(error, path)
    elif keyword == "enum":
        yield Problem(path, _enum_message(list(_as_sequence(expected)), instance))
    elif keyword == "const":
        yield Problem(path, f"must be {_quote(expected)}, not {_describe(instance)}")
    elif keyword == "maxLength":
        yield Problem(path, f"must be at most {expected} characters long")
    elif keyword == "minLength":
        yield Problem(path, f"must be at least {expected} characters long")
    elif keyword == "pattern":
        yield Problem(
            path, f"must match the pattern {expected}; got {_quote(instance)}"
        )
    elif keyword == "not":
        yield Problem(path, _not_message(expected, instance))
    elif keyword in ("minimum", "maximum"):
        sign = ">=" if keyword == "minimum" else "<="
        yield Problem(path, f"must be {sign} {expected}, not {_describe(instance)}")
    else:
        yield Problem(path, str(error.message))


def _explain_any_of(error: SchemaError, path: str) -> Iterator[Problem]:
    """Report the branch the value was evidently meant for, or the choices.

    A branch fits when the value has its shape (an object for an object branch,
    exactly ``""`` for the "empty" branch): the errors inside the fitting branch
    with the fewest of them say more than jsonschema's summary of all branches.
    """
    branches = [b for b in _as_sequence(error.validator_value) if isinstance(b, dict)]
    errors_by_branch: dict[int, list[SchemaError]] = {}
    for sub_error in error.context:
        branch = sub_error.relative_schema_path[0]
        errors_by_branch.setdefault(branch, []).append(sub_error)

    fitting = [
        index
        for index, branch in enumerate(branches)
        if _fits(error.instance, branch) and errors_by_branch.get(index)
    ]
    if not fitting:
        choices = _join_choices(_branch_choices(branches))
        yield Problem(path, f"must be {choices}, not {_describe(error.instance)}")
        return

    best = min(fitting, key=lambda index: len(errors_by_branch[index]))
    branch_errors = errors_by_branch[best]
    if all(_is_choice_error(sub_error) for sub_error in branch_errors):
        choices = _join_choices(_branch_choices(branches))
        yield Problem(path, f"must be {choices}; got {_quote(error.instance)}")
        return

    for sub_error in _type_errors_first(branch_errors):
        yield from _explain(sub_error)


def _is_choice_error(error: SchemaError) -> bool:
    """Whether the value itself missed an enum: then the whole ``anyOf`` is the
    better answer ('"now" or an integer' rather than just '"now"')."""
    return error.validator in ("enum", "const") and not error.relative_path


def _type_errors_first(errors: Iterable[SchemaError]) -> list[SchemaError]:
    """Errors with wrong-type ones first: "must be a string" beats "must be one of"
    when both are about the same value."""
    return sorted(errors, key=lambda error: error.validator != "type")


def _fits(value: object, branch: Mapping[str, Any]) -> bool:
    """Whether ``value`` has the shape of an ``anyOf`` branch, constraints aside."""
    choices = branch.get("enum")
    if isinstance(choices, list) and all(choice == "" for choice in choices):
        return value == ""

    nested = branch.get("anyOf")
    if isinstance(nested, list):
        return any(_fits(value, sub) for sub in nested if isinstance(sub, dict))

    kinds = branch.get("type")
    if kinds is None:
        return True
    kinds = [kinds] if isinstance(kinds, str) else list(_as_sequence(kinds))
    return any(_has_type(value, str(kind), branch) for kind in kinds)


def _branch_choices(branches: Iterable[Mapping[str, Any]]) -> list[str]:
    """What each branch of an ``anyOf`` admits, in words: "an object", '""'."""
    choices: list[str] = []
    for branch in branches:
        values = branch.get("enum")
        nested = branch.get("anyOf")
        kinds = branch.get("type")
        if isinstance(values, list):
            described = [_quote(value) for value in values]
        elif isinstance(nested, list):
            described = _branch_choices(sub for sub in nested if isinstance(sub, dict))
        elif kinds is not None:
            kinds = [kinds] if isinstance(kinds, str) else list(_as_sequence(kinds))
            described = [_a_kind(str(kind)) for kind in kinds]
        else:
            described = ["any value"]
        choices.extend(word for word in described if word not in choices)
    return choices


def _unknown_keys(instance: object, schema: Mapping[str, Any]) -> list[str]:
    """The keys of ``instance`` that its schema neither names nor patterns."""
    if not isinstance(instance, dict):
        return []
    known = schema.get("properties", {})
    patterns = [re.compile(p) for p in schema.get("patternProperties", {})]
    return [
        key
        for key in instance
        if key not in known and not any(p.search(key) for p in patterns)
    ]


def _unknown_key_message(key: str, known: Sequence[str]) -> str:
    """'unknown parameter', with the closest known name when one is close."""
    close = difflib.get_close_matches(key, known, n=1, cutoff=0.6)
    if close:
        return f"unknown parameter; did you mean '{close[0]}'?"
    return "unknown parameter"


def _enum_message(choices: list[object], value: object) -> str:
    """'must be one of ...', short for long enums, with a suggestion when close."""
    if len(choices) == 1:
        message = f"must be {_quote(choices[0])}, not {_quote(value)}"
    elif len(choices) <= MAX_LISTED_CHOICES:
        allowed = ", ".join(_quote(choice) for choice in choices)
        message = f"must be one of {allowed}; got {_quote(value)}"
    else:
        message = f"must be one of {len(choices)} values; got {_quote(value)}"

    if isinstance(value, str):
        texts = [choice for choice in choices if isinstance(choice, str) and choice]
        close = difflib.get_close_matches(value, texts, n=1, cutoff=0.6)
        if close:
            message += f"; did you mean {_quote(close[0])}?"
    return message


def _not_message(excluded: object, value: object) -> str:
    """What a ``not`` keyword forbids, in words rather than as the schema's repr."""
    if not isinstance(excluded, dict):
        return f"is not allowed here; got {_describe(value)}"
    if "pattern" in excluded:
        return f"must not match the pattern {excluded['pattern']}; got {_quote(value)}"
    if "enum" in excluded or "const" in excluded:
        return f"must not be {_quote(value)}"
    if "type" in excluded:
        return f"must not be {_describe(value)}"
    return f"is not allowed here; got {_describe(value)}"


# Words.


def _a_kind(kind: str) -> str:
    """A JSON Schema type with its article: "an integer", "null"."""
    if kind == "null":
        return "null"
    article = "an" if kind[:1] in "aeiou" else "a"
    return f"{article} {kind}"


def _join_choices(words: Sequence[str]) -> str:
    """["a", "b", "c"] as "a, b or c"; one of several enum values as "one of"."""
    if len(words) == 1:
        return words[0]
    if all(word.startswith('"') or word in ("null", "true", "false") for word in words):
        return "one of " + ", ".join(words)
    return ", ".join(words[:-1]) + " or " + words[-1]


def _describe(value: object) -> str:
    """What a value is, in JSON's words, quoting short scalars."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return f"a boolean ({_quote(value)})"
    if isinstance(value, str):
        return f"a string ({_quote(value)})"
    if isinstance(value, int):
        return f"an integer ({value})"
    if isinstance(value, (float, Decimal)):
        if not _is_number(value):
            return f"a non-finite number ({value})"
        kind = "a number" if _is_integer(value) else "a fractional number"
        return f"{kind} ({value})"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, dict):
        return "an object"
    return f"a {type(value).__name__}"


def _quote(value: object) -> str:
    """A value as JSON would write it, shortened when long."""
    if isinstance(value, str) and len(value) > MAX_QUOTED:
        value = value[:MAX_QUOTED] + "..."
    try:
        text = json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):
        text = repr(value)
    if len(text) > 2 * MAX_QUOTED:
        text = text[: 2 * MAX_QUOTED] + "..."
    return text


def _json_path(segments: Iterable[object]) -> str:
    """``$`` then ``.name`` for each key and ``[n]`` for each list index."""
    text = "$"
    for segment in segments:
        text += f"[{segment}]" if isinstance(segment, int) else f".{segment}"
    return text


def _as_sequence(value: object) -> Sequence[Any]:
    """A schema keyword's list value, or nothing if the schema is malformed."""
    return value if isinstance(value, (list, tuple)) else ()
