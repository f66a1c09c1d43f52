"""``diff``: what changes for the catalogue's actions between two specs."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator import source
from generator.catalogue import CATALOGUE_PATH
from generator.diff import CHANGE_KINDS, Change, SpecDiff, diff_specs, format_text
from tests.codegen.specs import document, post
from tests.codegen.test_cli import gen

REPO = Path(__file__).resolve().parents[2]
SPEC_2020 = REPO.parent / "shared" / "stripe-openapi" / "2020-08-27" / "spec3.json"

CUSTOMER = {
    "type": "object",
    "properties": {
        "id": {"type": "string"},
        "object": {"enum": ["customer"], "type": "string"},
        "email": {"type": "string", "nullable": True},
        "phone": {"type": "string"},
    },
    "required": ["id", "object", "email"],
}


@pytest.fixture(scope="module")
def pinned_diff() -> SpecDiff:
    """2020-08-27 against the pin, through the lock file, as a maintainer runs it."""
    return diff_specs(str(SPEC_2020), str(source.LOCK_PATH), CATALOGUE_PATH)


def find(result: SpecDiff, action: str, kind: str, where: str) -> Change:
    matches = [
        c
        for c in result.changes
        if (c.action, c.kind, c.where) == (action, kind, where)
    ]
    assert len(matches) == 1, f"{action} {kind} {where}: {matches}"
    return matches[0]


def test_2020_to_pin_finds_real_changes(pinned_diff: SpecDiff) -> None:
    removed = find(pinned_diff, "customers.update", "parameter_removed", "trial_end")
    added = find(pinned_diff, "customers.create", "parameter_added", "cash_balance")
    enum = find(
        pinned_diff,
        "invoices.create",
        "enum_values_added",
        "payment_settings.payment_method_types[]",
    )
    order = find(
        pinned_diff, "charges.create", "response_field_removed", "response.order"
    )
    refunds = find(
        pinned_diff, "charges.retrieve", "nullable_added", "response.refunds"
    )
    status = find(
        pinned_diff, "subscriptions.retrieve", "enum_values_added", "response.status"
    )

    assert removed.breaking and removed.message == "parameter `trial_end` removed"
    assert not added.breaking and added.new == "object"
    assert not enum.breaking and enum.new == "cashapp, link, paypal, promptpay"
    assert order.breaking
    assert refunds.breaking
    assert not status.breaking and status.new == "paused"
    assert (pinned_diff.old.model.api_version, pinned_diff.new.model.api_version) == (
        "2020-08-27",
        "2023-08-16",
    )


def test_2020_to_pin_breaking_changes_are_exactly_these(pinned_diff: SpecDiff) -> None:
    breaking = {(c.action, c.kind, c.where) for c in pinned_diff.breaking}

    charges = {
        (f"charges.{verb}", kind, where)
        for verb in ("create", "retrieve", "list")
        for kind, where in (
            ("response_field_removed", "response.order"),
            ("nullable_added", "response.refunds"),
            ("required_removed", "response.refunds"),
        )
    }
    assert (
        breaking == {("customers.update", "parameter_removed", "trial_end")} | charges
    )
    assert not [c for c in pinned_diff.changes if c.kind.startswith("operation_")]


def catalogue(tmp_path: Path, *ids: str) -> Path:
    entries = {
        "customers.create": {
            "operation": "PostCustomers",
            "method": "post",
            "path": "/v1/customers",
        },
        "customers.merge": {
            "operation": "PostCustomersMerge",
            "method": "post",
            "path": "/v1/customers/merge",
        },
    }
    path = tmp_path / "catalogue.yaml"
    path.write_text(
        yaml.safe_dump([{"id": i, "title": i, **entries[i]} for i in ids]),
        encoding="utf-8",
    )
    return path


def write_spec(path: Path, spec: dict[str, Any]) -> str:
    path.write_text(json.dumps(spec), encoding="utf-8")
    return str(path)


@pytest.fixture
def small_specs(tmp_path: Path) -> tuple[str, str]:
    """Two small specs, with one change of each kind the diff knows."""
    old_customer = json.loads(json.dumps(CUSTOMER))
    new_customer = json.loads(json.dumps(CUSTOMER))
    del new_customer["properties"]["phone"]
    new_customer["properties"]["name"] = {"type": "string"}
    new_customer["properties"]["email"].pop("nullable")

    old = document(
        {
            "/v1/customers": {
                "post": post(
                    "PostCustomers",
                    {
                        "tax_exempt": {"type": "string", "enum": ["none", "exempt"]},
                        "email": {"type": "string"},
                        "phone": {"type": "string"},
                        "balance": {"type": "integer"},
                        "address": {
                            "type": "object",
                            "properties": {"line1": {"type": "string"}},
                        },
                    },
                    old_customer,
                    required=("balance",),
                )
            },
            "/v1/customers/merge": {
                "post": post(
                    "PostCustomersMerge",
                    {"into": {"type": "string"}},
                    old_customer,
                    required=("into",),
                )
            },
        }
    )
    new = document(
        {
            "/v1/customers": {
                "post": post(
                    "PostCustomers",
                    {
                        "tax_exempt": {"type": "string", "enum": ["none"]},
                        "email": {"type": "string"},
                        "balance": {"type": "string"},
                        "source": {"type": "string"},
                        "address": {
                            "type": "object",
                            "properties": {
                                "line1": {"type": "string"},
                                "city": {"type": "string"},
                            },
                            "required": ["line1"],
                        },
                        "test_clock": {"type": "string"},
                    },
                    new_customer,
                    required=("email", "source"),
                )
            }
        }
    )
    return (
        write_spec(tmp_path / "old.json", old),
        write_spec(tmp_path / "new.json", new),
    )


def test_each_kind_of_change_and_its_breaking_flag(
    tmp_path: Path, small_specs: tuple[str, str]
) -> None:
    old, new = small_specs
    entries = catalogue(tmp_path, "customers.create", "customers.merge")

    result = diff_specs(old, new, entries, use_cache=False)
    found = {(c.kind, c.where): c.breaking for c in result.changes}

    assert found == {
        ("parameter_removed", "phone"): True,
        ("enum_values_removed", "tax_exempt"): True,
        ("required_added", "email"): True,
        ("type_changed", "balance"): True,
        ("required_removed", "balance"): False,
        ("parameter_added", "source"): True,
        ("parameter_added", "test_clock"): False,
        ("parameter_added", "address.city"): False,
        ("required_added", "address.line1"): True,
        ("response_field_added", "response.name"): False,
        ("response_field_removed", "response.phone"): True,
        ("nullable_removed", "response.email"): False,
        ("operation_removed", ""): True,
    }
    assert [c.action for c in result.changes][-1] == "customers.merge"
    text = format_text(result)
    assert "  ! parameter `phone` removed  [breaking]" in text
    assert "    parameter `test_clock` added (str, optional)" in text
    assert text.endswith("13 changes, 8 breaking, in 2 actions\n")


def test_cli_json_output_and_fail_on_breaking(
    tmp_path: Path, small_specs: tuple[str, str]
) -> None:
    old, new = small_specs
    entries = str(catalogue(tmp_path, "customers.create"))
    env = {source.CACHE_ENV: str(tmp_path / "cache")}

    as_json = gen("diff", old, new, "--catalogue", entries, "--format", "json", **env)
    failing = gen("diff", old, new, "--catalogue", entries, "--fail-on-breaking", **env)
    same = gen("diff", new, new, "--catalogue", entries, "--fail-on-breaking", **env)

    assert as_json.returncode == 0, as_json.stderr
    report = json.loads(as_json.stdout)
    assert report["old"]["api_version"] == report["new"]["api_version"] == "2099-01-01"
    assert report["summary"] == {"changes": 12, "breaking": 7, "actions": 1}
    assert {c["kind"] for c in report["changes"]} <= set(CHANGE_KINDS)
    tax_exempt = [c for c in report["changes"] if c["where"] == "tax_exempt"]
    assert tax_exempt == [
        {
            "action": "customers.create",
            "method": "POST",
            "path": "/v1/customers",
            "kind": "enum_values_removed",
            "where": "tax_exempt",
            "old": "exempt",
            "new": None,
            "breaking": True,
            "message": "parameter `tax_exempt`: enum lost: exempt",
        }
    ]
    assert failing.returncode == 1
    assert "[breaking]" in failing.stdout
    assert same.returncode == 0
    assert same.stdout.endswith("0 changes, 0 breaking, in 0 actions\n")
