"""``stripe-actions``: list, describe and run the registry's actions from a shell.

    stripe-actions list
    stripe-actions describe customers.create
    stripe-actions run customers.create --input '{"email": "a@b.co"}'

``run`` prints the result as JSON. The key comes from ``STRIPE_API_KEY`` or the
first line of ``--api-key-file`` and is never printed; a live key is refused
unless ``--live`` is given. The exit status says what kind of error happened:

    0  success                      4  card declined (402)
    2  bad usage or invalid input   5  rate limited (429)
    3  key missing, refused or      6  any other API error
       rejected (401, 403)          7  no response (network)

``-v`` logs one line per request from this package's logger, and nothing from
the libraries underneath.

Everything a user can get wrong is reported as one line per problem on stderr,
never as a traceback.
"""

from __future__ import annotations

import argparse
import difflib
import importlib
import json
import logging
import os
import re
import shlex
import sys
import textwrap
from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any, NoReturn

from . import errors
from .actions import Action
from .client import (
    API_KEY_ENV,
    DEFAULT_BASE_URL,
    LIVE_KEY_PREFIXES,
    check_request_options,
)
from .retry import DEFAULT_MAX_RETRIES

__all__ = ["EXIT_CODES", "main"]

PROGRAM = "stripe-actions"
# The generated package this runtime belongs to, i.e. the parent of ``_base``.
_PACKAGE = __name__.rsplit(".", 2)[0]

EXIT_OK = 0
EXIT_USAGE = 2
EXIT_CODES: dict[type[errors.StripeError], int] = {
    errors.ValidationError: 2,
    errors.AuthenticationError: 3,
    errors.PermissionError: 3,
    errors.CardError: 4,
    errors.RateLimitError: 5,
    errors.APIConnectionError: 7,
}
EXIT_API_ERROR = 6

# How wide describe's table lets an enum and a description grow.
TYPE_WIDTH = 40
DESCRIPTION_WIDTH = 60


class UsageError(Exception):
    """A mistake in how the command was called: reported on one line, exit 2."""


class KeyRefused(Exception):
    """No usable key, or a live key without ``--live``: exit 3."""


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; the exit status is returned, not raised."""
    parser = _parser()
    arguments = parser.parse_args(argv)
    if not arguments.verbose:
        return _dispatch(arguments)

    # Our logger only: the root logger at DEBUG would add every httpcore line.
    logger = logging.getLogger(_PACKAGE)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(name)s: %(message)s"))
    level = logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    try:
        return _dispatch(arguments)
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)


def _dispatch(arguments: argparse.Namespace) -> int:
    """Run the chosen command, turning every error into a line and a status."""
    try:
        command: Callable[[argparse.Namespace], int] = arguments.command
        return command(arguments)
    except UsageError as error:
        return _fail(str(error), EXIT_USAGE)
    except KeyRefused as error:
        return _fail(str(error), EXIT_CODES[errors.AuthenticationError])
    except errors.ValidationError as error:
        heading = f"invalid input for {arguments.action_id}"
        lines = "".join(f"\n  {problem}" for problem in error.problems)
        return _fail(heading + lines, EXIT_CODES[errors.ValidationError])
    except errors.StripeError as error:
        return _fail(_describe_api_error(error), _exit_code(error))
    except KeyboardInterrupt:
        return _fail("interrupted", 130)
    except BrokenPipeError:
        # The reader (say, ``| head``) left: silence the final flush and stop.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROGRAM,
        description="List, describe and run Stripe actions.",
        epilog="Exit status: 0 ok, 2 usage or invalid input, 3 API key, "
        "4 card declined, 5 rate limited, 6 other API error, "
        "7 no response (network).",
    )
    parser.add_argument(
        "-v", "--verbose", action="store_true", help="log each request to stderr"
    )
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")
    commands.required = True

    listing = commands.add_parser("list", help="the actions, grouped by resource")
    listing.set_defaults(command=_list)

    describe = commands.add_parser("describe", help="what an action takes and does")
    describe.add_argument("action_id", metavar="ID")
    describe.set_defaults(command=_describe)

    run = commands.add_parser("run", help="run an action and print its result")
    run.add_argument("action_id", metavar="ID")
    run.add_argument(
        "--input",
        default="{}",
        metavar="JSON|@FILE|-",
        help="the parameters as a JSON object, @file to read them from a file, "
        "or - for stdin (default: {})",
    )
    run.add_argument(
        "--api-key-file",
        type=Path,
        metavar="FILE",
        help=f"read the key from the first line of FILE instead of ${API_KEY_ENV}",
    )
    run.add_argument(
        "--live", action="store_true", help="allow a live-mode key (sk_live_...)"
    )
    run.add_argument(
        "--base-url",
        default=DEFAULT_BASE_URL,
        metavar="URL",
        help=f"where to send the request (default: {DEFAULT_BASE_URL})",
    )
    run.add_argument(
        "--stripe-account",
        metavar="ACCOUNT_ID",
        help="act as this connected account (the Stripe-Account header)",
    )
    run.add_argument(
        "--idempotency-key",
        metavar="KEY",
        help="the Idempotency-Key to send (default: a fresh one per POST)",
    )
    run.add_argument(
        "--max-items",
        type=int,
        metavar="N",
        help="for list actions: gather at most N items across pages",
    )
    run.add_argument(
        "--max-retries",
        type=int,
        default=DEFAULT_MAX_RETRIES,
        metavar="N",
        help=f"retries after a network failure, 409, 429 or 5xx "
        f"(default: {DEFAULT_MAX_RETRIES})",
    )
    run.set_defaults(command=_run)
    return parser


# Commands.


def _list(arguments: argparse.Namespace) -> int:
    """Print every action id and title, under its resource."""
    registry = _registry()
    by_resource: dict[str, list[Action]] = {}
    for action in registry.values():
        by_resource.setdefault(_resource(action.id), []).append(action)

    width = max(len(action_id) for action_id in registry)
    lines: list[str] = []
    for resource in sorted(by_resource):
        lines.append(f"{resource}:")
        lines.extend(
            f"  {action.id:<{width}}  {action.title}"
            for action in by_resource[resource]
        )
    print("\n".join(lines))
    return EXIT_OK


def _describe(arguments: argparse.Namespace) -> int:
    """Print an action's title, description, route, inputs and an example."""
    action = _find_action(arguments.action_id)
    schema = action.input_schema
    example = _example_input(action)

    route = "any method and path" if not action.method else action.method
    if action.method and action.path:
        route = f"{action.method} {action.path}"
    command = f"{PROGRAM} run {action.id} --input {shlex.quote(_compact(example))}"
    sections = [
        f"{action.title} ({action.id})",
        route,
        _wrap(action.description),
        "Inputs:\n" + _indent(_inputs_table(schema)),
        "Example input:\n" + _indent(json.dumps(example, indent=2)),
        "Run it:\n" + _indent(command),
    ]
    print("\n\n".join(section for section in sections if section))
    return EXIT_OK


def _run(arguments: argparse.Namespace) -> int:
    """Check the input, then the key, then call Stripe and print the result."""
    action = _find_action(arguments.action_id)
    if not re.match(r"https?://", arguments.base_url):
        raise UsageError("--base-url must start with http:// or https://")
    if arguments.max_retries < 0:
        raise UsageError("--max-retries must be 0 or more")

    params = _read_input(arguments.input)
    action.check_params(params, max_items=arguments.max_items)
    check_request_options(
        stripe_account=arguments.stripe_account,
        idempotency_key=arguments.idempotency_key,
    )

    api_key = _read_api_key(arguments.api_key_file)
    if api_key.startswith(LIVE_KEY_PREFIXES) and not arguments.live:
        raise KeyRefused("refusing a live-mode key: pass --live to act on live data")

    package = importlib.import_module(_PACKAGE)
    with package.StripeClient(
        api_key,
        base_url=arguments.base_url,
        max_retries=arguments.max_retries,
    ) as client:
        result = action.run(
            client,
            params,
            max_items=arguments.max_items,
            stripe_account=arguments.stripe_account,
            idempotency_key=arguments.idempotency_key,
        )
    print(json.dumps(result, indent=2, ensure_ascii=False))
    return EXIT_OK


# Reading what the user gave.


def _registry() -> Mapping[str, Action]:
    """The generated registry, imported by name: ``_base`` never imports it."""
    module = importlib.import_module(f"{_PACKAGE}.actions")
    registry: Mapping[str, Action] = module.ACTIONS
    return registry


def _find_action(action_id: str) -> Action:
    registry = _registry()
    if action_id in registry:
        return registry[action_id]

    message = f"unknown action {action_id!r}"
    close = difflib.get_close_matches(action_id, list(registry), n=1)
    if close:
        message += f"; did you mean {close[0]!r}?"
    raise UsageError(message + f" (see '{PROGRAM} list')")


def _read_input(source: str) -> dict[str, Any]:
    """The parameters from ``--input``: JSON text, ``@file`` or ``-`` for stdin.

    Numbers with a fraction are read as Decimal, so amounts keep their digits.
    """
    origin = "--input"
    try:
        if source == "-":
            origin = "stdin"
            text = sys.stdin.read()
        elif source.startswith("@"):
            origin = source[1:]
            text = Path(origin).read_text(encoding="utf-8")
        else:
            text = source
    except (OSError, UnicodeDecodeError) as error:
        raise UsageError(f"cannot read {origin}: {_reason(error)}") from None

    try:
        params = json.loads(text, parse_float=Decimal, parse_constant=_no_constant)
    except json.JSONDecodeError as error:
        raise UsageError(
            f"{origin} is not valid JSON: {error.msg} at line {error.lineno}, "
            f"column {error.colno}"
        ) from None
    except ValueError as error:
        raise UsageError(f"{origin} is not valid JSON: {error}") from None
    except RecursionError:
        raise UsageError(f"{origin} is nested too deeply to read") from None

    if not isinstance(params, dict):
        raise UsageError(f"{origin} must be a JSON object of parameters")
    return params


def _no_constant(name: str) -> NoReturn:
    raise ValueError(f"{name} is not a number Stripe accepts")


def _read_api_key(key_file: Path | None) -> str:
    """The key from the first line of ``key_file``, else from the environment."""
    if key_file is not None:
        try:
            with key_file.open(encoding="utf-8") as stream:
                key = stream.readline().strip()
        except (OSError, UnicodeDecodeError) as error:
            raise KeyRefused(
                f"cannot read --api-key-file {key_file}: {_reason(error)}"
            ) from None
        if not key:
            raise KeyRefused(f"--api-key-file {key_file} has no key on its first line")
        return key

    key = os.environ.get(API_KEY_ENV, "").strip()
    if not key:
        raise KeyRefused(f"no API key: set {API_KEY_ENV} or pass --api-key-file")
    return key


def _reason(error: Exception) -> str:
    """An OS error's reason without repeating the file name."""
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    return str(error)


# Writing for people.


def _fail(message: str, status: int) -> int:
    print(f"{PROGRAM}: {message}", file=sys.stderr)
    return status


def _exit_code(error: errors.StripeError) -> int:
    for kind, status in EXIT_CODES.items():
        if isinstance(error, kind):
            return status
    return EXIT_API_ERROR


def _describe_api_error(error: errors.StripeError) -> str:
    """Stripe's message, its codes and the request id on one line."""
    kind = error.type or type(error).__name__
    if error.http_status is not None:
        kind = f"{kind} (HTTP {error.http_status})"
    details = [
        f"{name}={value}"
        for name, value in (
            ("code", error.code),
            ("decline_code", error.decline_code),
            ("param", error.param),
        )
        if value
    ]
    line = f"{kind}: {' '.join(error.message.split())}"
    if details:
        line += f" [{', '.join(details)}]"
    if error.request_id:
        line += f" request_id={error.request_id}"
    return line


def _resource(action_id: str) -> str:
    return action_id.split(".", 1)[0]


def _inputs_table(schema: Mapping[str, Any]) -> str:
    """The top-level parameters as aligned columns: name, type, required, about."""
    properties: Mapping[str, Any] = schema.get("properties") or {}
    required = set(schema.get("required") or ())
    if not properties:
        return "(none)"

    rows = [("name", "type", "required", "description")]
    names = sorted(properties, key=lambda name: name not in required)
    for name in names:
        subschema = properties[name]
        rows.append(
            (
                name,
                _type_summary(subschema),
                "yes" if name in required else "no",
                _first_sentence(subschema.get("description", "")),
            )
        )

    widths = [max(len(row[column]) for row in rows) for column in range(3)]
    lines = []
    for row in rows:
        cells = [cell.ljust(width) for cell, width in zip(row[:3], widths, strict=True)]
        lines.append("  ".join([*cells, row[3]]).rstrip())
    return "\n".join(lines)


def _type_summary(schema: Mapping[str, Any], depth: int = 0) -> str:
    """A short name for what a schema admits: 'string', 'object | ""', 'array'."""
    options = schema.get("anyOf")
    if isinstance(options, list) and depth < 2:
        parts: list[str] = []
        for option in options:
            part = _type_summary(option, depth + 1)
            if part not in parts:
                parts.append(part)
        return " | ".join(parts)

    values = schema.get("enum")
    if isinstance(values, list):
        listed = " | ".join(json.dumps(value) for value in values)
        if len(listed) <= TYPE_WIDTH:
            return listed
        return f"{json.dumps(values[0])} | ... ({len(values)} values)"

    kind = schema.get("type")
    if isinstance(kind, list):
        return " | ".join(str(each) for each in kind)
    if kind == "array" and isinstance(schema.get("items"), Mapping) and depth < 2:
        return f"array of {_type_summary(schema['items'], depth + 1)}"
    if isinstance(kind, str):
        value_format = schema.get("format")
        return f"{kind} ({value_format})" if value_format else kind
    return "any"


def _first_sentence(text: str) -> str:
    """The description's first sentence, cut to the table's width."""
    flat = " ".join(str(text).split())
    sentence = re.split(r"(?<=[.!?])\s", flat, maxsplit=1)[0]
    if len(sentence) > DESCRIPTION_WIDTH:
        sentence = sentence[: DESCRIPTION_WIDTH - 3].rstrip() + "..."
    return sentence


def _example_input(action: Action) -> dict[str, Any]:
    """The example from the action's reference page, else one built from the schema."""
    page = (
        Path(importlib.import_module(_PACKAGE).__file__ or "").resolve().parent.parent
        / "docs"
        / "actions"
        / f"{action.id}.md"
    )
    try:
        text = page.read_text(encoding="utf-8")
    except OSError:
        text = ""
    found = re.search(rf"{PROGRAM} run \S+ --input '(.*)'", text)
    if found:
        try:
            example = json.loads(found.group(1))
        except ValueError:
            example = None
        if isinstance(example, dict):
            return example

    return _placeholder_input(action.input_schema)


def _placeholder_input(schema: Mapping[str, Any]) -> dict[str, Any]:
    """Required parameters with placeholder values of the right type."""
    properties: Mapping[str, Any] = schema.get("properties") or {}
    example: dict[str, Any] = {}
    for name in schema.get("required") or ():
        kind = str((properties.get(name) or {}).get("type"))
        placeholders = {"integer": 1, "boolean": True, "array": [], "object": {}}
        example[name] = placeholders.get(kind, f"<{name}>")
    return example


def _compact(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


def _wrap(text: str) -> str:
    return "\n".join(
        textwrap.fill(paragraph, width=88) for paragraph in text.split("\n\n")
    )


def _indent(text: str) -> str:
    return textwrap.indent(text, "  ")


if __name__ == "__main__":
    sys.exit(main())
