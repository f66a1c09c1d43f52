"""Small Stripe-style OpenAPI documents written for the tests, and their builders."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from generator.catalogue import CatalogueEntry, resolve
from generator.model import Model, build_model
from generator.output import format_files, write_tree
from generator.render import render

FORM = "application/x-www-form-urlencoded"


def document(
    paths: dict[str, Any], schemas: dict[str, Any] | None = None
) -> dict[str, Any]:
    return {
        "openapi": "3.0.0",
        "info": {"title": "Test API", "version": "2099-01-01"},
        "paths": paths,
        "components": {"schemas": schemas or {}},
    }


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def json_response(schema: dict[str, Any]) -> dict[str, Any]:
    return {
        "200": {
            "description": "Successful response.",
            "content": {"application/json": {"schema": schema}},
        }
    }


def post(
    operation_id: str,
    properties: dict[str, Any],
    response: dict[str, Any],
    required: tuple[str, ...] = (),
    parameters: tuple[dict[str, Any], ...] = (),
) -> dict[str, Any]:
    return {
        "operationId": operation_id,
        "parameters": list(parameters),
        "requestBody": {
            "content": {
                FORM: {
                    "schema": {
                        "type": "object",
                        "properties": properties,
                        "required": list(required),
                        "additionalProperties": False,
                    }
                }
            }
        },
        "responses": json_response(response),
    }


def get(
    operation_id: str,
    parameters: tuple[dict[str, Any], ...],
    response: dict[str, Any],
) -> dict[str, Any]:
    return {
        "operationId": operation_id,
        "parameters": list(parameters),
        "responses": json_response(response),
    }


def path_parameter(name: str) -> dict[str, Any]:
    return {"in": "path", "name": name, "required": True, "schema": {"type": "string"}}


def expand_parameter() -> dict[str, Any]:
    return {
        "in": "query",
        "name": "expand",
        "style": "deepObject",
        "explode": True,
        "schema": {"type": "array", "items": {"type": "string"}},
    }


def entry(action_id: str, operation_id: str, method: str, path: str) -> CatalogueEntry:
    return CatalogueEntry(
        id=action_id,
        title=action_id,
        kind="operation",
        operation_id=operation_id,
        method=method,
        path=path,
    )


def model_of(doc: dict[str, Any], entries: list[CatalogueEntry]) -> Model:
    return build_model(doc, resolve(tuple(entries), doc), spec_sha256="0" * 64)


def write_package(model: Model, out_dir: Path, base_dir: Path) -> Path:
    """Render, format and write a package, with a copy of the handwritten base."""
    import shutil

    write_tree(out_dir, format_files(render(model), use_cache=False))
    shutil.copytree(
        base_dir,
        out_dir / "stripe_actions" / "_base",
        ignore=shutil.ignore_patterns("__pycache__"),
    )
    (out_dir / "stripe_actions" / "py.typed").write_text("")
    return out_dir
