"""The JSON Schemas shipped beside the generated actions, read on demand.

They live in the package's ``schemas/`` folder as ``<action id>.<kind>.json``; they
are data files, so reading them keeps ``_base`` free of imports from generated code.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any, Literal

__all__ = ["load_schema"]

# The package that holds schemas/, i.e. the parent of this _base package.
_PACKAGE = __name__.rsplit(".", 2)[0]


@cache
def load_schema(action_id: str, kind: Literal["input", "output"]) -> dict[str, Any]:
    """The input or output schema of one action, parsed once and then shared.

    Callers must not modify the returned dict: it is cached.
    """
    if kind not in ("input", "output"):
        raise ValueError(f"kind must be 'input' or 'output', not {kind!r}")

    resource = resources.files(_PACKAGE) / "schemas" / f"{action_id}.{kind}.json"
    schema = json.loads(resource.read_text(encoding="utf-8"))
    if not isinstance(schema, dict):
        raise ValueError(f"the {kind} schema of {action_id} is not a JSON object")
    return schema
