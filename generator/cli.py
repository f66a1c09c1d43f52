"""``stripe-actions-gen``: the maintainer's commands. Parsing and printing only."""

from __future__ import annotations

import logging
import signal
import sys
from pathlib import Path
from typing import Any

import click

from generator import GeneratorError, diff, fetch, pipeline
from generator.catalogue import CATALOGUE_PATH
from generator.source import LOCK_PATH, read_lock

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
_out_option = click.option(
    "--out",
    type=click.Path(path_type=Path, file_okay=False),
    default=pipeline.DEFAULT_OUT_DIR,
    show_default=True,
    help="Folder that holds the stripe_actions package and its docs/.",
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
@_out_option
@click.option(
    "--force",
    is_flag=True,
    help="Replace files in --out that the generator did not write.",
)
@click.option(
    "--all",
    "all_operations",
    is_flag=True,
    help="Every operation of the spec, not only the catalogue's (needs --out).",
)
def generate(
    spec: str | None,
    catalogue: Path,
    no_cache: bool,
    out: Path,
    force: bool,
    all_operations: bool,
) -> None:
    """Regenerate the package from the spec and the catalogue."""
    _require_folder_name(out)
    if all_operations and out.resolve() == pipeline.DEFAULT_OUT_DIR.resolve():
        raise click.UsageError(
            "--all needs --out DIR: generated/ holds the curated package only"
        )

    options = pipeline.Options(
        spec=spec,
        catalogue=catalogue,
        use_cache=not no_cache,
        all_operations=all_operations,
    )
    progress = _ProgressBar() if sys.stderr.isatty() else None
    try:
        model = pipeline.generate(options, out, progress=progress, force=force)
    finally:
        if progress is not None:
            progress.close()

    for warning in model.warnings:
        click.echo(f"warning: {warning}", err=True)
    if model.warnings:
        click.echo(
            f"{len(model.warnings)} warning(s): generated in a looser form, "
            "nothing dropped",
            err=True,
        )
    click.echo(f"generated {len(model.actions)} actions from spec {model.api_version}")


@cli.command()
@_spec_option
@_catalogue_option
@_no_cache_option
@_out_option
def check(spec: str | None, catalogue: Path, no_cache: bool, out: Path) -> None:
    """Exit 1 when the generated files differ from a fresh generation."""
    _require_folder_name(out)
    if not out.is_dir():
        raise click.UsageError(f"{out}: no such folder to check")
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


@cli.command(name="fetch-spec")
@click.option(
    "--ref",
    default=None,
    metavar="COMMIT|TAG",
    help=f"What to fetch from {fetch.REPOSITORY}  [default: {fetch.DEFAULT_REF}]; "
    "with --from, the commit the local file was published in.",
)
@click.option(
    "--format",
    "spec_format",
    type=click.Choice(["json", "yaml"]),
    default="yaml",
    show_default=True,
    help="Which published document to download (--from reads either).",
)
@click.option(
    "--from",
    "from_path",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="Pin a local copy instead of downloading (offline).",
)
@click.option(
    "--lock",
    "lock_path",
    type=click.Path(path_type=Path, dir_okay=False),
    default=LOCK_PATH,
    show_default=True,
    help="The lock file to rewrite.",
)
def fetch_spec(
    ref: str | None, spec_format: str, from_path: Path | None, lock_path: Path
) -> None:
    """Fetch a published spec, check it and rewrite the lock to pin it."""
    previous = read_lock(lock_path) if lock_path.is_file() else None
    if from_path is not None:
        lock = fetch.pin_local_spec(from_path, ref, lock_path=lock_path)
    else:
        chosen: fetch.SpecFormat = "json" if spec_format == "json" else "yaml"
        lock = fetch.fetch_spec(ref or fetch.DEFAULT_REF, chosen, lock_path=lock_path)

    click.echo(f"{lock_path}: API version {lock.api_version}, sha256 {lock.sha256}")
    click.echo(f"  from {lock.url}")
    if previous is not None and previous.sha256 != lock.sha256:
        click.echo(
            f"  was API version {previous.api_version}, sha256 {previous.sha256}; "
            "see what changed with `stripe-actions-gen diff OLD_LOCK "
            f"{lock_path}`",
        )


@cli.command(name="diff")
@click.argument("old", metavar="OLD")
@click.argument("new", metavar="NEW")
@_catalogue_option
@_no_cache_option
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
)
@click.option(
    "--all",
    "all_operations",
    is_flag=True,
    help="Compare every operation, not only the catalogue's.",
)
@click.option(
    "--fail-on-breaking", is_flag=True, help="Exit 1 when any change is breaking."
)
def diff_command(
    old: str,
    new: str,
    catalogue: Path,
    no_cache: bool,
    output_format: str,
    all_operations: bool,
    fail_on_breaking: bool,
) -> None:
    """Compare the actions of two specs, each a path, URL or lock file.

    Every change is marked breaking or not; --fail-on-breaking exits 1 on any.
    """
    result = diff.diff_specs(
        old,
        new,
        catalogue,
        all_operations=all_operations,
        use_cache=not no_cache,
    )
    if output_format == "json":
        click.echo(diff.format_json(result), nl=False)
    else:
        click.echo(diff.format_text(result), nl=False)
    if fail_on_breaking and result.breaking:
        sys.exit(1)


class _ProgressBar:
    """Black's progress on stderr, opened when the first file is done."""

    def __init__(self) -> None:
        self._bar: Any = None
        self._shown = 0

    def __call__(self, done: int, total: int) -> None:
        if self._bar is None:
            self._bar = click.progressbar(
                length=total, label="formatting", file=sys.stderr
            )
            self._bar.__enter__()
        self._bar.update(done - self._shown)
        self._shown = done

    def close(self) -> None:
        if self._bar is not None:
            self._bar.__exit__(None, None, None)


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def _require_folder_name(out: Path) -> None:
    """An empty --out would mean the current folder: refuse rather than guess."""
    if not str(out).strip() or str(out) == ".":
        raise click.UsageError("--out needs a folder name, not an empty string or '.'")


def main() -> None:
    """Entry point: user-facing errors become one line on stderr, never a traceback."""
    # SIGTERM unwinds like Ctrl-C, so worker pools are shut down, not orphaned.
    signal.signal(signal.SIGTERM, _interrupt)
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
    except OSError as error:
        # A folder that cannot be written, a disk that is full: name the file.
        where = f"{error.filename}: " if error.filename else ""
        click.echo(f"error: {where}{error.strerror or error}", err=True)
        sys.exit(1)
