"""Every name the generated package uses, decided in one place.

Stripe's names are snake_case and sometimes dotted (``issuing.card``); Python wants
CamelCase classes and identifiers that are not keywords. Collisions are resolved
deterministically so that two runs always agree.
"""

from __future__ import annotations

import keyword
import re

_WORD_SPLIT = re.compile(r"[^0-9A-Za-z]+")

# Keyword arguments every generated method takes besides the operation's parameters.
RESERVED_ARGUMENTS = frozenset({"self", "idempotency_key", "stripe_account"})


def camel(name: str) -> str:
    """``invoice_settings`` → ``InvoiceSettings``, ``issuing.card`` → ``IssuingCard``.

    Used for class names only.
    """
    words = [word for word in _WORD_SPLIT.split(name) if word]
    return "".join(word[0].upper() + word[1:] for word in words)


def python_identifier(name: str) -> str:
    """A wire name as a Python identifier: keywords get a trailing underscore."""
    identifier = _WORD_SPLIT.sub("_", name)
    if identifier and identifier[0].isdigit():
        identifier = f"_{identifier}"
    if keyword.iskeyword(identifier) or identifier in RESERVED_ARGUMENTS:
        identifier = f"{identifier}_"
    return identifier


def is_plain_identifier(name: str) -> bool:
    """Whether a key can be a TypedDict class attribute as it is."""
    return name.isidentifier() and not keyword.iskeyword(name)


class NameRegistry:
    """Hands out unique class names; the first claimant of a name keeps it.

    Callers claim in a deterministic order, so the suffixes handed out on
    collision are the same on every run.
    """

    def __init__(self) -> None:
        self._owners: dict[str, str] = {}

    def claim(self, wanted: str, owner: str) -> str:
        """Return ``wanted`` or, if another owner has it, ``wanted`` + a number."""
        candidate = wanted
        suffix = 2
        while self._owners.get(candidate, owner) != owner:
            candidate = f"{wanted}{suffix}"
            suffix += 1

        self._owners[candidate] = owner
        return candidate

    def owner_of(self, name: str) -> str | None:
        return self._owners.get(name)
