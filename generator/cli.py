"""``stripe-actions-gen``: the maintainer's commands. Parsing and printing only."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import click

from generator import GeneratorError, pipeline
from generator.catalogue import CATALOGUE_PATH

_spec_option = click.option(
    "--spec",
    envvar="STRIPE_ACTIONS_SPEC",
    default=None,
    metavar="PATH|URL",
    help="Spec to read instead of the pinned one (also $STRIPE_ACTIONS_SPEC).",
)
_catalogue_option = click.option(
    "--catalogue",
    type=click.Path(path_type=Path, dir_okay=False),
    default=CATALOGUE_PATH,
    show_default=True,
    help="The curated action catalogue.",
)
_no_cache_option = click.option(
    "--no-cache", is_flag=True, help="Ignore and do not write the caches."
)


@click.group()
@click.option("-v", "--verbose", count=True, help="More log output (-vv for debug).")
def cli(verbose: int) -> None:
    """Generate the stripe_actions package from Stripe's OpenAPI document."""
    level = (logging.WARNING, logging.INFO, logging.DEBUG)[min(verbose + 1, 2)]
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")


@cli.command()
@_spec_option
@_catalogue_option
@_no_cache_option
@click.option(
    "--out",
    type=click.Path(path_type=Path, file_okay=False),
    default=pipeline.DEFAULT_OUT_DIR,
    show_default=True,
    help="Folder that holds the stripe_actions package.",
)
def generate(spec: str | None, catalogue: Path, no_cache: bool, out: Path) -> None:
    """Regenerate the package from the spec and the catalogue."""
    options = pipeline.Options(spec=spec, catalogue=catalogue, use_cache=not no_cache)
    model = pipeline.generate(options, out)
    for warning in model.warnings:
        click.echo(f"warning: {warning}", err=True)
    click.echo(f"generated {len(model.actions)} actions from spec {model.api_version}")


@cli.command()
@_spec_option
@_catalogue_option
@_no_cache_option
@click.option(
    "--out",
    type=click.Path(path_type=Path, file_okay=False),
    default=pipeline.DEFAULT_OUT_DIR,
    show_default=True,
)
def check(spec: str | None, catalogue: Path, no_cache: bool, out: Path) -> None:
    """Exit 1 when the generated files differ from a fresh generation."""
    options = pipeline.Options(spec=spec, catalogue=catalogue, use_cache=not no_cache)
    drift = pipeline.check(options, out)
    if drift.clean:
        click.echo(f"{out}: up to date")
        return

    click.echo(drift.diff, nl=False)
    for label, paths in (
        ("changed", drift.changed),
        ("missing", drift.added),
        ("stale", drift.removed),
    ):
        for path in paths:
            click.echo(f"{label}: {path}", err=True)
    click.echo(f"{out}: out of date; run `make generate`", err=True)
    sys.exit(1)


@cli.command()
@_spec_option
@_no_cache_option
def validate(spec: str | None, no_cache: bool) -> None:
    """Check the spec with openapi-spec-validator."""
    found, document = pipeline.load(pipeline.Options(spec=spec, use_cache=not no_cache))
    version = document.get("info", {}).get("version", "?")
    click.echo(f"{found.origin}: valid OpenAPI document, API version {version}")


@cli.command(name="list")
@_spec_option
@_catalogue_option
def list_actions(spec: str | None, catalogue: Path) -> None:
    """Show the catalogue's actions and the operations they resolve to."""
    model = pipeline.build(pipeline.Options(spec=spec, catalogue=catalogue))
    for action in model.actions:
        target = f"{action.method} {action.path}" if action.path else "any request"
        click.echo(f"{action.id:24} {action.title:28} {target}")


def main() -> None:
    """Entry point: user-facing errors become one line on stderr, never a traceback."""
    try:
        cli(standalone_mode=False)
    except GeneratorError as error:
        click.echo(f"error: {error}", err=True)
        sys.exit(1)
    except click.exceptions.Abort:
        click.echo("aborted", err=True)
        sys.exit(130)
    except click.ClickException as error:
        error.show()
        sys.exit(error.exit_code)
