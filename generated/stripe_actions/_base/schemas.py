"""The JSON Schemas shipped beside the generated actions, read on demand.

They live in the package's ``schemas/`` folder as ``<action id>.<kind>.json``; they
are data files, so reading them keeps ``_base`` free of imports from generated code.
The registry holds ``lazy_schema`` mappings: no file is read at import time.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from functools import cache
from typing import Any, Literal

__all__ = ["lazy_schema", "load_schema"]

# The package that holds schemas/, i.e. the parent of this _base package.
_PACKAGE = __name__.rsplit(".", 2)[0]


@cache
def load_schema(action_id: str, kind: Literal["input", "output"]) -> dict[str, Any]:
    """The input or output schema of one action, parsed once and then shared.

    Callers must not modify the returned dict: it is cached.
    """
    if kind not in ("input", "output"):
        raise ValueError(f"kind must be 'input' or 'output', not {kind!r}")

    from importlib import resources

    resource = resources.files(_PACKAGE) / "schemas" / f"{action_id}.{kind}.json"
    schema = json.loads(resource.read_text(encoding="utf-8"))
    if not isinstance(schema, dict):
        raise ValueError(f"the {kind} schema of {action_id} is not a JSON object")
    return schema


class _LazySchema(Mapping[str, Any]):
    """A read-only view of one schema file that reads it on first access."""

    def __init__(self, action_id: str, kind: Literal["input", "output"]) -> None:
        self._action_id = action_id
        self._kind: Literal["input", "output"] = kind

    def __getitem__(self, key: str) -> Any:
        return load_schema(self._action_id, self._kind)[key]

    def __iter__(self) -> Iterator[str]:
        return iter(load_schema(self._action_id, self._kind))

    def __len__(self) -> int:
        return len(load_schema(self._action_id, self._kind))

    def __repr__(self) -> str:
        return f"<{self._kind} schema of {self._action_id}>"


def lazy_schema(action_id: str, kind: Literal["input", "output"]) -> Mapping[str, Any]:
    """The input or output schema of one action, read when first looked at."""
    if kind not in ("input", "output"):
        raise ValueError(f"kind must be 'input' or 'output', not {kind!r}")
    return _LazySchema(action_id, kind)
