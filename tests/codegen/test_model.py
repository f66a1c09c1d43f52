"""The model on small hand-written specs: cases C15 to C21 of shared/cases/CASES.md."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from generator import GeneratorError
from generator.model import (
    ListOf,
    LiteralOf,
    MapOf,
    Named,
    Scalar,
    UnionOf,
    union,
)
from generator.render import py_type

from . import specs

BASE_DIR = (
    Path(__file__).resolve().parents[2] / "generated" / "stripe_actions" / "_base"
)

SHIPPING = {
    "anyOf": [
        {
            "type": "object",
            "title": "customer_shipping",
            "properties": {"name": {"type": "string"}, "phone": {"type": "string"}},
            "required": ["name"],
        },
        {"type": "string", "enum": [""]},
    ]
}

CHARGE = {
    "type": "object",
    "properties": {
        "id": {"type": "string"},
        "object": {"type": "string", "enum": ["charge"]},
        "created": {"type": "integer", "format": "unix-time"},
        "invoice": {
            "anyOf": [{"type": "string"}, specs.ref("invoice")],
            "nullable": True,
            "x-expansionResources": {"oneOf": [specs.ref("invoice")]},
        },
    },
    "required": ["id", "object", "created", "invoice"],
}

INVOICE = {
    "type": "object",
    "properties": {
        "id": {"type": "string"},
        "object": {"type": "string", "enum": ["invoice"]},
        "charge": {
            "anyOf": [{"type": "string"}, specs.ref("charge")],
            "nullable": True,
            "x-expansionResources": {"oneOf": [specs.ref("charge")]},
        },
        "customer": {
            "anyOf": [
                {"type": "string"},
                specs.ref("customer"),
                specs.ref("deleted_customer"),
            ],
            "nullable": True,
        },
        "out_of_band_amount": {"type": "integer", "nullable": True},
        "settings": {
            "type": "object",
            "properties": {"days_until_due": {"type": "integer"}},
        },
    },
    "required": ["id", "object", "charge", "customer"],
}

CUSTOMER = {
    "type": "object",
    "properties": {
        "id": {"type": "string"},
        "object": {"type": "string", "enum": ["customer"]},
        "email": {"type": "string", "nullable": True},
        "invoice_settings": specs.ref("invoice_settings"),
    },
    "required": ["id", "object", "email"],
}

DELETED_CUSTOMER = {
    "type": "object",
    "properties": {
        "id": {"type": "string"},
        "object": {"type": "string", "enum": ["customer"]},
        "deleted": {"type": "boolean", "enum": [True]},
    },
    "required": ["id", "object", "deleted"],
}

INVOICE_SETTINGS = {
    "type": "object",
    "properties": {"footer": {"type": "string"}},
}


def billing_document() -> dict[str, object]:
    """Customers and invoices in miniature, with the shapes the cases name."""
    return specs.document(
        paths={
            "/v1/customers/{customer}": {
                "post": specs.post(
                    "PostCustomersCustomer",
                    {
                        "shipping": SHIPPING,
                        "tax_exempt": {
                            "type": "string",
                            "enum": ["", "exempt", "none", "reverse"],
                        },
                        "default_tax_rates": {
                            "anyOf": [
                                {"type": "array", "items": {"type": "string"}},
                                {"type": "string", "enum": [""]},
                            ]
                        },
                        "preferred_locales": {
                            "type": "array",
                            "items": {"type": "string"},
                        },
                        "metadata": {
                            "anyOf": [
                                {
                                    "type": "object",
                                    "additionalProperties": {"type": "string"},
                                },
                                {"type": "string", "enum": [""]},
                            ]
                        },
                    },
                    response=specs.ref("customer"),
                    parameters=(specs.path_parameter("customer"),),
                ),
            },
            "/v1/invoices/{invoice}": {
                "get": specs.get(
                    "GetInvoicesInvoice",
                    (specs.path_parameter("invoice"), specs.expand_parameter()),
                    specs.ref("invoice"),
                )
            },
            "/v1/charges/{charge}": {
                "get": specs.get(
                    "GetChargesCharge",
                    (specs.path_parameter("charge"), specs.expand_parameter()),
                    specs.ref("charge"),
                )
            },
        },
        schemas={
            "charge": CHARGE,
            "invoice": INVOICE,
            "customer": CUSTOMER,
            "deleted_customer": DELETED_CUSTOMER,
            "invoice_settings": INVOICE_SETTINGS,
        },
    )


ENTRIES = [
    specs.entry(
        "customers.update", "PostCustomersCustomer", "post", "/v1/customers/{customer}"
    ),
    specs.entry(
        "invoices.retrieve", "GetInvoicesInvoice", "get", "/v1/invoices/{invoice}"
    ),
    specs.entry("charges.retrieve", "GetChargesCharge", "get", "/v1/charges/{charge}"),
]


@pytest.fixture(scope="module")
def model():  # type: ignore[no-untyped-def]
    return specs.model_of(billing_document(), ENTRIES)


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory, model) -> Path:  # type: ignore[no-untyped-def]
    return specs.write_package(model, tmp_path_factory.mktemp("pkg"), BASE_DIR)


def run_python(package_dir: Path, code: str) -> str:
    """Run code in a fresh interpreter that imports the package from ``package_dir``."""
    result = subprocess.run(
        [sys.executable, "-c", code],
        env={"PYTHONPATH": str(package_dir), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def parameter(model, action_id: str, name: str):  # type: ignore[no-untyped-def]
    action = next(a for a in model.actions if a.id == action_id)
    return next(p for p in action.parameters if p.name == name)


def object_type(model, name: str):  # type: ignore[no-untyped-def]
    return next(t for t in model.object_types if t.name == name)


# C15: emptyable unions


def test_emptyable_object_union_admits_empty_string(model) -> None:  # type: ignore[no-untyped-def]
    shipping = parameter(model, "customers.update", "shipping")

    assert shipping.emptyable is True
    assert shipping.type == UnionOf(
        (Named("CustomersUpdateParamsShipping"), LiteralOf(("",)))
    )
    assert (
        py_type(shipping.type, request=True)
        == 'CustomersUpdateParamsShipping | Literal[""]'
    )


def test_string_enum_including_empty_string_keeps_every_value(model) -> None:  # type: ignore[no-untyped-def]
    tax_exempt = parameter(model, "customers.update", "tax_exempt")

    assert tax_exempt.type == LiteralOf(("", "exempt", "none", "reverse"))
    assert tax_exempt.emptyable is True


def test_only_emptyable_arrays_are_listed_for_the_encoder(model) -> None:  # type: ignore[no-untyped-def]
    action = next(a for a in model.actions if a.id == "customers.update")

    assert action.emptyable == ("default_tax_rates",)
    assert parameter(model, "customers.update", "preferred_locales").type == ListOf(
        Scalar("str")
    )


def test_emptyable_update_sends_empty_value(package: Path) -> None:
    output = run_python(
        package,
        """
import httpx, stripe_actions
sent = []
def answer(request):
    sent.append(request.content.decode())
    body = {"id": "cus_X", "object": "customer", "email": None}
    return httpx.Response(200, json=body)
client = stripe_actions.StripeClient(
    "sk_test_123", http_client=httpx.Client(transport=httpx.MockTransport(answer))
)
client.customers.update("cus_X", shipping="")
client.customers.update("cus_X", default_tax_rates=[], preferred_locales=[])
client.customers.update("cus_X", metadata={"order": ""}, tax_exempt="")
from urllib.parse import parse_qsl
for body in sent:
    print(sorted(parse_qsl(body, keep_blank_values=True)))
""",
    )

    assert output.splitlines() == [
        "[('shipping', '')]",
        "[('default_tax_rates', '')]",
        "[('metadata[order]', ''), ('tax_exempt', '')]",
    ]


# C16: unknown formats and recursion


def test_unix_time_integer_is_an_int(model) -> None:  # type: ignore[no-untyped-def]
    created = next(
        f for f in object_type(model, "Charge").fields if f.name == "created"
    )

    assert created.type == Scalar("int")


def test_mutually_recursive_objects_refer_by_name(model) -> None:  # type: ignore[no-untyped-def]
    charge_invoice = next(
        f for f in object_type(model, "Charge").fields if f.name == "invoice"
    )
    invoice_charge = next(
        f for f in object_type(model, "Invoice").fields if f.name == "charge"
    )

    assert charge_invoice.type == UnionOf(
        (Scalar("str"), Named("Invoice"), Scalar("None"))
    )
    assert invoice_charge.type == UnionOf(
        (Scalar("str"), Named("Charge"), Scalar("None"))
    )


def test_recursive_package_imports_and_resolves_forward_references(
    package: Path,
) -> None:
    output = run_python(
        package,
        """
import typing, stripe_actions, stripe_actions.types as t
hints = typing.get_type_hints(t.Charge)
print(hints["invoice"])
print(typing.get_type_hints(t.Invoice)["charge"])
""",
    )

    assert output.splitlines() == [
        "str | stripe_actions.types.Invoice | None",
        "str | stripe_actions.types.Charge | None",
    ]


# C17: deepObject arrays in the query


def test_deep_object_expand_is_indexed_in_the_query(package: Path) -> None:
    output = run_python(
        package,
        """
import httpx, stripe_actions
def answer(request):
    from urllib.parse import unquote
    print(request.method, request.url.path, unquote(request.url.query.decode()))
    return httpx.Response(200, json={"id": "in_1", "object": "invoice"})
client = stripe_actions.StripeClient(
    "sk_test_123", http_client=httpx.Client(transport=httpx.MockTransport(answer))
)
client.invoices.retrieve("in_1", expand=["customer", "charge.balance_transaction"])
""",
    )

    assert output.strip() == (
        "GET /v1/invoices/in_1 "
        "expand[0]=customer&expand[1]=charge.balance_transaction"
    )


# C18: name collisions


def test_inline_object_and_component_of_the_same_name_both_survive(model) -> None:  # type: ignore[no-untyped-def]
    names = {t.name: t for t in model.object_types}

    assert names["InvoiceSettings"].source == "#/components/schemas/invoice_settings"
    assert "invoice_settings" not in names["InvoiceSettings2"].source
    assert [f.name for f in names["InvoiceSettings2"].fields] == ["days_until_due"]
    invoice_settings_field = next(
        f for f in names["Invoice"].fields if f.name == "settings"
    )
    assert invoice_settings_field.type == Named("InvoiceSettings2")


def test_collision_names_are_the_same_on_every_build() -> None:
    first = specs.model_of(billing_document(), ENTRIES)
    second = specs.model_of(billing_document(), list(reversed(ENTRIES)))

    assert [t.name for t in first.object_types] == [t.name for t in second.object_types]


def test_component_referenced_but_missing_is_a_named_error() -> None:
    doc = billing_document()
    del doc["components"]["schemas"]["deleted_customer"]  # type: ignore[index]

    with pytest.raises(GeneratorError, match="deleted_customer"):
        specs.model_of(doc, ENTRIES)


# C19: nullable versus absent


def test_nullable_integer_accepts_null_and_absence(model) -> None:  # type: ignore[no-untyped-def]
    field = next(
        f
        for f in object_type(model, "Invoice").fields
        if f.name == "out_of_band_amount"
    )
    action = next(a for a in model.actions if a.id == "invoices.retrieve")
    schema = action.output_schema["properties"]["out_of_band_amount"]

    assert field.type == UnionOf((Scalar("int"), Scalar("None")))
    assert field.required is False
    jsonschema.validate({"out_of_band_amount": None}, {"properties": {"x": schema}})
    validator = jsonschema.Draft202012Validator(schema)
    assert validator.is_valid(None)
    assert validator.is_valid(5)
    assert not validator.is_valid("5")
    full = jsonschema.Draft202012Validator(dict(action.output_schema))
    body = {"id": "in_1", "object": "invoice", "charge": None, "customer": None}
    assert full.is_valid(body)
    assert full.is_valid({**body, "out_of_band_amount": None})


# C20: expandable fields


def test_expandable_field_types_list_every_expansion(model) -> None:  # type: ignore[no-untyped-def]
    customer = next(
        f for f in object_type(model, "Invoice").fields if f.name == "customer"
    )

    assert customer.type == UnionOf(
        (
            Scalar("str"),
            Named("Customer"),
            Named("DeletedCustomer"),
            Scalar("None"),
        )
    )


def test_expanded_objects_are_told_apart_by_deleted_not_order(package: Path) -> None:
    output = run_python(
        package,
        """
from stripe_actions.types import object_type
print(object_type("cus_X"))
print(object_type(None))
print(object_type({"id": "cus_X", "object": "customer", "email": "a@b.co"}).__name__)
print(object_type({"id": "cus_X", "object": "customer", "deleted": True}).__name__)
""",
    )

    assert output.splitlines() == ["None", "None", "Customer", "DeletedCustomer"]


# C21: bounded work on recursive schemas


def test_only_reachable_components_are_built_and_never_inlined(model) -> None:  # type: ignore[no-untyped-def]
    names = sorted(t.name for t in model.object_types)

    assert names == [
        "Charge",
        "Customer",
        "DeletedCustomer",
        "Invoice",
        "InvoiceSettings",
        "InvoiceSettings2",
    ]


def test_pinned_spec_is_modelled_from_references_not_copies(pinned_model) -> None:  # type: ignore[no-untyped-def]
    types = {t.name: t for t in pinned_model.object_types}
    invoice_charge = next(f for f in types["Invoice"].fields if f.name == "charge")

    assert Named("Charge") in invoice_charge.type.options  # type: ignore[union-attr]
    assert len(types) < 819
    assert len(pinned_model.actions) == 22


# Small pieces of the type algebra


def test_union_flattens_merges_literals_and_puts_none_last() -> None:
    merged = union(
        [
            Scalar("None"),
            LiteralOf(("a",)),
            UnionOf((Scalar("str"), LiteralOf(("b", "a")))),
            Scalar("str"),
        ]
    )

    assert merged == UnionOf((LiteralOf(("a", "b")), Scalar("str"), Scalar("None")))
    assert union([MapOf(Scalar("Any"))]) == MapOf(Scalar("Any"))


def test_output_schema_files_are_json(package: Path) -> None:
    schema = json.loads(
        (package / "stripe_actions/schemas/invoices.retrieve.output.json").read_text()
    )

    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["properties"]["customer"]["anyOf"][0] == {"type": "string"}
