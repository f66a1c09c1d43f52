"""Render the model into Python source with the Jinja templates in ``templates/``.

Rendering is a pure function of the model: it returns ``{relative path: text}`` and
leaves formatting and writing to ``output``. The filters here are the only place that
knows how a model type is spelled in Python.
"""

from __future__ import annotations

import json
import textwrap
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jinja2

from generator import GeneratorError
from generator.model import (
    Action,
    ListOf,
    LiteralOf,
    MapOf,
    Model,
    Named,
    ObjectType,
    Resource,
    Scalar,
    TypeRef,
    UnionOf,
)
from generator.naming import is_plain_identifier
from generator.source import REPO_ROOT

TEMPLATES_DIR = REPO_ROOT / "templates"
PACKAGE = "stripe_actions"
REGENERATE_COMMAND = "make generate"
LINE_WIDTH = 88
# Module names the package itself uses; a resource cannot take one of them.
RESERVED_MODULES = frozenset({"types", "actions", "schemas", "_client", "_base"})


def py_type(type_: TypeRef, request: bool = False) -> str:
    """Spell a model type in Python; request types accept any sequence or mapping."""
    if isinstance(type_, Scalar):
        return type_.kind
    if isinstance(type_, LiteralOf):
        return "Literal[" + ", ".join(_literal(v) for v in type_.values) + "]"
    if isinstance(type_, ListOf):
        container = "Sequence" if request else "list"
        return f"{container}[{py_type(type_.item, request)}]"
    if isinstance(type_, MapOf):
        container = "Mapping" if request else "dict"
        return f"{container}[str, {py_type(type_.value, request)}]"
    if isinstance(type_, Named):
        return type_.name
    return " | ".join(py_type(option, request) for option in type_.options)


def walk_types(type_: TypeRef) -> Iterator[TypeRef]:
    """The type and every type nested in it."""
    yield type_
    if isinstance(type_, ListOf):
        yield from walk_types(type_.item)
    elif isinstance(type_, MapOf):
        yield from walk_types(type_.value)
    elif isinstance(type_, UnionOf):
        for option in type_.options:
            yield from walk_types(option)


@dataclass
class Imports:
    """The names one generated module needs, gathered from the types it spells."""

    typing: set[str] = field(default_factory=set)
    abc: set[str] = field(default_factory=set)
    named: set[str] = field(default_factory=set)
    decimal: bool = False

    def add(self, type_: TypeRef, request: bool = False) -> None:
        for part in walk_types(type_):
            if isinstance(part, Scalar) and part.kind == "Any":
                self.typing.add("Any")
            elif isinstance(part, Scalar) and part.kind == "Decimal":
                self.decimal = True
            elif isinstance(part, LiteralOf):
                self.typing.add("Literal")
            elif isinstance(part, ListOf) and request:
                self.abc.add("Sequence")
            elif isinstance(part, MapOf) and request:
                self.abc.add("Mapping")
            elif isinstance(part, Named):
                self.named.add(part.name)


def docstring(text: str, indent: int = 4, summary: str = "") -> str:
    """A whole triple-quoted docstring, wrapped to the line width and made safe.

    One line when it fits; otherwise the closing quotes get a line of their own.
    """
    width = LINE_WIDTH - indent - 3
    paragraphs = [p for p in ([summary] if summary else []) + text.split("\n\n") if p]
    wrapped = [
        textwrap.fill(p, width=width, break_long_words=False, break_on_hyphens=False)
        for p in paragraphs
    ]
    body = "\n\n".join(wrapped) or "No description in the spec."
    body = body.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    if body.endswith('"') and not body.endswith('\\"'):
        body = body[:-1] + '\\"'
    if "\n" not in body and len(body) + indent + 6 <= LINE_WIDTH:
        return f'"""{body}"""'

    pad = " " * indent
    return '"""' + textwrap.indent(body, pad).lstrip() + "\n" + pad + '"""'


def method_docstring(action: Action, indent: int = 8) -> str:
    """Title, description and an ``Args:`` entry per described parameter."""
    lines = ["Args:"]
    for parameter in action.parameters:
        if not parameter.description:
            continue
        entry = textwrap.fill(
            f"{parameter.python_name}: {parameter.description.split(chr(10) * 2)[0]}",
            width=LINE_WIDTH - indent - 4,
            subsequent_indent="    ",
            break_long_words=False,
            break_on_hyphens=False,
        )
        lines.append(textwrap.indent(entry, "    "))

    text = docstring(action.description, indent, summary=action.title + ".")[3:-3]
    if len(lines) > 1:
        args = "\n".join(lines).replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
        text = text.rstrip() + "\n\n" + textwrap.indent(args, " " * indent)
    pad = " " * indent
    return '"""' + text.rstrip() + "\n" + pad + '"""'


def path_expression(action: Action) -> str:
    """The request path as Python: an f-string quoting each path parameter."""
    path = action.path
    for parameter in action.path_parameters:
        path = path.replace(
            "{" + parameter.name + "}",
            f"{{quote_path_param({parameter.python_name}, {parameter.name!r})}}",
        )
    return f"f{_literal(path)}" if action.path_parameters else _literal(path)


def first_paragraph(text: str) -> str:
    return text.split("\n\n", 1)[0]


def tuple_repr(values: Iterable[object]) -> str:
    items = [_literal(value) for value in values]
    return "(" + ", ".join(items) + ("," if len(items) == 1 else "") + ")"


def md_cell(text: str) -> str:
    """Text fit for one Markdown table cell: its first paragraph, pipes escaped."""
    first = text.split("\n\n", 1)[0].replace("\n", " ")
    return first.replace("|", "\\|")


def shell_quote(text: str) -> str:
    return "'" + text.replace("'", "'\\''") + "'"


def pyliteral(value: object) -> str:
    """A JSON-like value as Python source (``true`` → ``True``)."""
    if isinstance(value, dict):
        items = ", ".join(f"{pyliteral(k)}: {pyliteral(v)}" for k, v in value.items())
        return "{" + items + "}"
    if isinstance(value, list):
        return "[" + ", ".join(pyliteral(v) for v in value) + "]"
    if value is None:
        return "None"
    return _literal(value)


def python_example(action: Action) -> str:
    """The example input as a call on the client's namespace."""
    example = dict(action.example)
    if action.kind == "request":
        params = example.pop("params", None)
        arguments = [pyliteral(example.get("method")), pyliteral(example.get("path"))]
        if params:
            arguments.append(pyliteral(params))
        return f"result = client.request({', '.join(arguments)})"

    by_name = {p.name: p for p in action.parameters}
    arguments = [
        pyliteral(example.pop(p.name))
        for p in action.path_parameters
        if p.name in example
    ]
    arguments += [
        f"{by_name[name].python_name if name in by_name else name}={pyliteral(value)}"
        for name, value in example.items()
    ]
    call = f"client.{action.resource}.{action.verb}({', '.join(arguments)})"
    if action.is_list:
        return f'for item in {call}.auto_paging_iter():\n    print(item["id"])'
    return f"result = {call}"


def import_order(names: Iterable[str]) -> list[str]:
    """Names in one import, ordered as isort does: constants, classes, functions."""
    return sorted(
        set(names), key=lambda n: (not n.isupper(), not n[:1].isupper(), n.lower())
    )


def header(model: Model) -> str:
    return (
        f"# Generated from Stripe's spec {model.api_version} "
        f"({model.spec_sha256[:8]}); do not edit: `{REGENERATE_COMMAND}`."
    )


def _literal(value: object) -> str:
    if isinstance(value, bool):
        return "True" if value else "False"
    if isinstance(value, int):
        return str(value)
    return json.dumps(value, ensure_ascii=False)


def _typed_dict_entry(field_type: str, required: bool, total: bool) -> str:
    if total and not required:
        return f"NotRequired[{field_type}]"
    if not total and required:
        return f"Required[{field_type}]"
    return field_type


def _environment() -> jinja2.Environment:
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES_DIR),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        autoescape=False,
    )
    environment.filters.update(
        py_type=py_type,
        docstring=docstring,
        method_docstring=method_docstring,
        literal=_literal,
        pyrepr=tuple_repr,
        tuple_repr=tuple_repr,
        first_paragraph=first_paragraph,
        path_expression=path_expression,
        md_cell=md_cell,
        import_order=import_order,
        shell_quote=shell_quote,
        pyliteral=pyliteral,
        python_example=python_example,
        json=lambda value: json.dumps(value, sort_keys=True, ensure_ascii=False),
    )
    environment.tests["required_field"] = lambda fields: any(f.required for f in fields)
    environment.globals.update(
        is_plain_identifier=is_plain_identifier,
        typed_dict_entry=_typed_dict_entry,
    )
    return environment


def render(model: Model, templates_dir: Path | None = None) -> dict[str, str]:
    """Every generator-owned file of the package, by path relative to ``generated/``."""
    environment = _environment()
    if templates_dir is not None:
        environment.loader = jinja2.FileSystemLoader(templates_dir)

    for resource in model.resources:
        if resource.name in RESERVED_MODULES or not resource.name.isidentifier():
            raise GeneratorError(
                f"resource '{resource.name}' cannot be a module name of the package"
            )

    common: dict[str, Any] = {"model": model, "header": header(model)}
    files: dict[str, str] = {}

    type_imports = Imports()
    for object_type in model.object_types:
        for item in object_type.fields:
            type_imports.add(item.type)
    files[f"{PACKAGE}/types.py"] = _render(
        environment, "types.py.jinja", common, imports=type_imports
    )

    for resource in model.resources:
        files[f"{PACKAGE}/{resource.name}.py"] = _render(
            environment,
            "resource.py.jinja",
            common,
            resource=resource,
            param_types=_param_types(resource),
            imports=_resource_imports(resource),
            response_names=_response_names(resource, model),
            base_names=_base_names(resource),
        )

    for module in ("_client.py", "actions.py", "__init__.py"):
        files[f"{PACKAGE}/{module}"] = _render(environment, f"{module}.jinja", common)

    files.update(render_docs(model, environment, common))

    for action in model.actions:
        for kind, schema in (
            ("input", action.input_schema),
            ("output", action.output_schema),
        ):
            files[f"{PACKAGE}/schemas/{action.id}.{kind}.json"] = (
                json.dumps(schema, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
            )
    return files


def render_docs(
    model: Model, environment: jinja2.Environment, common: dict[str, Any]
) -> dict[str, str]:
    """The Markdown reference: an index and one page per action."""
    objects = {t.name: t for t in model.object_types}
    files: dict[str, str] = {}
    groups: dict[str, list[Action]] = {}

    for action in model.actions:
        groups.setdefault(action.resource, []).append(action)
        response = (
            objects.get(action.response.name)
            if isinstance(action.response, Named)
            else None
        )
        files[f"docs/actions/{action.id}.md"] = _render(
            environment,
            "action.md.jinja",
            common,
            action=action,
            output_fields=response.fields if response else (),
        )

    files["docs/README.md"] = _render(
        environment,
        "docs_index.md.jinja",
        common,
        groups=[(_group_title(name), group) for name, group in groups.items()],
    )
    return files


def _group_title(resource: str) -> str:
    return "API" if resource == "api" else resource.replace("_", " ").capitalize()


def _render(
    environment: jinja2.Environment, template: str, common: dict[str, Any], **extra: Any
) -> str:
    return environment.get_template(template).render(**common, **extra)


def _param_types(resource: Resource) -> list[ObjectType]:
    seen: dict[str, ObjectType] = {}
    for action in resource.actions:
        for object_type in action.param_types:
            seen.setdefault(object_type.name, object_type)
    return [seen[name] for name in sorted(seen)]


def _resource_imports(resource: Resource) -> Imports:
    imports = Imports()
    for action in resource.actions:
        for parameter in action.parameters:
            imports.add(parameter.type, request=True)
        imports.add(action.response)
        for object_type in action.param_types:
            for item in object_type.fields:
                imports.add(item.type, request=True)
    return imports


def _base_names(resource: Resource) -> list[str]:
    """What a resource module takes from the handwritten runtime."""
    names = {"AsyncBaseStripeClient", "BaseStripeClient"}
    if any(action.is_list for action in resource.actions):
        names |= {"AsyncPage", "Page"}
    if any(action.path_parameters for action in resource.actions):
        names.add("quote_path_param")
    return import_order(names)


def _response_names(resource: Resource, model: Model) -> list[str]:
    """Names the module imports from ``types`` (the rest are its own param types)."""
    own = {t.name for action in resource.actions for t in action.param_types}
    response_names = {t.name for t in model.object_types}
    used = _resource_imports(resource).named
    return sorted(name for name in used if name in response_names and name not in own)
