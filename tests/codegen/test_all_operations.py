"""``generate --all``: every operation of a spec, none dropped, in a package that works.

The package here is rendered without black (formatting changes no behaviour and
takes most of a run); ``make typecheck`` generates it through the CLI, formatted,
and type-checks it with ``mypy --strict``.
"""

from __future__ import annotations

import json
import keyword
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from generator import pipeline
from generator.catalogue import (
    CatalogueEntry,
    complete_catalogue,
    iter_operations,
    read_catalogue,
)
from generator.model import ANY, Model
from generator.naming import RESERVED_RESOURCES
from generator.output import copy_handwritten, write_tree
from generator.render import render
from tests.codegen.test_cli import gen

REPO = Path(__file__).resolve().parents[2]
SPEC_2020 = REPO.parent / "shared" / "stripe-openapi" / "2020-08-27" / "spec3.json"
_ID = re.compile(r"^[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*$")


@pytest.fixture(scope="module")
def all_entries(pinned_document: dict[str, Any]) -> tuple[CatalogueEntry, ...]:
    return complete_catalogue(read_catalogue(), pinned_document)


@pytest.fixture(scope="module")
def all_model() -> Model:
    return pipeline.build(pipeline.Options(all_operations=True))


def write_unformatted(model: Model, out_dir: Path) -> Path:
    write_tree(out_dir, render(model))
    copy_handwritten(pipeline.DEFAULT_OUT_DIR, out_dir)
    return out_dir


def run_python(code: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run code in a fresh interpreter that finds ``stripe_actions`` in ``cwd``."""
    return subprocess.run(
        [sys.executable, "-I", "-c", f"import sys; sys.path.insert(0, ''); {code}"],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
    )


def test_every_operation_of_the_pin_gets_exactly_one_entry(
    pinned_document: dict[str, Any], all_entries: tuple[CatalogueEntry, ...]
) -> None:
    operations = {(m, p) for m, p, _ in iter_operations(pinned_document)}
    covered = [(e.method, e.path) for e in all_entries if e.kind == "operation"]

    assert len(operations) == 468
    assert len(covered) == len(set(covered)) == 468
    assert set(covered) == operations
    assert len({e.id for e in all_entries}) == len(all_entries) == 469


def test_curated_entries_keep_their_names(
    all_entries: tuple[CatalogueEntry, ...],
) -> None:
    curated = read_catalogue()

    assert all_entries[: len(curated)] == curated


def test_names_are_valid_and_read_from_the_path(
    all_entries: tuple[CatalogueEntry, ...],
) -> None:
    by_route = {(e.method, e.path): e.id for e in all_entries}

    for entry in all_entries:
        assert _ID.match(entry.id), entry.id
        assert entry.resource.isidentifier()
        assert not keyword.iskeyword(entry.resource)
        assert entry.resource not in RESERVED_RESOURCES - {"api"}
    assert by_route["get", "/v1/customers/search"] == "customers.search"
    assert by_route["post", "/v1/customers/{customer}/sources"] == (
        "customers_sources.create"
    )
    assert by_route["get", "/v1/customers/{customer}/cash_balance"] == (
        "customers.retrieve_cash_balance"
    )
    assert by_route["post", "/v1/quotes/{quote}/finalize"] == "quotes.finalize"
    assert by_route["get", "/v1/issuing/cards"] == "issuing_cards.list"
    assert by_route["get", "/v1/account"] == "account.retrieve"
    assert by_route[
        "post", "/v1/test_helpers/issuing/cards/{card}/shipping/deliver"
    ] == ("test_helpers_issuing_cards.shipping_deliver")
    assert by_route[
        "post",
        "/v1/test_helpers/treasury/outbound_transfers/{outbound_transfer}/return",
    ] == ("test_helpers_treasury_outbound_transfers.return_")


def test_nothing_is_dropped_and_looser_forms_are_warned(all_model: Model) -> None:
    files_create = next(a for a in all_model.actions if a.id == "files.create")

    assert len(all_model.actions) == 469
    assert {p.name for p in files_create.parameters} >= {"file", "purpose"}
    assert all(p.type == ANY for p in files_create.other_parameters)
    assert any("files.create: multipart/form-data" in w for w in all_model.warnings)
    assert any("GetQuotesQuotePdf" in w for w in all_model.warnings)


def test_the_all_package_imports_and_offers_every_action(
    all_model: Model, tmp_path: Path
) -> None:
    out = write_unformatted(all_model, tmp_path / "all")
    script = (
        "import importlib, json, pkgutil, stripe_actions;"
        "from stripe_actions import ACTIONS, StripeClient;"
        "modules = [m.name for m in pkgutil.iter_modules(stripe_actions.__path__)];"
        "[importlib.import_module('stripe_actions.' + m) for m in modules];"
        "client = StripeClient('sk_test_x');"
        "missing = [i for i in ACTIONS if i != 'api.request' and not callable("
        "getattr(getattr(client, i.split('.')[0]), i.split('.')[1], None))];"
        "print(json.dumps([len(ACTIONS), len(modules), missing]))"
    )

    result = run_python(script, out)

    assert result.returncode == 0, result.stderr
    actions, modules, missing = json.loads(result.stdout)
    assert actions == 469
    assert modules > 130
    assert missing == []


def test_the_2020_spec_works_unchanged_curated_and_all(tmp_path: Path) -> None:
    options = pipeline.Options(spec=str(SPEC_2020))
    curated = pipeline.build(options)
    everything = pipeline.build(
        pipeline.Options(spec=str(SPEC_2020), all_operations=True)
    )
    out = write_unformatted(curated, tmp_path / "curated")

    result = run_python(
        "import stripe_actions as s; print(s.STRIPE_VERSION, len(s.ACTIONS))", out
    )

    assert [a.id for a in curated.actions] == [e.id for e in read_catalogue()]
    assert len(everything.actions) == 1 + 417
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["2020-08-27", "22"]


def test_all_refuses_to_write_over_the_curated_package() -> None:
    result = gen("generate", "--all")

    assert result.returncode == 2
    assert "--all needs --out DIR" in result.stderr
