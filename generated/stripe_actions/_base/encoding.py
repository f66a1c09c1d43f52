"""Stripe's form encoding of request parameters, as small pure functions.

Stripe reads bodies and queries as bracket-nested form fields: ``{"items":
[{"price": "p"}]}`` becomes ``items[0][price]=p``. The rules, the official SDK's
except where noted:

* ``None`` is dropped at every depth (send ``""`` to unset a field);
* every list item is indexed, in queries too (``expand[0]=...``);
* an empty list is sent as ``key=`` only at an *emptyable* path, else omitted;
* booleans are ``true``/``false``; datetimes are epoch seconds;
* an exactly integral float or Decimal is sent as an integer, and no number is
  ever written with an exponent (the SDK would send ``1E+2`` or ``4995.00``);
* at an *integer* path a boolean, a fractional number or a string that is not
  an integer written in digits is refused locally, naming the parameter, instead
  of reaching Stripe as ``true``, ``10.5`` or ``ten``; the few words Stripe takes
  in place of an integer (``INTEGER_WORDS``) pass;
* a parameter nested more than ``MAX_NESTING`` levels deep is refused, naming
  it: no Stripe parameter comes close, and a self-referencing value would
  otherwise recurse until Python gives up.
"""

from __future__ import annotations

import datetime
import enum
import json
import math
import re
from collections.abc import Collection, Iterator, Mapping, Sequence
from decimal import Decimal
from functools import lru_cache
from typing import Any, NamedTuple
from urllib.parse import quote, urlencode

from .errors import Problem, ValidationError

__all__ = [
    "INTEGER_WORDS",
    "MAX_NESTING",
    "TOO_DEEP",
    "encode_params",
    "encode_scalar",
    "form_urlencode",
    "quote_path_param",
]

# In an emptyable path, list items are written as this segment.
LIST_ITEM = "*"
# How many levels a parameter may nest (``a[b][0]`` is three). Stripe's deepest
# parameters take seven; the margin is generous and far below Python's recursion
# limit.
MAX_NESTING = 32
TOO_DEEP = f"is nested too deeply (more than {MAX_NESTING} levels)"
# The strings Stripe's spec accepts in place of an integer at some integer
# parameter (``trial_end=now``, ``tiers[0][up_to]=inf``, ``""`` to unset one).
# The encoder only knows which paths are integers, not their alternatives, so any
# of these passes at any integer path; every other non-digit string is refused.
INTEGER_WORDS = frozenset(
    {"", "current_period_end", "inf", "minimum", "now", "unchanged"}
)
_INTEGER_DIGITS = re.compile(r"-?[0-9]+")
# How much of an offending string a message quotes.
MAX_QUOTED = 40


def encode_params(
    params: Mapping[str, Any],
    *,
    emptyable: Collection[str] = (),
    integers: Collection[str] = (),
) -> list[tuple[str, str]]:
    """Flatten parameters into the (key, value) pairs Stripe expects, in order.

    ``emptyable`` holds the dotted paths (``*`` for list items, as in
    ``"items.*.tax_rates"``) where an empty list means "clear this field";
    ``integers`` the paths where the spec asks for an integer.

    >>> encode_params({"expand": ["customer"], "metadata": {"order": ""}})
    [('expand[0]', 'customer'), ('metadata[order]', '')]
    """
    rules = _rules_for(_as_tuple(emptyable), _as_tuple(integers))
    pairs: list[tuple[str, str]] = []
    problems: list[Problem] = []

    for name, value in params.items():
        key = str(name)
        try:
            pairs.extend(_encode(key, (key,), value, rules, problems))
        except _NestedTooDeeply:
            problems.append(Problem(_json_path((key,)), TOO_DEEP))

    if problems:
        raise ValidationError(problems)
    return pairs


def encode_scalar(value: Any) -> str:
    """Write one leaf value the way Stripe reads it; TypeError when it cannot."""
    if isinstance(value, enum.Enum):
        return encode_scalar(value.value)
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return _encode_float(value)
    if isinstance(value, Decimal):
        return _encode_decimal(value)
    if isinstance(value, datetime.datetime):
        return str(math.floor(value.timestamp()))
    raise TypeError(f"cannot send a {type(value).__name__} to Stripe")


def form_urlencode(pairs: Sequence[tuple[str, str]]) -> str:
    """Join pairs into a query or body, keeping brackets readable as the SDK does."""
    encoded = urlencode(pairs)
    return encoded.replace("%5B", "[").replace("%5D", "]")


def quote_path_param(value: str, name: str) -> str:
    """Quote an id for use as one path segment; empty or non-string ids are refused.

    Refusing early matters: an empty id would silently turn a retrieve into a list.

    >>> quote_path_param("cus_123/x", "customer")
    'cus_123%2Fx'
    """
    if not isinstance(value, str):
        message = f"must be a string, not {type(value).__name__}"
        raise ValidationError([Problem(f"$.{name}", message)])
    if not value.strip():
        raise ValidationError([Problem(f"$.{name}", "must not be empty")])
    if value in (".", ".."):
        raise ValidationError([Problem(f"$.{name}", f"{value!r} is not an id")])
    return quote(value, safe="")


class _NestedTooDeeply(Exception):
    """Stops encoding a parameter at once: a cyclic value has no bottom to reach."""


class _RuleSet:
    """Dotted paths (``items.*.tax_rates``) and a fast test of a value's path.

    ``*`` in a rule stands for any list index or any key of a free-form hash
    (``currency_options.*.unit_amount`` holds for ``currency_options[eur]``).
    List indexes are matched by the dotted form itself; only hash keys need the
    segment-by-segment test, and only against rules of the same length.
    """

    __slots__ = ("exact", "by_length")

    def __init__(self, rules: frozenset[str]) -> None:
        self.exact = rules
        by_length: dict[int, list[tuple[str, ...]]] = {}
        for rule in sorted(rules):
            if LIST_ITEM in rule:
                segments = tuple(rule.split("."))
                by_length.setdefault(len(segments), []).append(segments)
        self.by_length = {n: tuple(group) for n, group in by_length.items()}

    def __bool__(self) -> bool:
        return bool(self.exact)

    def matches(self, path: tuple[str | int, ...]) -> bool:
        if _dotted(path) in self.exact:
            return True
        return any(
            all(
                wanted in (LIST_ITEM, actual)
                for wanted, actual in zip(pattern, path, strict=True)
            )
            for pattern in self.by_length.get(len(path), ())
        )


class _Rules(NamedTuple):
    """What the operation's schema says about some paths."""

    emptyable: _RuleSet
    integers: _RuleSet


@lru_cache(maxsize=512)
def _rules_for(emptyable: tuple[str, ...], integers: tuple[str, ...]) -> _Rules:
    """Checked and indexed once per operation, not on every call."""
    return _Rules(_RuleSet(_check_paths(emptyable)), _RuleSet(_check_paths(integers)))


def _as_tuple(paths: Collection[str]) -> tuple[str, ...]:
    if isinstance(paths, str):
        return (paths,)
    return paths if isinstance(paths, tuple) else tuple(paths)


def _encode(
    key: str,
    path: tuple[str | int, ...],
    value: Any,
    rules: _Rules,
    problems: list[Problem],
) -> Iterator[tuple[str, str]]:
    """Yield the pairs for one value at bracket ``key`` and logical ``path``."""
    if value is None:
        return
    if len(path) > MAX_NESTING:
        raise _NestedTooDeeply

    if isinstance(value, Mapping):
        for name, item in value.items():
            sub = str(name)
            yield from _encode(f"{key}[{sub}]", (*path, sub), item, rules, problems)
        return

    if isinstance(value, (list, tuple)):
        if not value and rules.emptyable and rules.emptyable.matches(path):
            yield key, ""
        for index, item in enumerate(value):
            if item is None:
                location = _json_path((*path, index))
                problems.append(Problem(location, "a list item must not be null"))
                continue
            yield from _encode(f"{key}[{index}]", (*path, index), item, rules, problems)
        return

    if rules.integers and rules.integers.matches(path):
        refusal = _not_an_integer(value)
        if refusal:
            problems.append(Problem(_json_path(path), refusal))
            return

    try:
        yield key, encode_scalar(value)
    except (TypeError, ValueError) as error:
        problems.append(Problem(_json_path(path), str(error)))


def _encode_float(value: float) -> str:
    """A float as plain digits: integral ones as integers, never an exponent."""
    if not math.isfinite(value):
        raise ValueError(f"cannot send the non-finite number {value!r}")
    if value.is_integer():
        return str(int(value))
    return format(Decimal(repr(value)), "f")


def _encode_decimal(value: Decimal) -> str:
    """A Decimal as plain digits: integral ones as integers, never an exponent."""
    if not value.is_finite():
        raise ValueError(f"cannot send the non-finite number {value}")
    if value == value.to_integral_value():
        return format(value.to_integral_value(), "f")
    return format(value, "f")


def _not_an_integer(value: Any) -> str | None:
    """Why ``value`` cannot stand for an integer, or None when it can."""
    if isinstance(value, enum.Enum):
        value = value.value
    if isinstance(value, str):
        if _INTEGER_DIGITS.fullmatch(value) or value in INTEGER_WORDS:
            return None
        return f"must be an integer, not a string ({_quoted(value)})"
    if isinstance(value, bool):
        return f"must be an integer, not a boolean ({value})"
    if isinstance(value, float) and not value.is_integer():
        return f"must be an integer, not {value!r}"
    if isinstance(value, Decimal) and value != value.to_integral_value():
        return f"must be an integer, not {value}"
    return None


def _quoted(text: str) -> str:
    """A string as JSON writes it, cut short for a message, as validation does."""
    short = text if len(text) <= MAX_QUOTED else text[:MAX_QUOTED] + "..."
    return json.dumps(short, ensure_ascii=False)


def _check_paths(paths: tuple[str, ...]) -> frozenset[str]:
    """Refuse malformed dotted paths: a typo would silently disable a rule."""
    problems = [
        Problem("$.emptyable", f"{path!r} is not a dotted parameter path")
        for path in paths
        if not isinstance(path, str) or not all(path.split("."))
    ]
    if problems:
        raise ValidationError(problems)
    return frozenset(paths)


def _dotted(path: tuple[str | int, ...]) -> str:
    """The dotted form rule paths are written in, ``*`` for any list item."""
    return ".".join(LIST_ITEM if isinstance(seg, int) else seg for seg in path)


def _json_path(path: tuple[str | int, ...]) -> str:
    """A JSON-path-like location such as ``$.items[0].price`` for a problem."""
    text = "$"
    for segment in path:
        text += f"[{segment}]" if isinstance(segment, int) else f".{segment}"
    return text
