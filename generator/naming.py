"""Every name the generated package uses, decided in one place.

Stripe's names are snake_case and sometimes dotted (``issuing.card``); Python wants
CamelCase classes and identifiers that are not keywords. Collisions are resolved
deterministically so that two runs always agree.
"""

from __future__ import annotations

import keyword
import re

_WORD_SPLIT = re.compile(r"[^0-9A-Za-z]+")

# Names a method's parameters cannot take: the keyword arguments every generated
# method has, the locals of its body, and ``object``, which its annotations use.
RESERVED_ARGUMENTS = frozenset(
    {
        "self",
        "idempotency_key",
        "stripe_account",
        "object",
        "path",
        "params",
        "response",
    }
)


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


# --- names for operations the catalogue does not name --------------------------------

# Names a resource cannot take: the package's own modules and the client's attributes.
RESERVED_RESOURCES = frozenset(
    {
        "types",
        "actions",
        "schemas",
        "api",
        "aclose",
        "base_url",
        "close",
        "livemode",
        "max_retries",
        "request",
        "request_page",
        "stripe_account",
        "stripe_version",
        "timeout",
    }
)
_ITEM_VERBS = {"get": "retrieve", "post": "update", "delete": "delete"}
_COLLECTION_VERBS = {"get": "retrieve", "post": "create", "delete": "delete"}
_TAIL_PREFIXES = {"get": "retrieve_", "delete": "delete_"}


def operation_name(
    method: str,
    path: str,
    *,
    paths: frozenset[str],
    path_methods: frozenset[str],
    lists: bool,
) -> tuple[str, str]:
    """A ``(resource, verb)`` for an operation, from its path and method alone.

    ``paths`` is every path of the document, ``path_methods`` the methods of this
    one and ``lists`` whether its GET returns a list: together they tell a
    collection (``/v1/customers/{customer}/sources``) from an action on an item
    (``/v1/invoices/{invoice}/finalize``). The result may collide with another
    operation's; ``unique_action_id`` settles that.
    """
    segments = [s for s in path.removeprefix("/v1/").strip("/").split("/") if s]
    is_param = [s.startswith("{") and s.endswith("}") for s in segments]
    statics = [s for s, param in zip(segments, is_param, strict=True) if not param]
    method = method.lower()

    if not segments or is_param[-1]:
        return resource_name(statics), _ITEM_VERBS.get(method, method)

    has_items = any(p.startswith(path + "/{") for p in paths)
    if has_items or lists:
        verb = "list" if method == "get" and lists else None
        return resource_name(statics), verb or _COLLECTION_VERBS.get(method, method)

    if any(is_param):
        last_param = max(i for i, param in enumerate(is_param) if param)
        owner = [s for s in segments[:last_param] if not s.startswith("{")]
        tail = "_".join(segments[last_param + 1 :])
        return resource_name(owner), _tail_verb(method, tail, path_methods)

    parent = path.rsplit("/", 1)[0]
    if len(statics) > 1 and any(p.startswith(parent + "/{") for p in paths):
        prefix = "delete_" if method == "delete" else ""
        return resource_name(statics[:-1]), verb_name(prefix + statics[-1])

    return resource_name(statics), _collection_verb(method, path_methods)


def resource_name(parts: list[str]) -> str:
    """A module and client attribute name: ``issuing/cards`` → ``issuing_cards``."""
    name = python_identifier("_".join(parts).lower()) or "root"
    if name.startswith("_"):
        name = "v1" + name
    if name in RESERVED_RESOURCES or keyword.iskeyword(name.rstrip("_")):
        name = f"{name.rstrip('_')}_resource"
    return name


def verb_name(text: str) -> str:
    """A method name: lower snake case, never a keyword or a reserved argument."""
    name = python_identifier(text.lower())
    return f"op{name}" if name.startswith("_") else name


def unique_action_id(resource: str, verb: str, taken: set[str]) -> str:
    """``resource.verb``, numbered from 2 when another action holds that id."""
    candidate = f"{resource}.{verb}"
    number = 2
    while candidate in taken:
        candidate = f"{resource}.{verb}_{number}"
        number += 1
    taken.add(candidate)
    return candidate


def _collection_verb(method: str, path_methods: frozenset[str]) -> str:
    if method == "post" and "get" in path_methods:
        return "update"
    return _COLLECTION_VERBS.get(method, method)


def _tail_verb(method: str, tail: str, path_methods: frozenset[str]) -> str:
    if method == "post" and "get" in path_methods:
        return verb_name(f"update_{tail}")
    return verb_name(_TAIL_PREFIXES.get(method, "") + tail)
