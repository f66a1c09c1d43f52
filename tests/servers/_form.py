"""Stripe's bracketed form encoding, read back into nested dicts.

The decoder is strict on purpose: the stub exists to catch a client that encodes
badly, so a repeated key (``expand=a&expand=b``) or an unindexed list
(``items[][price]``) is an error here, even where Stripe itself would guess.

Lists stay dicts keyed by their index strings (``{"0": ...}``) until the schema says
the parameter is an array: ``metadata[0]=x`` is a map with key ``"0"``, not a list.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from email.message import Message
from email.parser import BytesParser
from email.policy import HTTP
from urllib.parse import parse_qsl

__all__ = [
    "ParameterError",
    "bracket_name",
    "decode_multipart",
    "decode_pairs",
    "decode_query",
]

_KEY = re.compile(r"(?P<name>[^\[\]]+)(?P<brackets>(?:\[[^\[\]]*\])*)")
_BRACKET = re.compile(r"\[([^\[\]]*)\]")


class ParameterError(Exception):
    """A request parameter the stub refuses, named as Stripe names it."""

    def __init__(self, param: str | None, message: str, code: str | None = None):
        super().__init__(message)
        self.param = param
        self.message = message
        self.code = code


def bracket_name(path: Iterable[str | int]) -> str:
    """Name a nested parameter the way it travels: ``items[0][price]``."""
    parts = [str(part) for part in path]
    if not parts:
        return ""
    return parts[0] + "".join(f"[{part}]" for part in parts[1:])


def decode_query(text: str) -> dict[str, object]:
    """Decode a query string or an urlencoded body into nested dicts."""
    return decode_pairs(parse_qsl(text, keep_blank_values=True))


def decode_pairs(pairs: Iterable[tuple[str, str]]) -> dict[str, object]:
    """Nest ``(key, value)`` pairs by their brackets; every leaf stays a string."""
    tree: dict[str, object] = {}
    for key, value in pairs:
        path = _split_key(key)
        node = tree
        for depth, part in enumerate(path[:-1]):
            child = node.setdefault(part, {})
            if not isinstance(child, dict):
                raise ParameterError(
                    bracket_name(path[: depth + 1]),
                    f"{bracket_name(path[: depth + 1])} is sent both as a value "
                    f"and as a hash (in {key}).",
                )
            node = child

        leaf = path[-1]
        if leaf in node:
            raise ParameterError(
                bracket_name(path),
                f"{bracket_name(path)} is sent more than once; "
                "arrays need explicit indexes such as name[0], name[1].",
            )
        node[leaf] = value
    return tree


def decode_multipart(content_type: str, body: bytes) -> dict[str, object]:
    """Decode a multipart/form-data body (file uploads) into nested dicts."""
    head = f"Content-Type: {content_type}\r\n\r\n".encode("latin-1")
    message = BytesParser(policy=HTTP).parsebytes(head + body)
    if not message.is_multipart():
        raise ParameterError(None, "The multipart body could not be parsed.")

    pairs = []
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        if not isinstance(name, str):
            raise ParameterError(None, "A multipart part has no field name.")
        pairs.append((name, _part_text(part)))
    return decode_pairs(pairs)


def _part_text(part: Message) -> str:
    """A part's payload as text; file bytes are kept one character per byte."""
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return ""
    charset = part.get_content_charset()
    if part.get_filename() is None and charset is not None:
        return payload.decode(charset, errors="replace")
    return payload.decode("latin-1")


def _split_key(key: str) -> list[str]:
    """``items[0][price]`` -> ``["items", "0", "price"]``, refusing ``[]``."""
    match = _KEY.fullmatch(key)
    if match is None:
        raise ParameterError(key, f"{key!r} is not a well-formed parameter name.")

    path = [match["name"], *_BRACKET.findall(match["brackets"])]
    if "" in path[1:]:
        raise ParameterError(
            key,
            f"{key} uses empty brackets; Stripe's encoding gives every array "
            "element an explicit index such as name[0].",
        )
    return path
