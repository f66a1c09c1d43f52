"""Parameter sets for the differential wire test, over 21 operations.

Each case is one call, made once through the official SDK and once through our
client. ``known_difference`` names the rule from CASES.md where we differ on
purpose, with the pairs only we send and only the SDK sends.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

# Operation name -> (method, path template with {id}).
OPERATIONS: dict[str, tuple[str, str]] = {
    "customers.create": ("POST", "/v1/customers"),
    "customers.retrieve": ("GET", "/v1/customers/{id}"),
    "customers.list": ("GET", "/v1/customers"),
    "customers.update": ("POST", "/v1/customers/{id}"),
    "customers.delete": ("DELETE", "/v1/customers/{id}"),
    "charges.create": ("POST", "/v1/charges"),
    "charges.retrieve": ("GET", "/v1/charges/{id}"),
    "charges.list": ("GET", "/v1/charges"),
    "invoices.create": ("POST", "/v1/invoices"),
    "invoices.retrieve": ("GET", "/v1/invoices/{id}"),
    "invoices.list": ("GET", "/v1/invoices"),
    "invoices.finalize": ("POST", "/v1/invoices/{id}/finalize"),
    "invoices.send": ("POST", "/v1/invoices/{id}/send"),
    "subscriptions.create": ("POST", "/v1/subscriptions"),
    "subscriptions.retrieve": ("GET", "/v1/subscriptions/{id}"),
    "subscriptions.update": ("POST", "/v1/subscriptions/{id}"),
    "subscriptions.cancel": ("DELETE", "/v1/subscriptions/{id}"),
    "products.create": ("POST", "/v1/products"),
    "products.retrieve": ("GET", "/v1/products/{id}"),
    "prices.create": ("POST", "/v1/prices"),
    "prices.retrieve": ("GET", "/v1/prices/{id}"),
}

# Operation name -> the SDK service method, given a stripe.StripeClient.
SDK_METHODS: dict[str, Callable[[Any], Callable[..., Any]]] = {
    "customers.create": lambda sdk: sdk.v1.customers.create,
    "customers.retrieve": lambda sdk: sdk.v1.customers.retrieve,
    "customers.list": lambda sdk: sdk.v1.customers.list,
    "customers.update": lambda sdk: sdk.v1.customers.update,
    "customers.delete": lambda sdk: sdk.v1.customers.delete,
    "charges.create": lambda sdk: sdk.v1.charges.create,
    "charges.retrieve": lambda sdk: sdk.v1.charges.retrieve,
    "charges.list": lambda sdk: sdk.v1.charges.list,
    "invoices.create": lambda sdk: sdk.v1.invoices.create,
    "invoices.retrieve": lambda sdk: sdk.v1.invoices.retrieve,
    "invoices.list": lambda sdk: sdk.v1.invoices.list,
    "invoices.finalize": lambda sdk: sdk.v1.invoices.finalize_invoice,
    "invoices.send": lambda sdk: sdk.v1.invoices.send_invoice,
    "subscriptions.create": lambda sdk: sdk.v1.subscriptions.create,
    "subscriptions.retrieve": lambda sdk: sdk.v1.subscriptions.retrieve,
    "subscriptions.update": lambda sdk: sdk.v1.subscriptions.update,
    "subscriptions.cancel": lambda sdk: sdk.v1.subscriptions.cancel,
    "products.create": lambda sdk: sdk.v1.products.create,
    "products.retrieve": lambda sdk: sdk.v1.products.retrieve,
    "prices.create": lambda sdk: sdk.v1.prices.create,
    "prices.retrieve": lambda sdk: sdk.v1.prices.retrieve,
}


@dataclass(frozen=True)
class KnownDifference:
    """Where CASES.md overrules the SDK: the rule and the pairs that differ."""

    rule: str
    ours_only: tuple[tuple[str, str], ...] = ()
    sdk_only: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class WireCase:
    """One call to make through both clients."""

    name: str
    operation: str
    params: dict[str, Any] = field(default_factory=dict)
    object_id: str | None = None
    stripe_account: str | None = None
    idempotency_key: str | None = None
    client_account: str | None = None
    emptyable: tuple[str, ...] = ()
    known_difference: KnownDifference | None = None

    @property
    def test_id(self) -> str:
        suffix = ""
        if self.known_difference is not None:
            suffix = f"[differs-on-purpose:{self.known_difference.rule}]"
        return f"{self.operation}:{self.name}{suffix}"


ADDRESS = {
    "line1": "1 Main St",
    "line2": "Apt 2",
    "city": "Paris",
    "postal_code": "75001",
    "country": "FR",
}
ANCHOR = datetime.datetime(2030, 1, 1, tzinfo=datetime.timezone.utc)

CASES: list[WireCase] = [
    # customers.create
    WireCase("plain", "customers.create", {"email": "jenny@example.com", "name": "J"}),
    WireCase(
        "address-and-shipping-2-levels",
        "customers.create",
        {"address": ADDRESS, "shipping": {"name": "J", "address": ADDRESS}},
    ),
    WireCase(
        "metadata-special-characters",
        "customers.create",
        {"metadata": {"note": "a&b=c d+e", "unicode": "héllo ✓", "empty": ""}},
    ),
    WireCase(
        "invoice-settings-list-of-dicts",
        "customers.create",
        {
            "invoice_settings": {
                "custom_fields": [
                    {"name": "PO", "value": "123"},
                    {"name": "Ref", "value": "x"},
                ],
                "rendering_options": {"amount_tax_display": "exclude_tax"},
            }
        },
    ),
    WireCase(
        "lists-of-strings-and-dicts",
        "customers.create",
        {
            "preferred_locales": ["fr", "en"],
            "tax_id_data": [{"type": "eu_vat", "value": "FR123"}],
        },
    ),
    WireCase(
        "negative-integer-with-key",
        "customers.create",
        {"balance": -500, "tax_exempt": "reverse"},
        idempotency_key="cus-create-1",
    ),
    WireCase(
        "connected-account-and-key",
        "customers.create",
        {"description": "on behalf"},
        stripe_account="acct_1Conn",
        idempotency_key="cus-create-2",
    ),
    WireCase(
        "expand-in-a-body",
        "customers.create",
        {"email": "e@x.io", "expand": ["default_source", "tax_ids"]},
    ),
    WireCase(
        "cash-balance-2-levels",
        "customers.create",
        {"cash_balance": {"settings": {"reconciliation_mode": "manual"}}},
    ),
    WireCase(
        "none-values-dropped",
        "customers.create",
        {"email": "n@x.io", "phone": None, "metadata": {"a": "1", "b": None}},
    ),
    # customers.retrieve
    WireCase("plain", "customers.retrieve", object_id="cus_1"),
    WireCase(
        "expand-two",
        "customers.retrieve",
        {"expand": ["default_source", "invoice_settings.default_payment_method"]},
        object_id="cus_1",
    ),
    WireCase(
        "expand-and-account-C03",
        "customers.retrieve",
        {"expand": ["subscriptions"]},
        object_id="cus_1",
        stripe_account="acct_X",
    ),
    # customers.list
    WireCase("limit-and-email", "customers.list", {"limit": 3, "email": "a@b.co"}),
    WireCase(
        "created-range", "customers.list", {"created": {"gte": 1700000000, "lte": 2}}
    ),
    WireCase(
        "starting-after", "customers.list", {"starting_after": "cus_9", "limit": 100}
    ),
    WireCase("ending-before", "customers.list", {"ending_before": "cus_0", "limit": 2}),
    WireCase(
        "expand-data-and-client-account",
        "customers.list",
        {"expand": ["data.default_source"], "test_clock": "clock_1"},
        client_account="acct_Client",
    ),
    # customers.update
    WireCase(
        "unset-one-metadata-key-C04",
        "customers.update",
        {"metadata": {"order": ""}},
        object_id="cus_1",
    ),
    WireCase(
        "clear-all-metadata-C04",
        "customers.update",
        {"metadata": ""},
        object_id="cus_1",
    ),
    WireCase(
        "unset-emptyable-with-empty-string",
        "customers.update",
        {
            "invoice_settings": {"custom_fields": "", "default_payment_method": "pm_1"},
            "shipping": "",
        },
        object_id="cus_1",
    ),
    WireCase(
        "partial-address-zero-balance",
        "customers.update",
        {"address": {"city": "Lyon"}, "balance": 0, "preferred_locales": ["de"]},
        object_id="cus_1",
        idempotency_key="cus-update-1",
    ),
    WireCase(
        "mixed-metadata-and-coupon-unset",
        "customers.update",
        {"name": "N", "metadata": {"a": "1", "b": ""}, "coupon": ""},
        object_id="cus_1",
        stripe_account="acct_2",
    ),
    WireCase(
        "empty-list-at-emptyable-path-C05",
        "customers.update",
        {"invoice_settings": {"custom_fields": []}, "name": "N"},
        object_id="cus_1",
        emptyable=("invoice_settings.custom_fields",),
        known_difference=KnownDifference(
            "C05", ours_only=(("invoice_settings[custom_fields]", ""),)
        ),
    ),
    WireCase(
        "empty-list-elsewhere-is-omitted-C05",
        "customers.update",
        {"preferred_locales": [], "name": "N"},
        object_id="cus_1",
    ),
    # customers.delete
    WireCase("plain", "customers.delete", object_id="cus_1"),
    WireCase(
        "connected-account", "customers.delete", object_id="cus_1", stripe_account="a"
    ),
    # charges.create
    WireCase(
        "plain",
        "charges.create",
        {"amount": 2000, "currency": "usd", "source": "tok_visa", "description": "d"},
    ),
    WireCase(
        "capture-false",
        "charges.create",
        {
            "amount": 1003800,
            "currency": "eur",
            "customer": "cus_1",
            "capture": False,
            "statement_descriptor_suffix": "X",
        },
    ),
    WireCase(
        "shipping-2-levels-and-metadata",
        "charges.create",
        {
            "amount": 500,
            "currency": "usd",
            "shipping": {"name": "J", "address": ADDRESS, "carrier": "UPS"},
            "metadata": {"order_id": "6735"},
        },
    ),
    WireCase(
        "transfer-data-connected-key",
        "charges.create",
        {
            "amount": 1000,
            "currency": "usd",
            "transfer_data": {"destination": "acct_D", "amount": 877},
            "on_behalf_of": "acct_D",
        },
        stripe_account="acct_P",
        idempotency_key="ch-create-1",
    ),
    WireCase(
        "expand-and-receipt",
        "charges.create",
        {
            "amount": 99999999,
            "currency": "jpy",
            "receipt_email": "r+1@x.io",
            "expand": ["balance_transaction"],
        },
    ),
    WireCase(
        "radar-and-fee",
        "charges.create",
        {
            "amount": 150,
            "currency": "usd",
            "radar_options": {"session": "rse_1"},
            "application_fee_amount": 15,
        },
    ),
    WireCase(
        "integral-float-amount-C07",
        "charges.create",
        {"amount": 1003800.0, "currency": "usd"},
        known_difference=KnownDifference(
            "C07",
            ours_only=(("amount", "1003800"),),
            sdk_only=(("amount", "1003800.0"),),
        ),
    ),
    # charges.retrieve
    WireCase("plain", "charges.retrieve", object_id="ch_1"),
    WireCase(
        "expand-nested",
        "charges.retrieve",
        {"expand": ["customer", "invoice.subscription"]},
        object_id="ch_1",
    ),
    # charges.list
    WireCase("customer-limit-C08", "charges.list", {"customer": "cus_X", "limit": 2}),
    WireCase("created-range", "charges.list", {"created": {"gt": 1, "lt": 1800000000}}),
    WireCase(
        "several-filters",
        "charges.list",
        {
            "payment_intent": "pi_1",
            "transfer_group": "g1",
            "expand": ["data.customer"],
        },
        stripe_account="acct_L",
    ),
    # invoices.create
    WireCase(
        "auto-advance-false-C06",
        "invoices.create",
        {
            "customer": "cus_1",
            "auto_advance": False,
            "collection_method": "send_invoice",
            "days_until_due": 30,
        },
    ),
    WireCase(
        "custom-fields-and-tax-rates",
        "invoices.create",
        {
            "customer": "cus_1",
            "custom_fields": [{"name": "PO", "value": "1"}],
            "default_tax_rates": ["txr_1", "txr_2"],
        },
    ),
    WireCase(
        "metadata-footer",
        "invoices.create",
        {
            "customer": "cus_1",
            "metadata": {"a": "b"},
            "footer": "Thanks!",
            "pending_invoice_items_behavior": "exclude",
        },
        idempotency_key="in-create-1",
    ),
    WireCase(
        "automatic-tax-and-discounts",
        "invoices.create",
        {
            "customer": "cus_1",
            "automatic_tax": {"enabled": True},
            "discounts": [{"coupon": "SUMMER"}, {"discount": "di_1"}],
        },
    ),
    WireCase(
        "rendering-options-unset",
        "invoices.create",
        {
            "customer": "cus_1",
            "rendering_options": {"amount_tax_display": ""},
            "account_tax_ids": ["atxi_1"],
        },
    ),
    WireCase(
        "shipping-cost-3-levels",
        "invoices.create",
        {
            "customer": "cus_1",
            "shipping_cost": {
                "shipping_rate_data": {
                    "display_name": "Ground",
                    "type": "fixed_amount",
                    "fixed_amount": {"amount": 500, "currency": "usd"},
                }
            },
        },
        stripe_account="acct_S",
    ),
    # invoices.retrieve
    WireCase("plain", "invoices.retrieve", object_id="in_1"),
    WireCase(
        "expand",
        "invoices.retrieve",
        {"expand": ["payment_intent", "subscription"]},
        object_id="in_1",
    ),
    # invoices.list
    WireCase(
        "customer-status", "invoices.list", {"customer": "cus_1", "status": "open"}
    ),
    WireCase(
        "due-date-range",
        "invoices.list",
        {"due_date": {"gte": 1700000000}, "limit": 10},
    ),
    WireCase(
        "subscription-collection",
        "invoices.list",
        {"subscription": "sub_1", "collection_method": "charge_automatically"},
    ),
    # invoices.finalize
    WireCase(
        "auto-advance-true",
        "invoices.finalize",
        {"auto_advance": True},
        object_id="in_1",
    ),
    WireCase(
        "no-params-with-key",
        "invoices.finalize",
        object_id="in_1",
        idempotency_key="in-fin-1",
    ),
    # invoices.send
    WireCase("plain", "invoices.send", object_id="in_1"),
    WireCase(
        "connected-expand",
        "invoices.send",
        {"expand": ["customer"]},
        object_id="in_1",
        stripe_account="acct_9",
    ),
    # subscriptions.create
    WireCase(
        "items-list-of-dicts-C01",
        "subscriptions.create",
        {
            "customer": "cus_1",
            "items": [{"price": "price_A", "quantity": 2}, {"price": "price_B"}],
        },
    ),
    WireCase(
        "price-data-3-levels-decimal",
        "subscriptions.create",
        {
            "customer": "cus_1",
            "items": [
                {
                    "price_data": {
                        "currency": "usd",
                        "product": "prod_1",
                        "recurring": {"interval": "month", "interval_count": 3},
                        "unit_amount_decimal": Decimal("12.5"),
                    }
                }
            ],
        },
    ),
    WireCase(
        "tax-rates-trial-and-booleans",
        "subscriptions.create",
        {
            "customer": "cus_1",
            "items": [{"price": "price_A", "tax_rates": ["txr_1"]}],
            "default_tax_rates": ["txr_2"],
            "trial_period_days": 14,
            "cancel_at_period_end": False,
            "off_session": True,
            "metadata": {"plan": "pro"},
        },
        idempotency_key="sub-create-1",
    ),
    WireCase(
        "payment-settings-expand",
        "subscriptions.create",
        {
            "customer": "cus_1",
            "items": [{"price": "price_A"}],
            "payment_settings": {
                "payment_method_types": ["card", "sepa_debit"],
                "save_default_payment_method": "on_subscription",
            },
            "expand": ["latest_invoice.payment_intent"],
        },
    ),
    WireCase(
        "add-invoice-items-datetime-anchor",
        "subscriptions.create",
        {
            "customer": "cus_1",
            "items": [{"price": "price_A"}],
            "add_invoice_items": [{"price": "price_setup", "quantity": 1}],
            "proration_behavior": "none",
            "billing_cycle_anchor": ANCHOR,
        },
        stripe_account="acct_S2",
    ),
    WireCase(
        "integral-decimal-quantity-C07",
        "subscriptions.create",
        {"customer": "cus_1", "items": [{"price": "p", "quantity": Decimal("3.00")}]},
        known_difference=KnownDifference(
            "C07",
            ours_only=(("items[0][quantity]", "3"),),
            sdk_only=(("items[0][quantity]", "3.00"),),
        ),
    ),
    # subscriptions.retrieve
    WireCase("plain", "subscriptions.retrieve", object_id="sub_1"),
    WireCase(
        "expand",
        "subscriptions.retrieve",
        {"expand": ["customer", "default_payment_method"]},
        object_id="sub_1",
    ),
    # subscriptions.update
    WireCase(
        "replace-items",
        "subscriptions.update",
        {"items": [{"id": "si_1", "deleted": True}, {"price": "price_C"}]},
        object_id="sub_1",
    ),
    WireCase(
        "metadata-unset-and-booleans",
        "subscriptions.update",
        {
            "metadata": {"plan": ""},
            "cancel_at_period_end": True,
            "proration_behavior": "none",
        },
        object_id="sub_1",
        idempotency_key="sub-update-1",
    ),
    WireCase(
        "unset-with-empty-strings",
        "subscriptions.update",
        {"pause_collection": "", "default_tax_rates": "", "billing_thresholds": ""},
        object_id="sub_1",
    ),
    WireCase(
        "trial-end-now-thresholds",
        "subscriptions.update",
        {"trial_end": "now", "billing_thresholds": {"amount_gte": 10000}},
        object_id="sub_1",
        stripe_account="acct_U",
    ),
    WireCase(
        "clear-item-tax-rates-C05",
        "subscriptions.update",
        {"items": [{"id": "si_1", "tax_rates": []}]},
        object_id="sub_1",
        emptyable=("items.*.tax_rates",),
        known_difference=KnownDifference(
            "C05", ours_only=(("items[0][tax_rates]", ""),)
        ),
    ),
    # subscriptions.cancel
    WireCase("plain", "subscriptions.cancel", object_id="sub_1"),
    WireCase(
        "invoice-now-prorate",
        "subscriptions.cancel",
        {"invoice_now": True, "prorate": False},
        object_id="sub_1",
    ),
    WireCase(
        "cancellation-details",
        "subscriptions.cancel",
        {
            "cancellation_details": {
                "comment": "too pricey",
                "feedback": "too_expensive",
            }
        },
        object_id="sub_1",
        stripe_account="acct_C",
    ),
    # products.create
    WireCase(
        "plain",
        "products.create",
        {"name": "Gold", "active": True, "description": "d", "metadata": {"k": "v"}},
    ),
    WireCase(
        "default-price-data-3-levels",
        "products.create",
        {
            "name": "Silver",
            "default_price_data": {
                "currency": "usd",
                "unit_amount": 1500,
                "recurring": {"interval": "year", "interval_count": 1},
            },
        },
    ),
    WireCase(
        "features-images-dimensions",
        "products.create",
        {
            "name": "Box",
            "features": [{"name": "Fast"}, {"name": "Cheap"}],
            "images": ["https://example.com/a.png?x=1&y=2"],
            "shippable": False,
            "package_dimensions": {
                "height": Decimal("1.5"),
                "length": 2.25,
                "weight": 3,
                "width": 4,
            },
        },
    ),
    WireCase(
        "strings-with-key",
        "products.create",
        {
            "name": "Plan",
            "tax_code": "txcd_10000000",
            "url": "https://example.com",
            "unit_label": "seat",
            "statement_descriptor": "PLAN",
        },
        idempotency_key="prod-create-1",
        client_account="acct_Client2",
    ),
    # products.retrieve
    WireCase("plain", "products.retrieve", object_id="prod_1"),
    WireCase(
        "connected-account",
        "products.retrieve",
        object_id="prod_1",
        stripe_account="acct_R",
    ),
    # prices.create
    WireCase(
        "recurring",
        "prices.create",
        {
            "currency": "usd",
            "unit_amount": 1000,
            "product": "prod_1",
            "recurring": {"interval": "month"},
        },
    ),
    WireCase(
        "decimal-and-product-data",
        "prices.create",
        {
            "currency": "usd",
            "unit_amount_decimal": Decimal("0.5"),
            "product_data": {"name": "Metered", "metadata": {"x": "y"}},
        },
    ),
    WireCase(
        "tiers-list-of-dicts",
        "prices.create",
        {
            "currency": "usd",
            "product": "prod_1",
            "billing_scheme": "tiered",
            "tiers_mode": "graduated",
            "tiers": [
                {"up_to": 10, "unit_amount": 500},
                {"up_to": "inf", "unit_amount_decimal": Decimal("0.25")},
            ],
            "recurring": {"interval": "month", "usage_type": "metered"},
        },
    ),
    WireCase(
        "transform-quantity-and-booleans",
        "prices.create",
        {
            "currency": "usd",
            "unit_amount": 99,
            "product": "prod_1",
            "transform_quantity": {"divide_by": 10, "round": "up"},
            "lookup_key": "std",
            "transfer_lookup_key": True,
            "nickname": "Standard",
        },
        idempotency_key="price-create-1",
    ),
    WireCase(
        "currency-options-2-levels",
        "prices.create",
        {
            "currency": "usd",
            "product": "prod_1",
            "custom_unit_amount": {"enabled": True, "minimum": 100, "preset": 500},
            "currency_options": {
                "eur": {"unit_amount": 900, "tax_behavior": "exclusive"},
                "gbp": {"unit_amount": 800},
            },
        },
        stripe_account="acct_P2",
    ),
    # prices.retrieve
    WireCase("plain", "prices.retrieve", object_id="price_1"),
    WireCase(
        "expand-product",
        "prices.retrieve",
        {"expand": ["product", "tiers"]},
        object_id="price_1",
    ),
]
