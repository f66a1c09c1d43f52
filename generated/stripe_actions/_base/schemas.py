"""Read an action's JSON Schema from the package only when someone asks for it.

The schema files are data shipped inside the package; loading them lazily keeps
``import stripe_actions`` as cheap as importing httpx.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from importlib import resources
from typing import Any

_PACKAGE = "stripe_actions"


class LazySchema(Mapping[str, Any]):
    """A read-only mapping over one schema file, parsed on first access."""

    def __init__(self, file_name: str) -> None:
        self._file_name = file_name
        self._schema: dict[str, Any] | None = None

    def _load(self) -> dict[str, Any]:
        if self._schema is None:
            text = (
                resources.files(_PACKAGE)
                .joinpath("schemas", self._file_name)
                .read_text(encoding="utf-8")
            )
            self._schema = json.loads(text)
        return self._schema

    def __getitem__(self, key: str) -> Any:
        return self._load()[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._load())

    def __len__(self) -> int:
        return len(self._load())

    def __repr__(self) -> str:
        return f"LazySchema({self._file_name!r})"


def load_schema(action_id: str, kind: str) -> LazySchema:
    """The ``input`` or ``output`` schema of one action."""
    return LazySchema(f"{action_id}.{kind}.json")
