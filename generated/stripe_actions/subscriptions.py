# Generated from Stripe's spec 2023-08-16 (eed9ac08); do not edit: `make generate`.
"""Actions on subscriptions: create, retrieve, update, cancel."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Literal, cast

from typing_extensions import Required, TypedDict

from ._base import (
    AsyncBaseStripeClient,
    BaseStripeClient,
    quote_path_param,
)

if TYPE_CHECKING:
    from .types import Subscription


class SubscriptionsCancelParamsCancellationDetails(TypedDict, total=False):
    """The `cancellation_details` parameter of `subscriptions.cancel`.

    Details about why this subscription was cancelled
    """

    comment: str | Literal[""]
    feedback: Literal[
        "",
        "customer_service",
        "low_quality",
        "missing_features",
        "other",
        "switched_service",
        "too_complex",
        "too_expensive",
        "unused",
    ]


class SubscriptionsCreateParamsAddInvoiceItems(TypedDict, total=False):
    """The `add_invoice_items[]` parameter of `subscriptions.create`."""

    price: str
    price_data: SubscriptionsCreateParamsAddInvoiceItemsPriceData
    quantity: int
    tax_rates: Sequence[str] | Literal[""]


class SubscriptionsCreateParamsAddInvoiceItemsPriceData(TypedDict, total=False):
    """The `add_invoice_items[].price_data` parameter of `subscriptions.create`."""

    currency: Required[str]
    product: Required[str]
    tax_behavior: Literal["exclusive", "inclusive", "unspecified"]
    unit_amount: int
    unit_amount_decimal: str | Decimal


class SubscriptionsCreateParamsAutomaticTax(TypedDict, total=False):
    """The `automatic_tax` parameter of `subscriptions.create`.

    Automatic tax settings for this subscription. We recommend you only include this
    parameter when the existing value is being changed.
    """

    enabled: Required[bool]


class SubscriptionsCreateParamsBillingThresholds(TypedDict, total=False):
    """The `billing_thresholds` parameter of `subscriptions.create`."""

    amount_gte: int
    reset_billing_cycle_anchor: bool


class SubscriptionsCreateParamsItems(TypedDict, total=False):
    """The `items[]` parameter of `subscriptions.create`."""

    billing_thresholds: SubscriptionsCreateParamsItemsBillingThresholds | Literal[""]
    metadata: Mapping[str, str]
    price: str
    price_data: SubscriptionsCreateParamsItemsPriceData
    quantity: int
    tax_rates: Sequence[str] | Literal[""]


class SubscriptionsCreateParamsItemsBillingThresholds(TypedDict, total=False):
    """The `items[].billing_thresholds` parameter of `subscriptions.create`."""

    usage_gte: Required[int]


class SubscriptionsCreateParamsItemsPriceData(TypedDict, total=False):
    """The `items[].price_data` parameter of `subscriptions.create`."""

    currency: Required[str]
    product: Required[str]
    recurring: Required[SubscriptionsCreateParamsItemsPriceDataRecurring]
    tax_behavior: Literal["exclusive", "inclusive", "unspecified"]
    unit_amount: int
    unit_amount_decimal: str | Decimal


class SubscriptionsCreateParamsItemsPriceDataRecurring(TypedDict, total=False):
    """The `items[].price_data.recurring` parameter of `subscriptions.create`."""

    interval: Required[Literal["day", "month", "week", "year"]]
    interval_count: int


class SubscriptionsCreateParamsPaymentSettings(TypedDict, total=False):
    """The `payment_settings` parameter of `subscriptions.create`.

    Payment settings to pass to invoices created by the subscription.
    """

    payment_method_options: SubscriptionsCreateParamsPaymentSettingsPaymentMethodOptions
    payment_method_types: (
        Sequence[
            Literal[
                "ach_credit_transfer",
                "ach_debit",
                "acss_debit",
                "au_becs_debit",
                "bacs_debit",
                "bancontact",
                "boleto",
                "card",
                "cashapp",
                "customer_balance",
                "fpx",
                "giropay",
                "grabpay",
                "ideal",
                "konbini",
                "link",
                "paynow",
                "paypal",
                "promptpay",
                "sepa_debit",
                "sofort",
                "us_bank_account",
                "wechat_pay",
            ]
        ]
        | Literal[""]
    )
    save_default_payment_method: Literal["off", "on_subscription"]


class SubscriptionsCreateParamsPaymentSettingsPaymentMethodOptions(
    TypedDict, total=False
):
    """The `payment_settings.payment_method_options` parameter of
    `subscriptions.create`.
    """

    acss_debit: (
        SubscriptionsCreateParamsPaymentSettingsPaymentMethodOptionsAcssDebit
        | Literal[""]
    )
    bancontact: (
        SubscriptionsCreateParamsPaymentSettingsPaymentMethodOptionsBancontact
        | Literal[""]
    )
    card: SubscriptionsCreateParamsPaymentSettingsPaymentMethodOptionsCard | Literal[""]
    customer_balance: (
        SubscriptionsCreateParamsPaymentSettingsPaymentMethodOptionsCustomerBalance
        | Literal[""]
    )
    konbini: Mapping[str, Any] | Literal[""]
    us_bank_account: (
        SubscriptionsCreateParamsPaymentSettingsPaymentMethodOptionsUsBankAccount
        | Literal[""]
    )


class SubscriptionsCreateParamsPaymentSettingsPaymentMethodOptionsAcssDebit(
    TypedDict, total=False
):
    """The `payment_settings.payment_method_options.acss_debit` parameter of
    `subscriptions.create`.
    """

    mandate_options: SubscriptionsCreateParamsPaymentSettingsPaymentMethodOptionsAcssDebitMandateOptions
    verification_method: Literal["automatic", "instant", "microdeposits"]


class SubscriptionsCreateParamsPaymentSettingsPaymentMethodOptionsAcssDebitMandateOptions(
    TypedDict, total=False
):
    """The `payment_settings.payment_method_options.acss_debit.mandate_options`
    parameter of `subscriptions.create`.
    """

    transaction_type: Literal["business", "personal"]


class SubscriptionsCreateParamsPaymentSettingsPaymentMethodOptionsBancontact(
    TypedDict, total=False
):
    """The `payment_settings.payment_method_options.bancontact` parameter of
    `subscriptions.create`.
    """

    preferred_language: Literal["de", "en", "fr", "nl"]


class SubscriptionsCreateParamsPaymentSettingsPaymentMethodOptionsCard(
    TypedDict, total=False
):
    """The `payment_settings.payment_method_options.card` parameter of
    `subscriptions.create`.
    """

    mandate_options: (
        SubscriptionsCreateParamsPaymentSettingsPaymentMethodOptionsCardMandateOptions
    )
    network: Literal[
        "amex",
        "cartes_bancaires",
        "diners",
        "discover",
        "eftpos_au",
        "interac",
        "jcb",
        "mastercard",
        "unionpay",
        "unknown",
        "visa",
    ]
    request_three_d_secure: Literal["any", "automatic"]


class SubscriptionsCreateParamsPaymentSettingsPaymentMethodOptionsCardMandateOptions(
    TypedDict, total=False
):
    """The `payment_settings.payment_method_options.card.mandate_options` parameter of
    `subscriptions.create`.
    """

    amount: int
    amount_type: Literal["fixed", "maximum"]
    description: str


class SubscriptionsCreateParamsPaymentSettingsPaymentMethodOptionsCustomerBalance(
    TypedDict, total=False
):
    """The `payment_settings.payment_method_options.customer_balance` parameter of
    `subscriptions.create`.
    """

    bank_transfer: SubscriptionsCreateParamsPaymentSettingsPaymentMethodOptionsCustomerBalanceBankTransfer
    funding_type: str


class SubscriptionsCreateParamsPaymentSettingsPaymentMethodOptionsCustomerBalanceBankTransfer(
    TypedDict, total=False
):
    """The `payment_settings.payment_method_options.customer_balance.bank_transfer`
    parameter of `subscriptions.create`.
    """

    eu_bank_transfer: SubscriptionsCreateParamsPaymentSettingsPaymentMethodOptionsCustomerBalanceBankTransferEuBankTransfer
    type: str


class SubscriptionsCreateParamsPaymentSettingsPaymentMethodOptionsCustomerBalanceBankTransferEuBankTransfer(
    TypedDict, total=False
):
    """The
    `payment_settings.payment_method_options.customer_balance.bank_transfer.eu_bank_transfer`
    parameter of `subscriptions.create`.
    """

    country: Required[str]


class SubscriptionsCreateParamsPaymentSettingsPaymentMethodOptionsUsBankAccount(
    TypedDict, total=False
):
    """The `payment_settings.payment_method_options.us_bank_account` parameter of
    `subscriptions.create`.
    """

    financial_connections: SubscriptionsCreateParamsPaymentSettingsPaymentMethodOptionsUsBankAccountFinancialConnections
    verification_method: Literal["automatic", "instant", "microdeposits"]


class SubscriptionsCreateParamsPaymentSettingsPaymentMethodOptionsUsBankAccountFinancialConnections(
    TypedDict, total=False
):
    """The
    `payment_settings.payment_method_options.us_bank_account.financial_connections`
    parameter of `subscriptions.create`.
    """

    permissions: Sequence[
        Literal["balances", "ownership", "payment_method", "transactions"]
    ]
    prefetch: Sequence[Literal["balances"]]


class SubscriptionsCreateParamsPendingInvoiceItemInterval(TypedDict, total=False):
    """The `pending_invoice_item_interval` parameter of `subscriptions.create`."""

    interval: Required[Literal["day", "month", "week", "year"]]
    interval_count: int


class SubscriptionsCreateParamsTransferData(TypedDict, total=False):
    """The `transfer_data` parameter of `subscriptions.create`.

    If specified, the funds from the subscription's invoices will be transferred to
    the destination and the ID of the resulting transfers will be found on the
    resulting charges.
    """

    amount_percent: float
    destination: Required[str]


class SubscriptionsCreateParamsTrialSettings(TypedDict, total=False):
    """The `trial_settings` parameter of `subscriptions.create`.

    Settings related to subscription trials.
    """

    end_behavior: Required[SubscriptionsCreateParamsTrialSettingsEndBehavior]


class SubscriptionsCreateParamsTrialSettingsEndBehavior(TypedDict, total=False):
    """The `trial_settings.end_behavior` parameter of `subscriptions.create`."""

    missing_payment_method: Required[Literal["cancel", "create_invoice", "pause"]]


class SubscriptionsUpdateParamsAddInvoiceItems(TypedDict, total=False):
    """The `add_invoice_items[]` parameter of `subscriptions.update`."""

    price: str
    price_data: SubscriptionsUpdateParamsAddInvoiceItemsPriceData
    quantity: int
    tax_rates: Sequence[str] | Literal[""]


class SubscriptionsUpdateParamsAddInvoiceItemsPriceData(TypedDict, total=False):
    """The `add_invoice_items[].price_data` parameter of `subscriptions.update`."""

    currency: Required[str]
    product: Required[str]
    tax_behavior: Literal["exclusive", "inclusive", "unspecified"]
    unit_amount: int
    unit_amount_decimal: str | Decimal


class SubscriptionsUpdateParamsAutomaticTax(TypedDict, total=False):
    """The `automatic_tax` parameter of `subscriptions.update`.

    Automatic tax settings for this subscription. We recommend you only include this
    parameter when the existing value is being changed.
    """

    enabled: Required[bool]


class SubscriptionsUpdateParamsBillingThresholds(TypedDict, total=False):
    """The `billing_thresholds` parameter of `subscriptions.update`."""

    amount_gte: int
    reset_billing_cycle_anchor: bool


class SubscriptionsUpdateParamsCancellationDetails(TypedDict, total=False):
    """The `cancellation_details` parameter of `subscriptions.update`.

    Details about why this subscription was cancelled
    """

    comment: str | Literal[""]
    feedback: Literal[
        "",
        "customer_service",
        "low_quality",
        "missing_features",
        "other",
        "switched_service",
        "too_complex",
        "too_expensive",
        "unused",
    ]


class SubscriptionsUpdateParamsItems(TypedDict, total=False):
    """The `items[]` parameter of `subscriptions.update`."""

    billing_thresholds: SubscriptionsUpdateParamsItemsBillingThresholds | Literal[""]
    clear_usage: bool
    deleted: bool
    id: str
    metadata: Mapping[str, str] | Literal[""]
    price: str
    price_data: SubscriptionsUpdateParamsItemsPriceData
    quantity: int
    tax_rates: Sequence[str] | Literal[""]


class SubscriptionsUpdateParamsItemsBillingThresholds(TypedDict, total=False):
    """The `items[].billing_thresholds` parameter of `subscriptions.update`."""

    usage_gte: Required[int]


class SubscriptionsUpdateParamsItemsPriceData(TypedDict, total=False):
    """The `items[].price_data` parameter of `subscriptions.update`."""

    currency: Required[str]
    product: Required[str]
    recurring: Required[SubscriptionsUpdateParamsItemsPriceDataRecurring]
    tax_behavior: Literal["exclusive", "inclusive", "unspecified"]
    unit_amount: int
    unit_amount_decimal: str | Decimal


class SubscriptionsUpdateParamsItemsPriceDataRecurring(TypedDict, total=False):
    """The `items[].price_data.recurring` parameter of `subscriptions.update`."""

    interval: Required[Literal["day", "month", "week", "year"]]
    interval_count: int


class SubscriptionsUpdateParamsPauseCollection(TypedDict, total=False):
    """The `pause_collection` parameter of `subscriptions.update`."""

    behavior: Required[Literal["keep_as_draft", "mark_uncollectible", "void"]]
    resumes_at: int


class SubscriptionsUpdateParamsPaymentSettings(TypedDict, total=False):
    """The `payment_settings` parameter of `subscriptions.update`.

    Payment settings to pass to invoices created by the subscription.
    """

    payment_method_options: SubscriptionsUpdateParamsPaymentSettingsPaymentMethodOptions
    payment_method_types: (
        Sequence[
            Literal[
                "ach_credit_transfer",
                "ach_debit",
                "acss_debit",
                "au_becs_debit",
                "bacs_debit",
                "bancontact",
                "boleto",
                "card",
                "cashapp",
                "customer_balance",
                "fpx",
                "giropay",
                "grabpay",
                "ideal",
                "konbini",
                "link",
                "paynow",
                "paypal",
                "promptpay",
                "sepa_debit",
                "sofort",
                "us_bank_account",
                "wechat_pay",
            ]
        ]
        | Literal[""]
    )
    save_default_payment_method: Literal["off", "on_subscription"]


class SubscriptionsUpdateParamsPaymentSettingsPaymentMethodOptions(
    TypedDict, total=False
):
    """The `payment_settings.payment_method_options` parameter of
    `subscriptions.update`.
    """

    acss_debit: (
        SubscriptionsUpdateParamsPaymentSettingsPaymentMethodOptionsAcssDebit
        | Literal[""]
    )
    bancontact: (
        SubscriptionsUpdateParamsPaymentSettingsPaymentMethodOptionsBancontact
        | Literal[""]
    )
    card: SubscriptionsUpdateParamsPaymentSettingsPaymentMethodOptionsCard | Literal[""]
    customer_balance: (
        SubscriptionsUpdateParamsPaymentSettingsPaymentMethodOptionsCustomerBalance
        | Literal[""]
    )
    konbini: Mapping[str, Any] | Literal[""]
    us_bank_account: (
        SubscriptionsUpdateParamsPaymentSettingsPaymentMethodOptionsUsBankAccount
        | Literal[""]
    )


class SubscriptionsUpdateParamsPaymentSettingsPaymentMethodOptionsAcssDebit(
    TypedDict, total=False
):
    """The `payment_settings.payment_method_options.acss_debit` parameter of
    `subscriptions.update`.
    """

    mandate_options: SubscriptionsUpdateParamsPaymentSettingsPaymentMethodOptionsAcssDebitMandateOptions
    verification_method: Literal["automatic", "instant", "microdeposits"]


class SubscriptionsUpdateParamsPaymentSettingsPaymentMethodOptionsAcssDebitMandateOptions(
    TypedDict, total=False
):
    """The `payment_settings.payment_method_options.acss_debit.mandate_options`
    parameter of `subscriptions.update`.
    """

    transaction_type: Literal["business", "personal"]


class SubscriptionsUpdateParamsPaymentSettingsPaymentMethodOptionsBancontact(
    TypedDict, total=False
):
    """The `payment_settings.payment_method_options.bancontact` parameter of
    `subscriptions.update`.
    """

    preferred_language: Literal["de", "en", "fr", "nl"]


class SubscriptionsUpdateParamsPaymentSettingsPaymentMethodOptionsCard(
    TypedDict, total=False
):
    """The `payment_settings.payment_method_options.card` parameter of
    `subscriptions.update`.
    """

    mandate_options: (
        SubscriptionsUpdateParamsPaymentSettingsPaymentMethodOptionsCardMandateOptions
    )
    network: Literal[
        "amex",
        "cartes_bancaires",
        "diners",
        "discover",
        "eftpos_au",
        "interac",
        "jcb",
        "mastercard",
        "unionpay",
        "unknown",
        "visa",
    ]
    request_three_d_secure: Literal["any", "automatic"]


class SubscriptionsUpdateParamsPaymentSettingsPaymentMethodOptionsCardMandateOptions(
    TypedDict, total=False
):
    """The `payment_settings.payment_method_options.card.mandate_options` parameter of
    `subscriptions.update`.
    """

    amount: int
    amount_type: Literal["fixed", "maximum"]
    description: str


class SubscriptionsUpdateParamsPaymentSettingsPaymentMethodOptionsCustomerBalance(
    TypedDict, total=False
):
    """The `payment_settings.payment_method_options.customer_balance` parameter of
    `subscriptions.update`.
    """

    bank_transfer: SubscriptionsUpdateParamsPaymentSettingsPaymentMethodOptionsCustomerBalanceBankTransfer
    funding_type: str


class SubscriptionsUpdateParamsPaymentSettingsPaymentMethodOptionsCustomerBalanceBankTransfer(
    TypedDict, total=False
):
    """The `payment_settings.payment_method_options.customer_balance.bank_transfer`
    parameter of `subscriptions.update`.
    """

    eu_bank_transfer: SubscriptionsUpdateParamsPaymentSettingsPaymentMethodOptionsCustomerBalanceBankTransferEuBankTransfer
    type: str


class SubscriptionsUpdateParamsPaymentSettingsPaymentMethodOptionsCustomerBalanceBankTransferEuBankTransfer(
    TypedDict, total=False
):
    """The
    `payment_settings.payment_method_options.customer_balance.bank_transfer.eu_bank_transfer`
    parameter of `subscriptions.update`.
    """

    country: Required[str]


class SubscriptionsUpdateParamsPaymentSettingsPaymentMethodOptionsUsBankAccount(
    TypedDict, total=False
):
    """The `payment_settings.payment_method_options.us_bank_account` parameter of
    `subscriptions.update`.
    """

    financial_connections: SubscriptionsUpdateParamsPaymentSettingsPaymentMethodOptionsUsBankAccountFinancialConnections
    verification_method: Literal["automatic", "instant", "microdeposits"]


class SubscriptionsUpdateParamsPaymentSettingsPaymentMethodOptionsUsBankAccountFinancialConnections(
    TypedDict, total=False
):
    """The
    `payment_settings.payment_method_options.us_bank_account.financial_connections`
    parameter of `subscriptions.update`.
    """

    permissions: Sequence[
        Literal["balances", "ownership", "payment_method", "transactions"]
    ]
    prefetch: Sequence[Literal["balances"]]


class SubscriptionsUpdateParamsPendingInvoiceItemInterval(TypedDict, total=False):
    """The `pending_invoice_item_interval` parameter of `subscriptions.update`."""

    interval: Required[Literal["day", "month", "week", "year"]]
    interval_count: int


class SubscriptionsUpdateParamsTransferData(TypedDict, total=False):
    """The `transfer_data` parameter of `subscriptions.update`."""

    amount_percent: float
    destination: Required[str]


class SubscriptionsUpdateParamsTrialSettings(TypedDict, total=False):
    """The `trial_settings` parameter of `subscriptions.update`.

    Settings related to subscription trials.
    """

    end_behavior: Required[SubscriptionsUpdateParamsTrialSettingsEndBehavior]


class SubscriptionsUpdateParamsTrialSettingsEndBehavior(TypedDict, total=False):
    """The `trial_settings.end_behavior` parameter of `subscriptions.update`."""

    missing_payment_method: Required[Literal["cancel", "create_invoice", "pause"]]


class Subscriptions:
    """``client.subscriptions``: create, retrieve, update, cancel."""

    def __init__(self, client: BaseStripeClient) -> None:
        self._client = client

    def create(
        self,
        *,
        customer: str,
        add_invoice_items: (
            Sequence[SubscriptionsCreateParamsAddInvoiceItems] | None
        ) = None,
        application_fee_percent: float | None = None,
        automatic_tax: SubscriptionsCreateParamsAutomaticTax | None = None,
        backdate_start_date: int | None = None,
        billing_cycle_anchor: int | None = None,
        billing_thresholds: (
            SubscriptionsCreateParamsBillingThresholds | Literal[""] | None
        ) = None,
        cancel_at: int | None = None,
        cancel_at_period_end: bool | None = None,
        collection_method: (
            Literal["charge_automatically", "send_invoice"] | None
        ) = None,
        coupon: str | None = None,
        currency: str | None = None,
        days_until_due: int | None = None,
        default_payment_method: str | None = None,
        default_source: str | None = None,
        default_tax_rates: Sequence[str] | Literal[""] | None = None,
        description: str | None = None,
        expand: Sequence[str] | None = None,
        items: Sequence[SubscriptionsCreateParamsItems] | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        off_session: bool | None = None,
        on_behalf_of: str | Literal[""] | None = None,
        payment_behavior: (
            Literal[
                "allow_incomplete",
                "default_incomplete",
                "error_if_incomplete",
                "pending_if_incomplete",
            ]
            | None
        ) = None,
        payment_settings: SubscriptionsCreateParamsPaymentSettings | None = None,
        pending_invoice_item_interval: (
            SubscriptionsCreateParamsPendingInvoiceItemInterval | Literal[""] | None
        ) = None,
        promotion_code: str | None = None,
        proration_behavior: (
            Literal["always_invoice", "create_prorations", "none"] | None
        ) = None,
        transfer_data: SubscriptionsCreateParamsTransferData | None = None,
        trial_end: Literal["now"] | int | None = None,
        trial_from_plan: bool | None = None,
        trial_period_days: int | None = None,
        trial_settings: SubscriptionsCreateParamsTrialSettings | None = None,
        idempotency_key: str | None = None,
        stripe_account: str | None = None,
    ) -> Subscription:
        """Create a subscription.

        Creates a new subscription on an existing customer. Each customer can have up
        to 500 active or scheduled subscriptions.

        When you create a subscription with collection_method=charge_automatically,
        the first invoice is finalized as part of the request. The payment_behavior
        parameter determines the exact behavior of the initial payment.

        To start subscriptions where the first invoice always begins in a draft
        status, use subscription schedules instead. Schedules provide the flexibility
        to model more complex billing configurations that change over time.

        Args:
            customer: The identifier of the customer to subscribe.
            add_invoice_items: A list of prices and quantities that will generate
                invoice items appended to the next invoice for this subscription. You
                may pass up to 20 items.
            application_fee_percent: A non-negative decimal between 0 and 100, with at
                most two decimal places. This represents the percentage of the
                subscription invoice total that will be transferred to the application
                owner's Stripe account. The request must be made by a platform account
                on a connected account in order to set an application fee percentage.
                For more information, see the application fees
                [documentation](https://stripe.com/docs/connect/subscriptions#collecting-fees-on-subscriptions).
            automatic_tax: Automatic tax settings for this subscription. We recommend
                you only include this parameter when the existing value is being
                changed.
            backdate_start_date: For new subscriptions, a past timestamp to backdate the
                subscription's start date to. If set, the first invoice will contain a
                proration for the timespan between the start date and the current time.
                Can be combined with trials and the billing cycle anchor.
            billing_cycle_anchor: A future timestamp to anchor the subscription's
                [billing cycle](https://stripe.com/docs/subscriptions/billing-cycle).
                This is used to determine the date of the first full invoice, and, for
                plans with `month` or `year` intervals, the day of the month for
                subsequent invoices. The timestamp is in UTC format.
            billing_thresholds: Define thresholds at which an invoice will be sent, and
                the subscription advanced to a new billing period. Pass an empty string
                to remove previously-defined thresholds.
            cancel_at: A timestamp at which the subscription should cancel. If set to a
                date before the current period ends, this will cause a proration if
                prorations have been enabled using `proration_behavior`. If set during a
                future period, this will always cause a proration for that period.
            cancel_at_period_end: Boolean indicating whether this subscription should
                cancel at the end of the current period.
            collection_method: Either `charge_automatically`, or `send_invoice`. When
                charging automatically, Stripe will attempt to pay this subscription at
                the end of the cycle using the default source attached to the customer.
                When sending an invoice, Stripe will email your customer an invoice with
                payment instructions and mark the subscription as `active`. Defaults to
                `charge_automatically`.
            coupon: The ID of the coupon to apply to this subscription. A coupon applied
                to a subscription will only affect invoices created for that particular
                subscription.
            currency: Three-letter [ISO currency
                code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase.
                Must be a [supported currency](https://stripe.com/docs/currencies).
            days_until_due: Number of days a customer has to pay invoices generated by
                this subscription. Valid only for subscriptions where
                `collection_method` is set to `send_invoice`.
            default_payment_method: ID of the default payment method for the
                subscription. It must belong to the customer associated with the
                subscription. This takes precedence over `default_source`. If neither
                are set, invoices will use the customer's
                [invoice_settings.default_payment_method](https://stripe.com/docs/api/customers/object#customer_object-invoice_settings-default_payment_method)
                or
                [default_source](https://stripe.com/docs/api/customers/object#customer_object-default_source).
            default_source: ID of the default payment source for the subscription. It
                must belong to the customer associated with the subscription and be in a
                chargeable state. If `default_payment_method` is also set,
                `default_payment_method` will take precedence. If neither are set,
                invoices will use the customer's
                [invoice_settings.default_payment_method](https://stripe.com/docs/api/customers/object#customer_object-invoice_settings-default_payment_method)
                or
                [default_source](https://stripe.com/docs/api/customers/object#customer_object-default_source).
            default_tax_rates: The tax rates that will apply to any subscription item
                that does not have `tax_rates` set. Invoices created will have their
                `default_tax_rates` populated from the subscription.
            description: The subscription's description, meant to be displayable to the
                customer. Use this field to optionally store an explanation of the
                subscription for rendering in Stripe surfaces.
            expand: Specifies which fields in the response should be expanded.
            items: A list of up to 20 subscription items, each with an attached price.
            metadata: Set of [key-value pairs](https://stripe.com/docs/api/metadata)
                that you can attach to an object. This can be useful for storing
                additional information about the object in a structured format.
                Individual keys can be unset by posting an empty value to them. All keys
                can be unset by posting an empty value to `metadata`.
            off_session: Indicates if a customer is on or off-session while an invoice
                payment is attempted.
            on_behalf_of: The account on behalf of which to charge, for each of the
                subscription's invoices.
            payment_behavior: Only applies to subscriptions with
                `collection_method=charge_automatically`.
            payment_settings: Payment settings to pass to invoices created by the
                subscription.
            pending_invoice_item_interval: Specifies an interval for how often to bill
                for any pending invoice items. It is analogous to calling [Create an
                invoice](https://stripe.com/docs/api#create_invoice) for the given
                subscription at the specified interval.
            promotion_code: The API ID of a promotion code to apply to this
                subscription. A promotion code applied to a subscription will only
                affect invoices created for that particular subscription.
            proration_behavior: Determines how to handle
                [prorations](https://stripe.com/docs/subscriptions/billing-cycle#prorations)
                resulting from the `billing_cycle_anchor`. If no value is passed, the
                default is `create_prorations`.
            transfer_data: If specified, the funds from the subscription's invoices will
                be transferred to the destination and the ID of the resulting transfers
                will be found on the resulting charges.
            trial_end: Unix timestamp representing the end of the trial period the
                customer will get before being charged for the first time. If set,
                trial_end will override the default trial period of the plan the
                customer is being subscribed to. The special value `now` can be provided
                to end the customer's trial immediately. Can be at most two years from
                `billing_cycle_anchor`. See [Using trial periods on
                subscriptions](https://stripe.com/docs/billing/subscriptions/trials) to
                learn more.
            trial_from_plan: Indicates if a plan's `trial_period_days` should be applied
                to the subscription. Setting `trial_end` per subscription is preferred,
                and this defaults to `false`. Setting this flag to `true` together with
                `trial_end` is not allowed. See [Using trial periods on
                subscriptions](https://stripe.com/docs/billing/subscriptions/trials) to
                learn more.
            trial_period_days: Integer representing the number of trial period days
                before the customer is charged for the first time. This will always
                overwrite any trials that might apply via a subscribed plan. See [Using
                trial periods on
                subscriptions](https://stripe.com/docs/billing/subscriptions/trials) to
                learn more.
            trial_settings: Settings related to subscription trials.
        """
        path = "/v1/subscriptions"
        params: dict[str, object] = {
            "customer": customer,
            "add_invoice_items": add_invoice_items,
            "application_fee_percent": application_fee_percent,
            "automatic_tax": automatic_tax,
            "backdate_start_date": backdate_start_date,
            "billing_cycle_anchor": billing_cycle_anchor,
            "billing_thresholds": billing_thresholds,
            "cancel_at": cancel_at,
            "cancel_at_period_end": cancel_at_period_end,
            "collection_method": collection_method,
            "coupon": coupon,
            "currency": currency,
            "days_until_due": days_until_due,
            "default_payment_method": default_payment_method,
            "default_source": default_source,
            "default_tax_rates": default_tax_rates,
            "description": description,
            "expand": expand,
            "items": items,
            "metadata": metadata,
            "off_session": off_session,
            "on_behalf_of": on_behalf_of,
            "payment_behavior": payment_behavior,
            "payment_settings": payment_settings,
            "pending_invoice_item_interval": pending_invoice_item_interval,
            "promotion_code": promotion_code,
            "proration_behavior": proration_behavior,
            "transfer_data": transfer_data,
            "trial_end": trial_end,
            "trial_from_plan": trial_from_plan,
            "trial_period_days": trial_period_days,
            "trial_settings": trial_settings,
        }
        response = self._client.request(
            "POST",
            path,
            params,
            idempotency_key=idempotency_key,
            stripe_account=stripe_account,
            emptyable=(
                "add_invoice_items.*.tax_rates",
                "default_tax_rates",
                "items.*.tax_rates",
                "payment_settings.payment_method_types",
            ),
            integers=(
                "add_invoice_items.*.price_data.unit_amount",
                "add_invoice_items.*.quantity",
                "backdate_start_date",
                "billing_cycle_anchor",
                "billing_thresholds.amount_gte",
                "cancel_at",
                "days_until_due",
                "items.*.billing_thresholds.usage_gte",
                "items.*.price_data.recurring.interval_count",
                "items.*.price_data.unit_amount",
                "items.*.quantity",
                "payment_settings.payment_method_options.card.mandate_options.amount",
                "pending_invoice_item_interval.interval_count",
                "trial_end",
                "trial_period_days",
            ),
        )
        return cast("Subscription", response)

    def retrieve(
        self,
        subscription_exposed_id: str,
        *,
        expand: Sequence[str] | None = None,
        stripe_account: str | None = None,
    ) -> Subscription:
        """Retrieve a subscription.

        Retrieves the subscription with the given ID.

        Args:
            expand: Specifies which fields in the response should be expanded.
        """
        path = f"/v1/subscriptions/{quote_path_param(subscription_exposed_id, 'subscription_exposed_id')}"
        params: dict[str, object] = {
            "expand": expand,
        }
        response = self._client.request(
            "GET",
            path,
            params,
            stripe_account=stripe_account,
        )
        return cast("Subscription", response)

    def update(
        self,
        subscription_exposed_id: str,
        *,
        add_invoice_items: (
            Sequence[SubscriptionsUpdateParamsAddInvoiceItems] | None
        ) = None,
        application_fee_percent: float | None = None,
        automatic_tax: SubscriptionsUpdateParamsAutomaticTax | None = None,
        billing_cycle_anchor: Literal["now", "unchanged"] | None = None,
        billing_thresholds: (
            SubscriptionsUpdateParamsBillingThresholds | Literal[""] | None
        ) = None,
        cancel_at: int | Literal[""] | None = None,
        cancel_at_period_end: bool | None = None,
        cancellation_details: (
            SubscriptionsUpdateParamsCancellationDetails | None
        ) = None,
        collection_method: (
            Literal["charge_automatically", "send_invoice"] | None
        ) = None,
        coupon: str | None = None,
        days_until_due: int | None = None,
        default_payment_method: str | None = None,
        default_source: str | Literal[""] | None = None,
        default_tax_rates: Sequence[str] | Literal[""] | None = None,
        description: str | Literal[""] | None = None,
        expand: Sequence[str] | None = None,
        items: Sequence[SubscriptionsUpdateParamsItems] | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        off_session: bool | None = None,
        on_behalf_of: str | Literal[""] | None = None,
        pause_collection: (
            SubscriptionsUpdateParamsPauseCollection | Literal[""] | None
        ) = None,
        payment_behavior: (
            Literal[
                "allow_incomplete",
                "default_incomplete",
                "error_if_incomplete",
                "pending_if_incomplete",
            ]
            | None
        ) = None,
        payment_settings: SubscriptionsUpdateParamsPaymentSettings | None = None,
        pending_invoice_item_interval: (
            SubscriptionsUpdateParamsPendingInvoiceItemInterval | Literal[""] | None
        ) = None,
        promotion_code: str | None = None,
        proration_behavior: (
            Literal["always_invoice", "create_prorations", "none"] | None
        ) = None,
        proration_date: int | None = None,
        transfer_data: (
            SubscriptionsUpdateParamsTransferData | Literal[""] | None
        ) = None,
        trial_end: Literal["now"] | int | None = None,
        trial_from_plan: bool | None = None,
        trial_settings: SubscriptionsUpdateParamsTrialSettings | None = None,
        idempotency_key: str | None = None,
        stripe_account: str | None = None,
    ) -> Subscription:
        """Update a subscription.

        Updates an existing subscription on a customer to match the specified
        parameters. When changing plans or quantities, we will optionally prorate the
        price we charge next month to make up for any price changes. To preview how
        the proration will be calculated, use the upcoming invoice endpoint.

        Args:
            add_invoice_items: A list of prices and quantities that will generate
                invoice items appended to the next invoice for this subscription. You
                may pass up to 20 items.
            application_fee_percent: A non-negative decimal between 0 and 100, with at
                most two decimal places. This represents the percentage of the
                subscription invoice total that will be transferred to the application
                owner's Stripe account. The request must be made by a platform account
                on a connected account in order to set an application fee percentage.
                For more information, see the application fees
                [documentation](https://stripe.com/docs/connect/subscriptions#collecting-fees-on-subscriptions).
            automatic_tax: Automatic tax settings for this subscription. We recommend
                you only include this parameter when the existing value is being
                changed.
            billing_cycle_anchor: Either `now` or `unchanged`. Setting the value to
                `now` resets the subscription's billing cycle anchor to the current time
                (in UTC). For more information, see the billing cycle
                [documentation](https://stripe.com/docs/billing/subscriptions/billing-cycle).
            billing_thresholds: Define thresholds at which an invoice will be sent, and
                the subscription advanced to a new billing period. Pass an empty string
                to remove previously-defined thresholds.
            cancel_at: A timestamp at which the subscription should cancel. If set to a
                date before the current period ends, this will cause a proration if
                prorations have been enabled using `proration_behavior`. If set during a
                future period, this will always cause a proration for that period.
            cancel_at_period_end: Boolean indicating whether this subscription should
                cancel at the end of the current period.
            cancellation_details: Details about why this subscription was cancelled
            collection_method: Either `charge_automatically`, or `send_invoice`. When
                charging automatically, Stripe will attempt to pay this subscription at
                the end of the cycle using the default source attached to the customer.
                When sending an invoice, Stripe will email your customer an invoice with
                payment instructions and mark the subscription as `active`. Defaults to
                `charge_automatically`.
            coupon: The ID of the coupon to apply to this subscription. A coupon applied
                to a subscription will only affect invoices created for that particular
                subscription.
            days_until_due: Number of days a customer has to pay invoices generated by
                this subscription. Valid only for subscriptions where
                `collection_method` is set to `send_invoice`.
            default_payment_method: ID of the default payment method for the
                subscription. It must belong to the customer associated with the
                subscription. This takes precedence over `default_source`. If neither
                are set, invoices will use the customer's
                [invoice_settings.default_payment_method](https://stripe.com/docs/api/customers/object#customer_object-invoice_settings-default_payment_method)
                or
                [default_source](https://stripe.com/docs/api/customers/object#customer_object-default_source).
            default_source: ID of the default payment source for the subscription. It
                must belong to the customer associated with the subscription and be in a
                chargeable state. If `default_payment_method` is also set,
                `default_payment_method` will take precedence. If neither are set,
                invoices will use the customer's
                [invoice_settings.default_payment_method](https://stripe.com/docs/api/customers/object#customer_object-invoice_settings-default_payment_method)
                or
                [default_source](https://stripe.com/docs/api/customers/object#customer_object-default_source).
            default_tax_rates: The tax rates that will apply to any subscription item
                that does not have `tax_rates` set. Invoices created will have their
                `default_tax_rates` populated from the subscription. Pass an empty
                string to remove previously-defined tax rates.
            description: The subscription's description, meant to be displayable to the
                customer. Use this field to optionally store an explanation of the
                subscription for rendering in Stripe surfaces.
            expand: Specifies which fields in the response should be expanded.
            items: A list of up to 20 subscription items, each with an attached price.
            metadata: Set of [key-value pairs](https://stripe.com/docs/api/metadata)
                that you can attach to an object. This can be useful for storing
                additional information about the object in a structured format.
                Individual keys can be unset by posting an empty value to them. All keys
                can be unset by posting an empty value to `metadata`.
            off_session: Indicates if a customer is on or off-session while an invoice
                payment is attempted.
            on_behalf_of: The account on behalf of which to charge, for each of the
                subscription's invoices.
            pause_collection: If specified, payment collection for this subscription
                will be paused.
            payment_behavior: Use `allow_incomplete` to transition the subscription to
                `status=past_due` if a payment is required but cannot be paid. This
                allows you to manage scenarios where additional user actions are needed
                to pay a subscription's invoice. For example, SCA regulation may require
                3DS authentication to complete payment. See the [SCA Migration
                Guide](https://stripe.com/docs/billing/migration/strong-customer-authentication)
                for Billing to learn more. This is the default behavior.
            payment_settings: Payment settings to pass to invoices created by the
                subscription.
            pending_invoice_item_interval: Specifies an interval for how often to bill
                for any pending invoice items. It is analogous to calling [Create an
                invoice](https://stripe.com/docs/api#create_invoice) for the given
                subscription at the specified interval.
            promotion_code: The promotion code to apply to this subscription. A
                promotion code applied to a subscription will only affect invoices
                created for that particular subscription.
            proration_behavior: Determines how to handle
                [prorations](https://stripe.com/docs/subscriptions/billing-cycle#prorations)
                when the billing cycle changes (e.g., when switching plans, resetting
                `billing_cycle_anchor=now`, or starting a trial), or if an item's
                `quantity` changes. The default value is `create_prorations`.
            proration_date: If set, the proration will be calculated as though the
                subscription was updated at the given time. This can be used to apply
                exactly the same proration that was previewed with [upcoming
                invoice](https://stripe.com/docs/api#upcoming_invoice) endpoint. It can
                also be used to implement custom proration logic, such as prorating by
                day instead of by second, by providing the time that you wish to use for
                proration calculations.
            transfer_data: If specified, the funds from the subscription's invoices will
                be transferred to the destination and the ID of the resulting transfers
                will be found on the resulting charges. This will be unset if you POST
                an empty value.
            trial_end: Unix timestamp representing the end of the trial period the
                customer will get before being charged for the first time. This will
                always overwrite any trials that might apply via a subscribed plan. If
                set, trial_end will override the default trial period of the plan the
                customer is being subscribed to. The special value `now` can be provided
                to end the customer's trial immediately. Can be at most two years from
                `billing_cycle_anchor`.
            trial_from_plan: Indicates if a plan's `trial_period_days` should be applied
                to the subscription. Setting `trial_end` per subscription is preferred,
                and this defaults to `false`. Setting this flag to `true` together with
                `trial_end` is not allowed. See [Using trial periods on
                subscriptions](https://stripe.com/docs/billing/subscriptions/trials) to
                learn more.
            trial_settings: Settings related to subscription trials.
        """
        path = f"/v1/subscriptions/{quote_path_param(subscription_exposed_id, 'subscription_exposed_id')}"
        params: dict[str, object] = {
            "add_invoice_items": add_invoice_items,
            "application_fee_percent": application_fee_percent,
            "automatic_tax": automatic_tax,
            "billing_cycle_anchor": billing_cycle_anchor,
            "billing_thresholds": billing_thresholds,
            "cancel_at": cancel_at,
            "cancel_at_period_end": cancel_at_period_end,
            "cancellation_details": cancellation_details,
            "collection_method": collection_method,
            "coupon": coupon,
            "days_until_due": days_until_due,
            "default_payment_method": default_payment_method,
            "default_source": default_source,
            "default_tax_rates": default_tax_rates,
            "description": description,
            "expand": expand,
            "items": items,
            "metadata": metadata,
            "off_session": off_session,
            "on_behalf_of": on_behalf_of,
            "pause_collection": pause_collection,
            "payment_behavior": payment_behavior,
            "payment_settings": payment_settings,
            "pending_invoice_item_interval": pending_invoice_item_interval,
            "promotion_code": promotion_code,
            "proration_behavior": proration_behavior,
            "proration_date": proration_date,
            "transfer_data": transfer_data,
            "trial_end": trial_end,
            "trial_from_plan": trial_from_plan,
            "trial_settings": trial_settings,
        }
        response = self._client.request(
            "POST",
            path,
            params,
            idempotency_key=idempotency_key,
            stripe_account=stripe_account,
            emptyable=(
                "add_invoice_items.*.tax_rates",
                "default_tax_rates",
                "items.*.tax_rates",
                "payment_settings.payment_method_types",
            ),
            integers=(
                "add_invoice_items.*.price_data.unit_amount",
                "add_invoice_items.*.quantity",
                "billing_thresholds.amount_gte",
                "cancel_at",
                "days_until_due",
                "items.*.billing_thresholds.usage_gte",
                "items.*.price_data.recurring.interval_count",
                "items.*.price_data.unit_amount",
                "items.*.quantity",
                "pause_collection.resumes_at",
                "payment_settings.payment_method_options.card.mandate_options.amount",
                "pending_invoice_item_interval.interval_count",
                "proration_date",
                "trial_end",
            ),
        )
        return cast("Subscription", response)

    def cancel(
        self,
        subscription_exposed_id: str,
        *,
        cancellation_details: (
            SubscriptionsCancelParamsCancellationDetails | None
        ) = None,
        expand: Sequence[str] | None = None,
        invoice_now: bool | None = None,
        prorate: bool | None = None,
        stripe_account: str | None = None,
    ) -> Subscription:
        """Cancel a subscription.

        Cancels a customer’s subscription immediately. The customer will not be
        charged again for the subscription.

        Note, however, that any pending invoice items that you’ve created will still
        be charged for at the end of the period, unless manually deleted. If you’ve
        set the subscription to cancel at the end of the period, any pending
        prorations will also be left in place and collected at the end of the period.
        But if the subscription is set to cancel immediately, pending prorations will
        be removed.

        By default, upon subscription cancellation, Stripe will stop automatic
        collection of all finalized invoices for the customer. This is intended to
        prevent unexpected payment attempts after the customer has canceled a
        subscription. However, you can resume automatic collection of the invoices
        manually after subscription cancellation to have us proceed. Or, you could
        check for unpaid invoices before allowing the customer to cancel the
        subscription at all.

        Args:
            cancellation_details: Details about why this subscription was cancelled
            expand: Specifies which fields in the response should be expanded.
            invoice_now: Will generate a final invoice that invoices for any un-invoiced
                metered usage and new/pending proration invoice items.
            prorate: Will generate a proration invoice item that credits remaining
                unused time until the subscription period end.
        """
        path = f"/v1/subscriptions/{quote_path_param(subscription_exposed_id, 'subscription_exposed_id')}"
        params: dict[str, object] = {
            "cancellation_details": cancellation_details,
            "expand": expand,
            "invoice_now": invoice_now,
            "prorate": prorate,
        }
        response = self._client.request(
            "DELETE",
            path,
            params,
            stripe_account=stripe_account,
        )
        return cast("Subscription", response)


class AsyncSubscriptions:
    """``client.subscriptions`` on the async client: create, retrieve, update, cancel."""

    def __init__(self, client: AsyncBaseStripeClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        customer: str,
        add_invoice_items: (
            Sequence[SubscriptionsCreateParamsAddInvoiceItems] | None
        ) = None,
        application_fee_percent: float | None = None,
        automatic_tax: SubscriptionsCreateParamsAutomaticTax | None = None,
        backdate_start_date: int | None = None,
        billing_cycle_anchor: int | None = None,
        billing_thresholds: (
            SubscriptionsCreateParamsBillingThresholds | Literal[""] | None
        ) = None,
        cancel_at: int | None = None,
        cancel_at_period_end: bool | None = None,
        collection_method: (
            Literal["charge_automatically", "send_invoice"] | None
        ) = None,
        coupon: str | None = None,
        currency: str | None = None,
        days_until_due: int | None = None,
        default_payment_method: str | None = None,
        default_source: str | None = None,
        default_tax_rates: Sequence[str] | Literal[""] | None = None,
        description: str | None = None,
        expand: Sequence[str] | None = None,
        items: Sequence[SubscriptionsCreateParamsItems] | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        off_session: bool | None = None,
        on_behalf_of: str | Literal[""] | None = None,
        payment_behavior: (
            Literal[
                "allow_incomplete",
                "default_incomplete",
                "error_if_incomplete",
                "pending_if_incomplete",
            ]
            | None
        ) = None,
        payment_settings: SubscriptionsCreateParamsPaymentSettings | None = None,
        pending_invoice_item_interval: (
            SubscriptionsCreateParamsPendingInvoiceItemInterval | Literal[""] | None
        ) = None,
        promotion_code: str | None = None,
        proration_behavior: (
            Literal["always_invoice", "create_prorations", "none"] | None
        ) = None,
        transfer_data: SubscriptionsCreateParamsTransferData | None = None,
        trial_end: Literal["now"] | int | None = None,
        trial_from_plan: bool | None = None,
        trial_period_days: int | None = None,
        trial_settings: SubscriptionsCreateParamsTrialSettings | None = None,
        idempotency_key: str | None = None,
        stripe_account: str | None = None,
    ) -> Subscription:
        """Create a subscription.

        Creates a new subscription on an existing customer. Each customer can have up
        to 500 active or scheduled subscriptions.

        When you create a subscription with collection_method=charge_automatically,
        the first invoice is finalized as part of the request. The payment_behavior
        parameter determines the exact behavior of the initial payment.

        To start subscriptions where the first invoice always begins in a draft
        status, use subscription schedules instead. Schedules provide the flexibility
        to model more complex billing configurations that change over time.

        Args:
            customer: The identifier of the customer to subscribe.
            add_invoice_items: A list of prices and quantities that will generate
                invoice items appended to the next invoice for this subscription. You
                may pass up to 20 items.
            application_fee_percent: A non-negative decimal between 0 and 100, with at
                most two decimal places. This represents the percentage of the
                subscription invoice total that will be transferred to the application
                owner's Stripe account. The request must be made by a platform account
                on a connected account in order to set an application fee percentage.
                For more information, see the application fees
                [documentation](https://stripe.com/docs/connect/subscriptions#collecting-fees-on-subscriptions).
            automatic_tax: Automatic tax settings for this subscription. We recommend
                you only include this parameter when the existing value is being
                changed.
            backdate_start_date: For new subscriptions, a past timestamp to backdate the
                subscription's start date to. If set, the first invoice will contain a
                proration for the timespan between the start date and the current time.
                Can be combined with trials and the billing cycle anchor.
            billing_cycle_anchor: A future timestamp to anchor the subscription's
                [billing cycle](https://stripe.com/docs/subscriptions/billing-cycle).
                This is used to determine the date of the first full invoice, and, for
                plans with `month` or `year` intervals, the day of the month for
                subsequent invoices. The timestamp is in UTC format.
            billing_thresholds: Define thresholds at which an invoice will be sent, and
                the subscription advanced to a new billing period. Pass an empty string
                to remove previously-defined thresholds.
            cancel_at: A timestamp at which the subscription should cancel. If set to a
                date before the current period ends, this will cause a proration if
                prorations have been enabled using `proration_behavior`. If set during a
                future period, this will always cause a proration for that period.
            cancel_at_period_end: Boolean indicating whether this subscription should
                cancel at the end of the current period.
            collection_method: Either `charge_automatically`, or `send_invoice`. When
                charging automatically, Stripe will attempt to pay this subscription at
                the end of the cycle using the default source attached to the customer.
                When sending an invoice, Stripe will email your customer an invoice with
                payment instructions and mark the subscription as `active`. Defaults to
                `charge_automatically`.
            coupon: The ID of the coupon to apply to this subscription. A coupon applied
                to a subscription will only affect invoices created for that particular
                subscription.
            currency: Three-letter [ISO currency
                code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase.
                Must be a [supported currency](https://stripe.com/docs/currencies).
            days_until_due: Number of days a customer has to pay invoices generated by
                this subscription. Valid only for subscriptions where
                `collection_method` is set to `send_invoice`.
            default_payment_method: ID of the default payment method for the
                subscription. It must belong to the customer associated with the
                subscription. This takes precedence over `default_source`. If neither
                are set, invoices will use the customer's
                [invoice_settings.default_payment_method](https://stripe.com/docs/api/customers/object#customer_object-invoice_settings-default_payment_method)
                or
                [default_source](https://stripe.com/docs/api/customers/object#customer_object-default_source).
            default_source: ID of the default payment source for the subscription. It
                must belong to the customer associated with the subscription and be in a
                chargeable state. If `default_payment_method` is also set,
                `default_payment_method` will take precedence. If neither are set,
                invoices will use the customer's
                [invoice_settings.default_payment_method](https://stripe.com/docs/api/customers/object#customer_object-invoice_settings-default_payment_method)
                or
                [default_source](https://stripe.com/docs/api/customers/object#customer_object-default_source).
            default_tax_rates: The tax rates that will apply to any subscription item
                that does not have `tax_rates` set. Invoices created will have their
                `default_tax_rates` populated from the subscription.
            description: The subscription's description, meant to be displayable to the
                customer. Use this field to optionally store an explanation of the
                subscription for rendering in Stripe surfaces.
            expand: Specifies which fields in the response should be expanded.
            items: A list of up to 20 subscription items, each with an attached price.
            metadata: Set of [key-value pairs](https://stripe.com/docs/api/metadata)
                that you can attach to an object. This can be useful for storing
                additional information about the object in a structured format.
                Individual keys can be unset by posting an empty value to them. All keys
                can be unset by posting an empty value to `metadata`.
            off_session: Indicates if a customer is on or off-session while an invoice
                payment is attempted.
            on_behalf_of: The account on behalf of which to charge, for each of the
                subscription's invoices.
            payment_behavior: Only applies to subscriptions with
                `collection_method=charge_automatically`.
            payment_settings: Payment settings to pass to invoices created by the
                subscription.
            pending_invoice_item_interval: Specifies an interval for how often to bill
                for any pending invoice items. It is analogous to calling [Create an
                invoice](https://stripe.com/docs/api#create_invoice) for the given
                subscription at the specified interval.
            promotion_code: The API ID of a promotion code to apply to this
                subscription. A promotion code applied to a subscription will only
                affect invoices created for that particular subscription.
            proration_behavior: Determines how to handle
                [prorations](https://stripe.com/docs/subscriptions/billing-cycle#prorations)
                resulting from the `billing_cycle_anchor`. If no value is passed, the
                default is `create_prorations`.
            transfer_data: If specified, the funds from the subscription's invoices will
                be transferred to the destination and the ID of the resulting transfers
                will be found on the resulting charges.
            trial_end: Unix timestamp representing the end of the trial period the
                customer will get before being charged for the first time. If set,
                trial_end will override the default trial period of the plan the
                customer is being subscribed to. The special value `now` can be provided
                to end the customer's trial immediately. Can be at most two years from
                `billing_cycle_anchor`. See [Using trial periods on
                subscriptions](https://stripe.com/docs/billing/subscriptions/trials) to
                learn more.
            trial_from_plan: Indicates if a plan's `trial_period_days` should be applied
                to the subscription. Setting `trial_end` per subscription is preferred,
                and this defaults to `false`. Setting this flag to `true` together with
                `trial_end` is not allowed. See [Using trial periods on
                subscriptions](https://stripe.com/docs/billing/subscriptions/trials) to
                learn more.
            trial_period_days: Integer representing the number of trial period days
                before the customer is charged for the first time. This will always
                overwrite any trials that might apply via a subscribed plan. See [Using
                trial periods on
                subscriptions](https://stripe.com/docs/billing/subscriptions/trials) to
                learn more.
            trial_settings: Settings related to subscription trials.
        """
        path = "/v1/subscriptions"
        params: dict[str, object] = {
            "customer": customer,
            "add_invoice_items": add_invoice_items,
            "application_fee_percent": application_fee_percent,
            "automatic_tax": automatic_tax,
            "backdate_start_date": backdate_start_date,
            "billing_cycle_anchor": billing_cycle_anchor,
            "billing_thresholds": billing_thresholds,
            "cancel_at": cancel_at,
            "cancel_at_period_end": cancel_at_period_end,
            "collection_method": collection_method,
            "coupon": coupon,
            "currency": currency,
            "days_until_due": days_until_due,
            "default_payment_method": default_payment_method,
            "default_source": default_source,
            "default_tax_rates": default_tax_rates,
            "description": description,
            "expand": expand,
            "items": items,
            "metadata": metadata,
            "off_session": off_session,
            "on_behalf_of": on_behalf_of,
            "payment_behavior": payment_behavior,
            "payment_settings": payment_settings,
            "pending_invoice_item_interval": pending_invoice_item_interval,
            "promotion_code": promotion_code,
            "proration_behavior": proration_behavior,
            "transfer_data": transfer_data,
            "trial_end": trial_end,
            "trial_from_plan": trial_from_plan,
            "trial_period_days": trial_period_days,
            "trial_settings": trial_settings,
        }
        response = await self._client.request(
            "POST",
            path,
            params,
            idempotency_key=idempotency_key,
            stripe_account=stripe_account,
            emptyable=(
                "add_invoice_items.*.tax_rates",
                "default_tax_rates",
                "items.*.tax_rates",
                "payment_settings.payment_method_types",
            ),
            integers=(
                "add_invoice_items.*.price_data.unit_amount",
                "add_invoice_items.*.quantity",
                "backdate_start_date",
                "billing_cycle_anchor",
                "billing_thresholds.amount_gte",
                "cancel_at",
                "days_until_due",
                "items.*.billing_thresholds.usage_gte",
                "items.*.price_data.recurring.interval_count",
                "items.*.price_data.unit_amount",
                "items.*.quantity",
                "payment_settings.payment_method_options.card.mandate_options.amount",
                "pending_invoice_item_interval.interval_count",
                "trial_end",
                "trial_period_days",
            ),
        )
        return cast("Subscription", response)

    async def retrieve(
        self,
        subscription_exposed_id: str,
        *,
        expand: Sequence[str] | None = None,
        stripe_account: str | None = None,
    ) -> Subscription:
        """Retrieve a subscription.

        Retrieves the subscription with the given ID.

        Args:
            expand: Specifies which fields in the response should be expanded.
        """
        path = f"/v1/subscriptions/{quote_path_param(subscription_exposed_id, 'subscription_exposed_id')}"
        params: dict[str, object] = {
            "expand": expand,
        }
        response = await self._client.request(
            "GET",
            path,
            params,
            stripe_account=stripe_account,
        )
        return cast("Subscription", response)

    async def update(
        self,
        subscription_exposed_id: str,
        *,
        add_invoice_items: (
            Sequence[SubscriptionsUpdateParamsAddInvoiceItems] | None
        ) = None,
        application_fee_percent: float | None = None,
        automatic_tax: SubscriptionsUpdateParamsAutomaticTax | None = None,
        billing_cycle_anchor: Literal["now", "unchanged"] | None = None,
        billing_thresholds: (
            SubscriptionsUpdateParamsBillingThresholds | Literal[""] | None
        ) = None,
        cancel_at: int | Literal[""] | None = None,
        cancel_at_period_end: bool | None = None,
        cancellation_details: (
            SubscriptionsUpdateParamsCancellationDetails | None
        ) = None,
        collection_method: (
            Literal["charge_automatically", "send_invoice"] | None
        ) = None,
        coupon: str | None = None,
        days_until_due: int | None = None,
        default_payment_method: str | None = None,
        default_source: str | Literal[""] | None = None,
        default_tax_rates: Sequence[str] | Literal[""] | None = None,
        description: str | Literal[""] | None = None,
        expand: Sequence[str] | None = None,
        items: Sequence[SubscriptionsUpdateParamsItems] | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        off_session: bool | None = None,
        on_behalf_of: str | Literal[""] | None = None,
        pause_collection: (
            SubscriptionsUpdateParamsPauseCollection | Literal[""] | None
        ) = None,
        payment_behavior: (
            Literal[
                "allow_incomplete",
                "default_incomplete",
                "error_if_incomplete",
                "pending_if_incomplete",
            ]
            | None
        ) = None,
        payment_settings: SubscriptionsUpdateParamsPaymentSettings | None = None,
        pending_invoice_item_interval: (
            SubscriptionsUpdateParamsPendingInvoiceItemInterval | Literal[""] | None
        ) = None,
        promotion_code: str | None = None,
        proration_behavior: (
            Literal["always_invoice", "create_prorations", "none"] | None
        ) = None,
        proration_date: int | None = None,
        transfer_data: (
            SubscriptionsUpdateParamsTransferData | Literal[""] | None
        ) = None,
        trial_end: Literal["now"] | int | None = None,
        trial_from_plan: bool | None = None,
        trial_settings: SubscriptionsUpdateParamsTrialSettings | None = None,
        idempotency_key: str | None = None,
        stripe_account: str | None = None,
    ) -> Subscription:
        """Update a subscription.

        Updates an existing subscription on a customer to match the specified
        parameters. When changing plans or quantities, we will optionally prorate the
        price we charge next month to make up for any price changes. To preview how
        the proration will be calculated, use the upcoming invoice endpoint.

        Args:
            add_invoice_items: A list of prices and quantities that will generate
                invoice items appended to the next invoice for this subscription. You
                may pass up to 20 items.
            application_fee_percent: A non-negative decimal between 0 and 100, with at
                most two decimal places. This represents the percentage of the
                subscription invoice total that will be transferred to the application
                owner's Stripe account. The request must be made by a platform account
                on a connected account in order to set an application fee percentage.
                For more information, see the application fees
                [documentation](https://stripe.com/docs/connect/subscriptions#collecting-fees-on-subscriptions).
            automatic_tax: Automatic tax settings for this subscription. We recommend
                you only include this parameter when the existing value is being
                changed.
            billing_cycle_anchor: Either `now` or `unchanged`. Setting the value to
                `now` resets the subscription's billing cycle anchor to the current time
                (in UTC). For more information, see the billing cycle
                [documentation](https://stripe.com/docs/billing/subscriptions/billing-cycle).
            billing_thresholds: Define thresholds at which an invoice will be sent, and
                the subscription advanced to a new billing period. Pass an empty string
                to remove previously-defined thresholds.
            cancel_at: A timestamp at which the subscription should cancel. If set to a
                date before the current period ends, this will cause a proration if
                prorations have been enabled using `proration_behavior`. If set during a
                future period, this will always cause a proration for that period.
            cancel_at_period_end: Boolean indicating whether this subscription should
                cancel at the end of the current period.
            cancellation_details: Details about why this subscription was cancelled
            collection_method: Either `charge_automatically`, or `send_invoice`. When
                charging automatically, Stripe will attempt to pay this subscription at
                the end of the cycle using the default source attached to the customer.
                When sending an invoice, Stripe will email your customer an invoice with
                payment instructions and mark the subscription as `active`. Defaults to
                `charge_automatically`.
            coupon: The ID of the coupon to apply to this subscription. A coupon applied
                to a subscription will only affect invoices created for that particular
                subscription.
            days_until_due: Number of days a customer has to pay invoices generated by
                this subscription. Valid only for subscriptions where
                `collection_method` is set to `send_invoice`.
            default_payment_method: ID of the default payment method for the
                subscription. It must belong to the customer associated with the
                subscription. This takes precedence over `default_source`. If neither
                are set, invoices will use the customer's
                [invoice_settings.default_payment_method](https://stripe.com/docs/api/customers/object#customer_object-invoice_settings-default_payment_method)
                or
                [default_source](https://stripe.com/docs/api/customers/object#customer_object-default_source).
            default_source: ID of the default payment source for the subscription. It
                must belong to the customer associated with the subscription and be in a
                chargeable state. If `default_payment_method` is also set,
                `default_payment_method` will take precedence. If neither are set,
                invoices will use the customer's
                [invoice_settings.default_payment_method](https://stripe.com/docs/api/customers/object#customer_object-invoice_settings-default_payment_method)
                or
                [default_source](https://stripe.com/docs/api/customers/object#customer_object-default_source).
            default_tax_rates: The tax rates that will apply to any subscription item
                that does not have `tax_rates` set. Invoices created will have their
                `default_tax_rates` populated from the subscription. Pass an empty
                string to remove previously-defined tax rates.
            description: The subscription's description, meant to be displayable to the
                customer. Use this field to optionally store an explanation of the
                subscription for rendering in Stripe surfaces.
            expand: Specifies which fields in the response should be expanded.
            items: A list of up to 20 subscription items, each with an attached price.
            metadata: Set of [key-value pairs](https://stripe.com/docs/api/metadata)
                that you can attach to an object. This can be useful for storing
                additional information about the object in a structured format.
                Individual keys can be unset by posting an empty value to them. All keys
                can be unset by posting an empty value to `metadata`.
            off_session: Indicates if a customer is on or off-session while an invoice
                payment is attempted.
            on_behalf_of: The account on behalf of which to charge, for each of the
                subscription's invoices.
            pause_collection: If specified, payment collection for this subscription
                will be paused.
            payment_behavior: Use `allow_incomplete` to transition the subscription to
                `status=past_due` if a payment is required but cannot be paid. This
                allows you to manage scenarios where additional user actions are needed
                to pay a subscription's invoice. For example, SCA regulation may require
                3DS authentication to complete payment. See the [SCA Migration
                Guide](https://stripe.com/docs/billing/migration/strong-customer-authentication)
                for Billing to learn more. This is the default behavior.
            payment_settings: Payment settings to pass to invoices created by the
                subscription.
            pending_invoice_item_interval: Specifies an interval for how often to bill
                for any pending invoice items. It is analogous to calling [Create an
                invoice](https://stripe.com/docs/api#create_invoice) for the given
                subscription at the specified interval.
            promotion_code: The promotion code to apply to this subscription. A
                promotion code applied to a subscription will only affect invoices
                created for that particular subscription.
            proration_behavior: Determines how to handle
                [prorations](https://stripe.com/docs/subscriptions/billing-cycle#prorations)
                when the billing cycle changes (e.g., when switching plans, resetting
                `billing_cycle_anchor=now`, or starting a trial), or if an item's
                `quantity` changes. The default value is `create_prorations`.
            proration_date: If set, the proration will be calculated as though the
                subscription was updated at the given time. This can be used to apply
                exactly the same proration that was previewed with [upcoming
                invoice](https://stripe.com/docs/api#upcoming_invoice) endpoint. It can
                also be used to implement custom proration logic, such as prorating by
                day instead of by second, by providing the time that you wish to use for
                proration calculations.
            transfer_data: If specified, the funds from the subscription's invoices will
                be transferred to the destination and the ID of the resulting transfers
                will be found on the resulting charges. This will be unset if you POST
                an empty value.
            trial_end: Unix timestamp representing the end of the trial period the
                customer will get before being charged for the first time. This will
                always overwrite any trials that might apply via a subscribed plan. If
                set, trial_end will override the default trial period of the plan the
                customer is being subscribed to. The special value `now` can be provided
                to end the customer's trial immediately. Can be at most two years from
                `billing_cycle_anchor`.
            trial_from_plan: Indicates if a plan's `trial_period_days` should be applied
                to the subscription. Setting `trial_end` per subscription is preferred,
                and this defaults to `false`. Setting this flag to `true` together with
                `trial_end` is not allowed. See [Using trial periods on
                subscriptions](https://stripe.com/docs/billing/subscriptions/trials) to
                learn more.
            trial_settings: Settings related to subscription trials.
        """
        path = f"/v1/subscriptions/{quote_path_param(subscription_exposed_id, 'subscription_exposed_id')}"
        params: dict[str, object] = {
            "add_invoice_items": add_invoice_items,
            "application_fee_percent": application_fee_percent,
            "automatic_tax": automatic_tax,
            "billing_cycle_anchor": billing_cycle_anchor,
            "billing_thresholds": billing_thresholds,
            "cancel_at": cancel_at,
            "cancel_at_period_end": cancel_at_period_end,
            "cancellation_details": cancellation_details,
            "collection_method": collection_method,
            "coupon": coupon,
            "days_until_due": days_until_due,
            "default_payment_method": default_payment_method,
            "default_source": default_source,
            "default_tax_rates": default_tax_rates,
            "description": description,
            "expand": expand,
            "items": items,
            "metadata": metadata,
            "off_session": off_session,
            "on_behalf_of": on_behalf_of,
            "pause_collection": pause_collection,
            "payment_behavior": payment_behavior,
            "payment_settings": payment_settings,
            "pending_invoice_item_interval": pending_invoice_item_interval,
            "promotion_code": promotion_code,
            "proration_behavior": proration_behavior,
            "proration_date": proration_date,
            "transfer_data": transfer_data,
            "trial_end": trial_end,
            "trial_from_plan": trial_from_plan,
            "trial_settings": trial_settings,
        }
        response = await self._client.request(
            "POST",
            path,
            params,
            idempotency_key=idempotency_key,
            stripe_account=stripe_account,
            emptyable=(
                "add_invoice_items.*.tax_rates",
                "default_tax_rates",
                "items.*.tax_rates",
                "payment_settings.payment_method_types",
            ),
            integers=(
                "add_invoice_items.*.price_data.unit_amount",
                "add_invoice_items.*.quantity",
                "billing_thresholds.amount_gte",
                "cancel_at",
                "days_until_due",
                "items.*.billing_thresholds.usage_gte",
                "items.*.price_data.recurring.interval_count",
                "items.*.price_data.unit_amount",
                "items.*.quantity",
                "pause_collection.resumes_at",
                "payment_settings.payment_method_options.card.mandate_options.amount",
                "pending_invoice_item_interval.interval_count",
                "proration_date",
                "trial_end",
            ),
        )
        return cast("Subscription", response)

    async def cancel(
        self,
        subscription_exposed_id: str,
        *,
        cancellation_details: (
            SubscriptionsCancelParamsCancellationDetails | None
        ) = None,
        expand: Sequence[str] | None = None,
        invoice_now: bool | None = None,
        prorate: bool | None = None,
        stripe_account: str | None = None,
    ) -> Subscription:
        """Cancel a subscription.

        Cancels a customer’s subscription immediately. The customer will not be
        charged again for the subscription.

        Note, however, that any pending invoice items that you’ve created will still
        be charged for at the end of the period, unless manually deleted. If you’ve
        set the subscription to cancel at the end of the period, any pending
        prorations will also be left in place and collected at the end of the period.
        But if the subscription is set to cancel immediately, pending prorations will
        be removed.

        By default, upon subscription cancellation, Stripe will stop automatic
        collection of all finalized invoices for the customer. This is intended to
        prevent unexpected payment attempts after the customer has canceled a
        subscription. However, you can resume automatic collection of the invoices
        manually after subscription cancellation to have us proceed. Or, you could
        check for unpaid invoices before allowing the customer to cancel the
        subscription at all.

        Args:
            cancellation_details: Details about why this subscription was cancelled
            expand: Specifies which fields in the response should be expanded.
            invoice_now: Will generate a final invoice that invoices for any un-invoiced
                metered usage and new/pending proration invoice items.
            prorate: Will generate a proration invoice item that credits remaining
                unused time until the subscription period end.
        """
        path = f"/v1/subscriptions/{quote_path_param(subscription_exposed_id, 'subscription_exposed_id')}"
        params: dict[str, object] = {
            "cancellation_details": cancellation_details,
            "expand": expand,
            "invoice_now": invoice_now,
            "prorate": prorate,
        }
        response = await self._client.request(
            "DELETE",
            path,
            params,
            stripe_account=stripe_account,
        )
        return cast("Subscription", response)
