# Generated from Stripe's spec 2023-08-16 (eed9ac08); do not edit: `make generate`.
"""Actions on invoices: create, retrieve, list, finalize, send."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, cast

from typing_extensions import Required, TypedDict

from ._base import (
    AsyncBaseStripeClient,
    AsyncPage,
    BaseStripeClient,
    Page,
    quote_path_param,
)

if TYPE_CHECKING:
    from .types import Invoice


class InvoicesCreateParamsAutomaticTax(TypedDict, total=False):
    """The `automatic_tax` parameter of `invoices.create`.

    Settings for automatic tax lookup for this invoice.
    """

    enabled: Required[bool]


class InvoicesCreateParamsCustomFields(TypedDict, total=False):
    """The `custom_fields[]` parameter of `invoices.create`."""

    name: Required[str]
    value: Required[str]


class InvoicesCreateParamsDiscounts(TypedDict, total=False):
    """The `discounts[]` parameter of `invoices.create`."""

    coupon: str
    discount: str


class InvoicesCreateParamsFromInvoice(TypedDict, total=False):
    """The `from_invoice` parameter of `invoices.create`.

    Revise an existing invoice. The new invoice will be created in `status=draft`.
    See the [revision
    documentation](https://stripe.com/docs/invoicing/invoice-revisions) for more
    details.
    """

    action: Required[Literal["revision"]]
    invoice: Required[str]


class InvoicesCreateParamsPaymentSettings(TypedDict, total=False):
    """The `payment_settings` parameter of `invoices.create`.

    Configuration settings for the PaymentIntent that is generated when the invoice
    is finalized.
    """

    default_mandate: str | Literal[""]
    payment_method_options: InvoicesCreateParamsPaymentSettingsPaymentMethodOptions
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


class InvoicesCreateParamsPaymentSettingsPaymentMethodOptions(TypedDict, total=False):
    """The `payment_settings.payment_method_options` parameter of `invoices.create`."""

    acss_debit: (
        InvoicesCreateParamsPaymentSettingsPaymentMethodOptionsAcssDebit | Literal[""]
    )
    bancontact: (
        InvoicesCreateParamsPaymentSettingsPaymentMethodOptionsBancontact | Literal[""]
    )
    card: InvoicesCreateParamsPaymentSettingsPaymentMethodOptionsCard | Literal[""]
    customer_balance: (
        InvoicesCreateParamsPaymentSettingsPaymentMethodOptionsCustomerBalance
        | Literal[""]
    )
    konbini: Mapping[str, Any] | Literal[""]
    us_bank_account: (
        InvoicesCreateParamsPaymentSettingsPaymentMethodOptionsUsBankAccount
        | Literal[""]
    )


class InvoicesCreateParamsPaymentSettingsPaymentMethodOptionsAcssDebit(
    TypedDict, total=False
):
    """The `payment_settings.payment_method_options.acss_debit` parameter of
    `invoices.create`.
    """

    mandate_options: (
        InvoicesCreateParamsPaymentSettingsPaymentMethodOptionsAcssDebitMandateOptions
    )
    verification_method: Literal["automatic", "instant", "microdeposits"]


class InvoicesCreateParamsPaymentSettingsPaymentMethodOptionsAcssDebitMandateOptions(
    TypedDict, total=False
):
    """The `payment_settings.payment_method_options.acss_debit.mandate_options`
    parameter of `invoices.create`.
    """

    transaction_type: Literal["business", "personal"]


class InvoicesCreateParamsPaymentSettingsPaymentMethodOptionsBancontact(
    TypedDict, total=False
):
    """The `payment_settings.payment_method_options.bancontact` parameter of
    `invoices.create`.
    """

    preferred_language: Literal["de", "en", "fr", "nl"]


class InvoicesCreateParamsPaymentSettingsPaymentMethodOptionsCard(
    TypedDict, total=False
):
    """The `payment_settings.payment_method_options.card` parameter of
    `invoices.create`.
    """

    installments: (
        InvoicesCreateParamsPaymentSettingsPaymentMethodOptionsCardInstallments
    )
    request_three_d_secure: Literal["any", "automatic"]


class InvoicesCreateParamsPaymentSettingsPaymentMethodOptionsCardInstallments(
    TypedDict, total=False
):
    """The `payment_settings.payment_method_options.card.installments` parameter of
    `invoices.create`.
    """

    enabled: bool
    plan: (
        InvoicesCreateParamsPaymentSettingsPaymentMethodOptionsCardInstallmentsPlan
        | Literal[""]
    )


class InvoicesCreateParamsPaymentSettingsPaymentMethodOptionsCardInstallmentsPlan(
    TypedDict, total=False
):
    """The `payment_settings.payment_method_options.card.installments.plan` parameter of
    `invoices.create`.
    """

    count: Required[int]
    interval: Required[Literal["month"]]
    type: Required[Literal["fixed_count"]]


class InvoicesCreateParamsPaymentSettingsPaymentMethodOptionsCustomerBalance(
    TypedDict, total=False
):
    """The `payment_settings.payment_method_options.customer_balance` parameter of
    `invoices.create`.
    """

    bank_transfer: InvoicesCreateParamsPaymentSettingsPaymentMethodOptionsCustomerBalanceBankTransfer
    funding_type: str


class InvoicesCreateParamsPaymentSettingsPaymentMethodOptionsCustomerBalanceBankTransfer(
    TypedDict, total=False
):
    """The `payment_settings.payment_method_options.customer_balance.bank_transfer`
    parameter of `invoices.create`.
    """

    eu_bank_transfer: InvoicesCreateParamsPaymentSettingsPaymentMethodOptionsCustomerBalanceBankTransferEuBankTransfer
    type: str


class InvoicesCreateParamsPaymentSettingsPaymentMethodOptionsCustomerBalanceBankTransferEuBankTransfer(
    TypedDict, total=False
):
    """The
    `payment_settings.payment_method_options.customer_balance.bank_transfer.eu_bank_transfer`
    parameter of `invoices.create`.
    """

    country: Required[str]


class InvoicesCreateParamsPaymentSettingsPaymentMethodOptionsUsBankAccount(
    TypedDict, total=False
):
    """The `payment_settings.payment_method_options.us_bank_account` parameter of
    `invoices.create`.
    """

    financial_connections: InvoicesCreateParamsPaymentSettingsPaymentMethodOptionsUsBankAccountFinancialConnections
    verification_method: Literal["automatic", "instant", "microdeposits"]


class InvoicesCreateParamsPaymentSettingsPaymentMethodOptionsUsBankAccountFinancialConnections(
    TypedDict, total=False
):
    """The
    `payment_settings.payment_method_options.us_bank_account.financial_connections`
    parameter of `invoices.create`.
    """

    permissions: Sequence[
        Literal["balances", "ownership", "payment_method", "transactions"]
    ]
    prefetch: Sequence[Literal["balances"]]


class InvoicesCreateParamsRenderingOptions(TypedDict, total=False):
    """The `rendering_options` parameter of `invoices.create`."""

    amount_tax_display: Literal["", "exclude_tax", "include_inclusive_tax"]


class InvoicesCreateParamsShippingCost(TypedDict, total=False):
    """The `shipping_cost` parameter of `invoices.create`.

    Settings for the cost of shipping for this invoice.
    """

    shipping_rate: str
    shipping_rate_data: InvoicesCreateParamsShippingCostShippingRateData


class InvoicesCreateParamsShippingCostShippingRateData(TypedDict, total=False):
    """The `shipping_cost.shipping_rate_data` parameter of `invoices.create`."""

    delivery_estimate: InvoicesCreateParamsShippingCostShippingRateDataDeliveryEstimate
    display_name: Required[str]
    fixed_amount: InvoicesCreateParamsShippingCostShippingRateDataFixedAmount
    metadata: Mapping[str, str]
    tax_behavior: Literal["exclusive", "inclusive", "unspecified"]
    tax_code: str
    type: Literal["fixed_amount"]


class InvoicesCreateParamsShippingCostShippingRateDataDeliveryEstimate(
    TypedDict, total=False
):
    """The `shipping_cost.shipping_rate_data.delivery_estimate` parameter of
    `invoices.create`.
    """

    maximum: InvoicesCreateParamsShippingCostShippingRateDataDeliveryEstimateMaximum
    minimum: InvoicesCreateParamsShippingCostShippingRateDataDeliveryEstimateMinimum


class InvoicesCreateParamsShippingCostShippingRateDataDeliveryEstimateMaximum(
    TypedDict, total=False
):
    """The `shipping_cost.shipping_rate_data.delivery_estimate.maximum` parameter of
    `invoices.create`.
    """

    unit: Required[Literal["business_day", "day", "hour", "month", "week"]]
    value: Required[int]


class InvoicesCreateParamsShippingCostShippingRateDataDeliveryEstimateMinimum(
    TypedDict, total=False
):
    """The `shipping_cost.shipping_rate_data.delivery_estimate.minimum` parameter of
    `invoices.create`.
    """

    unit: Required[Literal["business_day", "day", "hour", "month", "week"]]
    value: Required[int]


class InvoicesCreateParamsShippingCostShippingRateDataFixedAmount(
    TypedDict, total=False
):
    """The `shipping_cost.shipping_rate_data.fixed_amount` parameter of
    `invoices.create`.
    """

    amount: Required[int]
    currency: Required[str]
    currency_options: Mapping[
        str,
        InvoicesCreateParamsShippingCostShippingRateDataFixedAmountCurrencyOptionsValue,
    ]


class InvoicesCreateParamsShippingCostShippingRateDataFixedAmountCurrencyOptionsValue(
    TypedDict, total=False
):
    """The `shipping_cost.shipping_rate_data.fixed_amount.currency_options[]` parameter
    of `invoices.create`.
    """

    amount: Required[int]
    tax_behavior: Literal["exclusive", "inclusive", "unspecified"]


class InvoicesCreateParamsShippingDetails(TypedDict, total=False):
    """The `shipping_details` parameter of `invoices.create`.

    Shipping details for the invoice. The Invoice PDF will use the `shipping_details`
    value if it is set, otherwise the PDF will render the shipping address from the
    customer.
    """

    address: Required[InvoicesCreateParamsShippingDetailsAddress]
    name: Required[str]
    phone: str | Literal[""]


class InvoicesCreateParamsShippingDetailsAddress(TypedDict, total=False):
    """The `shipping_details.address` parameter of `invoices.create`."""

    city: str
    country: str
    line1: str
    line2: str
    postal_code: str
    state: str


class InvoicesCreateParamsTransferData(TypedDict, total=False):
    """The `transfer_data` parameter of `invoices.create`.

    If specified, the funds from the invoice will be transferred to the destination
    and the ID of the resulting transfer will be found on the invoice's charge.
    """

    amount: int
    destination: Required[str]


class InvoicesListParamsCreated(TypedDict, total=False):
    """The `created` parameter of `invoices.list`."""

    gt: int
    gte: int
    lt: int
    lte: int


class InvoicesListParamsDueDate(TypedDict, total=False):
    """The `due_date` parameter of `invoices.list`."""

    gt: int
    gte: int
    lt: int
    lte: int


class Invoices:
    """``client.invoices``: create, retrieve, list, finalize, send."""

    def __init__(self, client: BaseStripeClient) -> None:
        self._client = client

    def create(
        self,
        *,
        account_tax_ids: Sequence[str] | Literal[""] | None = None,
        application_fee_amount: int | None = None,
        auto_advance: bool | None = None,
        automatic_tax: InvoicesCreateParamsAutomaticTax | None = None,
        collection_method: (
            Literal["charge_automatically", "send_invoice"] | None
        ) = None,
        currency: str | None = None,
        custom_fields: (
            Sequence[InvoicesCreateParamsCustomFields] | Literal[""] | None
        ) = None,
        customer: str | None = None,
        days_until_due: int | None = None,
        default_payment_method: str | None = None,
        default_source: str | None = None,
        default_tax_rates: Sequence[str] | None = None,
        description: str | None = None,
        discounts: Sequence[InvoicesCreateParamsDiscounts] | Literal[""] | None = None,
        due_date: int | None = None,
        effective_at: int | None = None,
        expand: Sequence[str] | None = None,
        footer: str | None = None,
        from_invoice: InvoicesCreateParamsFromInvoice | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        on_behalf_of: str | None = None,
        payment_settings: InvoicesCreateParamsPaymentSettings | None = None,
        pending_invoice_items_behavior: (
            Literal["exclude", "include", "include_and_require"] | None
        ) = None,
        rendering_options: (
            InvoicesCreateParamsRenderingOptions | Literal[""] | None
        ) = None,
        shipping_cost: InvoicesCreateParamsShippingCost | None = None,
        shipping_details: InvoicesCreateParamsShippingDetails | None = None,
        statement_descriptor: str | None = None,
        subscription: str | None = None,
        transfer_data: InvoicesCreateParamsTransferData | None = None,
        idempotency_key: str | None = None,
        stripe_account: str | None = None,
    ) -> Invoice:
        """Create an invoice.

        This endpoint creates a draft invoice for a given customer. The invoice
        remains a draft until you finalize the invoice, which allows you to pay or
        send the invoice to your customers.

        Args:
            account_tax_ids: The account tax IDs associated with the invoice. Only
                editable when the invoice is a draft.
            application_fee_amount: A fee in cents (or local equivalent) that will be
                applied to the invoice and transferred to the application owner's Stripe
                account. The request must be made with an OAuth key or the
                Stripe-Account header in order to take an application fee. For more
                information, see the application fees
                [documentation](https://stripe.com/docs/billing/invoices/connect#collecting-fees).
            auto_advance: Controls whether Stripe performs [automatic
                collection](https://stripe.com/docs/invoicing/integration/automatic-advancement-collection)
                of the invoice. If `false`, the invoice's state doesn't automatically
                advance without an explicit action.
            automatic_tax: Settings for automatic tax lookup for this invoice.
            collection_method: Either `charge_automatically`, or `send_invoice`. When
                charging automatically, Stripe will attempt to pay this invoice using
                the default source attached to the customer. When sending an invoice,
                Stripe will email this invoice to the customer with payment
                instructions. Defaults to `charge_automatically`.
            currency: The currency to create this invoice in. Defaults to that of
                `customer` if not specified.
            custom_fields: A list of up to 4 custom fields to be displayed on the
                invoice.
            customer: The ID of the customer who will be billed.
            days_until_due: The number of days from when the invoice is created until it
                is due. Valid only for invoices where `collection_method=send_invoice`.
            default_payment_method: ID of the default payment method for the invoice. It
                must belong to the customer associated with the invoice. If not set,
                defaults to the subscription's default payment method, if any, or to the
                default payment method in the customer's invoice settings.
            default_source: ID of the default payment source for the invoice. It must
                belong to the customer associated with the invoice and be in a
                chargeable state. If not set, defaults to the subscription's default
                source, if any, or to the customer's default source.
            default_tax_rates: The tax rates that will apply to any line item that does
                not have `tax_rates` set.
            description: An arbitrary string attached to the object. Often useful for
                displaying to users. Referenced as 'memo' in the Dashboard.
            discounts: The coupons to redeem into discounts for the invoice. If not
                specified, inherits the discount from the invoice's customer. Pass an
                empty string to avoid inheriting any discounts.
            due_date: The date on which payment for this invoice is due. Valid only for
                invoices where `collection_method=send_invoice`.
            effective_at: The date when this invoice is in effect. Same as
                `finalized_at` unless overwritten. When defined, this value replaces the
                system-generated 'Date of issue' printed on the invoice PDF and receipt.
            expand: Specifies which fields in the response should be expanded.
            footer: Footer to be displayed on the invoice.
            from_invoice: Revise an existing invoice. The new invoice will be created in
                `status=draft`. See the [revision
                documentation](https://stripe.com/docs/invoicing/invoice-revisions) for
                more details.
            metadata: Set of [key-value pairs](https://stripe.com/docs/api/metadata)
                that you can attach to an object. This can be useful for storing
                additional information about the object in a structured format.
                Individual keys can be unset by posting an empty value to them. All keys
                can be unset by posting an empty value to `metadata`.
            on_behalf_of: The account (if any) for which the funds of the invoice
                payment are intended. If set, the invoice will be presented with the
                branding and support information of the specified account. See the
                [Invoices with
                Connect](https://stripe.com/docs/billing/invoices/connect) documentation
                for details.
            payment_settings: Configuration settings for the PaymentIntent that is
                generated when the invoice is finalized.
            pending_invoice_items_behavior: How to handle pending invoice items on
                invoice creation. One of `include` or `exclude`. `include` will include
                any pending invoice items, and will create an empty draft invoice if no
                pending invoice items exist. `exclude` will always create an empty
                invoice draft regardless if there are pending invoice items or not.
                Defaults to `exclude` if the parameter is omitted.
            rendering_options: Options for invoice PDF rendering.
            shipping_cost: Settings for the cost of shipping for this invoice.
            shipping_details: Shipping details for the invoice. The Invoice PDF will use
                the `shipping_details` value if it is set, otherwise the PDF will render
                the shipping address from the customer.
            statement_descriptor: Extra information about a charge for the customer's
                credit card statement. It must contain at least one letter. If not
                specified and this invoice is part of a subscription, the default
                `statement_descriptor` will be set to the first subscription item's
                product's `statement_descriptor`.
            subscription: The ID of the subscription to invoice, if any. If set, the
                created invoice will only include pending invoice items for that
                subscription. The subscription's billing cycle and regular subscription
                events won't be affected.
            transfer_data: If specified, the funds from the invoice will be transferred
                to the destination and the ID of the resulting transfer will be found on
                the invoice's charge.
        """
        path = "/v1/invoices"
        params: dict[str, object] = {
            "account_tax_ids": account_tax_ids,
            "application_fee_amount": application_fee_amount,
            "auto_advance": auto_advance,
            "automatic_tax": automatic_tax,
            "collection_method": collection_method,
            "currency": currency,
            "custom_fields": custom_fields,
            "customer": customer,
            "days_until_due": days_until_due,
            "default_payment_method": default_payment_method,
            "default_source": default_source,
            "default_tax_rates": default_tax_rates,
            "description": description,
            "discounts": discounts,
            "due_date": due_date,
            "effective_at": effective_at,
            "expand": expand,
            "footer": footer,
            "from_invoice": from_invoice,
            "metadata": metadata,
            "on_behalf_of": on_behalf_of,
            "payment_settings": payment_settings,
            "pending_invoice_items_behavior": pending_invoice_items_behavior,
            "rendering_options": rendering_options,
            "shipping_cost": shipping_cost,
            "shipping_details": shipping_details,
            "statement_descriptor": statement_descriptor,
            "subscription": subscription,
            "transfer_data": transfer_data,
        }
        response = self._client.request(
            "POST",
            path,
            params,
            idempotency_key=idempotency_key,
            stripe_account=stripe_account,
            emptyable=(
                "account_tax_ids",
                "custom_fields",
                "discounts",
                "payment_settings.payment_method_types",
            ),
            integers=(
                "application_fee_amount",
                "days_until_due",
                "due_date",
                "effective_at",
                "payment_settings.payment_method_options.card.installments.plan.count",
                "shipping_cost.shipping_rate_data.delivery_estimate.maximum.value",
                "shipping_cost.shipping_rate_data.delivery_estimate.minimum.value",
                "shipping_cost.shipping_rate_data.fixed_amount.amount",
                "shipping_cost.shipping_rate_data.fixed_amount.currency_options.*.amount",
                "transfer_data.amount",
            ),
        )
        return cast("Invoice", response)

    def retrieve(
        self,
        invoice: str,
        *,
        expand: Sequence[str] | None = None,
        stripe_account: str | None = None,
    ) -> Invoice:
        """Retrieve an invoice.

        Retrieves the invoice with the given ID.

        Args:
            expand: Specifies which fields in the response should be expanded.
        """
        path = f"/v1/invoices/{quote_path_param(invoice, 'invoice')}"
        params: dict[str, object] = {
            "expand": expand,
        }
        response = self._client.request(
            "GET",
            path,
            params,
            stripe_account=stripe_account,
        )
        return cast("Invoice", response)

    def list(
        self,
        *,
        collection_method: (
            Literal["charge_automatically", "send_invoice"] | None
        ) = None,
        created: InvoicesListParamsCreated | int | None = None,
        customer: str | None = None,
        due_date: InvoicesListParamsDueDate | int | None = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        status: Literal["draft", "open", "paid", "uncollectible", "void"] | None = None,
        subscription: str | None = None,
        stripe_account: str | None = None,
    ) -> Page[Invoice]:
        """Retrieve all invoices.

        You can list all invoices, or list the invoices for a specific customer. The
        invoices are returned sorted by creation date, with the most recently created
        invoices appearing first.

        Args:
            collection_method: The collection method of the invoice to retrieve. Either
                `charge_automatically` or `send_invoice`.
            customer: Only return invoices for the customer specified by this customer
                ID.
            ending_before: A cursor for use in pagination. `ending_before` is an object
                ID that defines your place in the list. For instance, if you make a list
                request and receive 100 objects, starting with `obj_bar`, your
                subsequent call can include `ending_before=obj_bar` in order to fetch
                the previous page of the list.
            expand: Specifies which fields in the response should be expanded.
            limit: A limit on the number of objects to be returned. Limit can range
                between 1 and 100, and the default is 10.
            starting_after: A cursor for use in pagination. `starting_after` is an
                object ID that defines your place in the list. For instance, if you make
                a list request and receive 100 objects, ending with `obj_foo`, your
                subsequent call can include `starting_after=obj_foo` in order to fetch
                the next page of the list.
            status: The status of the invoice, one of `draft`, `open`, `paid`,
                `uncollectible`, or `void`. [Learn
                more](https://stripe.com/docs/billing/invoices/workflow#workflow-overview)
            subscription: Only return invoices for the subscription specified by this
                subscription ID.
        """
        path = "/v1/invoices"
        params: dict[str, object] = {
            "collection_method": collection_method,
            "created": created,
            "customer": customer,
            "due_date": due_date,
            "ending_before": ending_before,
            "expand": expand,
            "limit": limit,
            "starting_after": starting_after,
            "status": status,
            "subscription": subscription,
        }
        return self._client.request_page(
            "GET",
            path,
            params,
            stripe_account=stripe_account,
            integers=(
                "created",
                "created.gt",
                "created.gte",
                "created.lt",
                "created.lte",
                "due_date",
                "due_date.gt",
                "due_date.gte",
                "due_date.lt",
                "due_date.lte",
                "limit",
            ),
        )

    def finalize(
        self,
        invoice: str,
        *,
        auto_advance: bool | None = None,
        expand: Sequence[str] | None = None,
        idempotency_key: str | None = None,
        stripe_account: str | None = None,
    ) -> Invoice:
        """Finalize an invoice.

        Stripe automatically finalizes drafts before sending and attempting payment
        on invoices. However, if you’d like to finalize a draft invoice manually, you
        can do so using this method.

        Args:
            auto_advance: Controls whether Stripe performs [automatic
                collection](https://stripe.com/docs/invoicing/integration/automatic-advancement-collection)
                of the invoice. If `false`, the invoice's state doesn't automatically
                advance without an explicit action.
            expand: Specifies which fields in the response should be expanded.
        """
        path = f"/v1/invoices/{quote_path_param(invoice, 'invoice')}/finalize"
        params: dict[str, object] = {
            "auto_advance": auto_advance,
            "expand": expand,
        }
        response = self._client.request(
            "POST",
            path,
            params,
            idempotency_key=idempotency_key,
            stripe_account=stripe_account,
        )
        return cast("Invoice", response)

    def send(
        self,
        invoice: str,
        *,
        expand: Sequence[str] | None = None,
        idempotency_key: str | None = None,
        stripe_account: str | None = None,
    ) -> Invoice:
        """Send an invoice.

        Stripe will automatically send invoices to customers according to your
        subscriptions settings. However, if you’d like to manually send an invoice to
        your customer out of the normal schedule, you can do so. When sending
        invoices that have already been paid, there will be no reference to the
        payment in the email.

        Requests made in test-mode result in no emails being sent, despite sending an
        invoice.sent event.

        Args:
            expand: Specifies which fields in the response should be expanded.
        """
        path = f"/v1/invoices/{quote_path_param(invoice, 'invoice')}/send"
        params: dict[str, object] = {
            "expand": expand,
        }
        response = self._client.request(
            "POST",
            path,
            params,
            idempotency_key=idempotency_key,
            stripe_account=stripe_account,
        )
        return cast("Invoice", response)


class AsyncInvoices:
    """``client.invoices`` on the async client: create, retrieve, list, finalize, send."""

    def __init__(self, client: AsyncBaseStripeClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        account_tax_ids: Sequence[str] | Literal[""] | None = None,
        application_fee_amount: int | None = None,
        auto_advance: bool | None = None,
        automatic_tax: InvoicesCreateParamsAutomaticTax | None = None,
        collection_method: (
            Literal["charge_automatically", "send_invoice"] | None
        ) = None,
        currency: str | None = None,
        custom_fields: (
            Sequence[InvoicesCreateParamsCustomFields] | Literal[""] | None
        ) = None,
        customer: str | None = None,
        days_until_due: int | None = None,
        default_payment_method: str | None = None,
        default_source: str | None = None,
        default_tax_rates: Sequence[str] | None = None,
        description: str | None = None,
        discounts: Sequence[InvoicesCreateParamsDiscounts] | Literal[""] | None = None,
        due_date: int | None = None,
        effective_at: int | None = None,
        expand: Sequence[str] | None = None,
        footer: str | None = None,
        from_invoice: InvoicesCreateParamsFromInvoice | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        on_behalf_of: str | None = None,
        payment_settings: InvoicesCreateParamsPaymentSettings | None = None,
        pending_invoice_items_behavior: (
            Literal["exclude", "include", "include_and_require"] | None
        ) = None,
        rendering_options: (
            InvoicesCreateParamsRenderingOptions | Literal[""] | None
        ) = None,
        shipping_cost: InvoicesCreateParamsShippingCost | None = None,
        shipping_details: InvoicesCreateParamsShippingDetails | None = None,
        statement_descriptor: str | None = None,
        subscription: str | None = None,
        transfer_data: InvoicesCreateParamsTransferData | None = None,
        idempotency_key: str | None = None,
        stripe_account: str | None = None,
    ) -> Invoice:
        """Create an invoice.

        This endpoint creates a draft invoice for a given customer. The invoice
        remains a draft until you finalize the invoice, which allows you to pay or
        send the invoice to your customers.

        Args:
            account_tax_ids: The account tax IDs associated with the invoice. Only
                editable when the invoice is a draft.
            application_fee_amount: A fee in cents (or local equivalent) that will be
                applied to the invoice and transferred to the application owner's Stripe
                account. The request must be made with an OAuth key or the
                Stripe-Account header in order to take an application fee. For more
                information, see the application fees
                [documentation](https://stripe.com/docs/billing/invoices/connect#collecting-fees).
            auto_advance: Controls whether Stripe performs [automatic
                collection](https://stripe.com/docs/invoicing/integration/automatic-advancement-collection)
                of the invoice. If `false`, the invoice's state doesn't automatically
                advance without an explicit action.
            automatic_tax: Settings for automatic tax lookup for this invoice.
            collection_method: Either `charge_automatically`, or `send_invoice`. When
                charging automatically, Stripe will attempt to pay this invoice using
                the default source attached to the customer. When sending an invoice,
                Stripe will email this invoice to the customer with payment
                instructions. Defaults to `charge_automatically`.
            currency: The currency to create this invoice in. Defaults to that of
                `customer` if not specified.
            custom_fields: A list of up to 4 custom fields to be displayed on the
                invoice.
            customer: The ID of the customer who will be billed.
            days_until_due: The number of days from when the invoice is created until it
                is due. Valid only for invoices where `collection_method=send_invoice`.
            default_payment_method: ID of the default payment method for the invoice. It
                must belong to the customer associated with the invoice. If not set,
                defaults to the subscription's default payment method, if any, or to the
                default payment method in the customer's invoice settings.
            default_source: ID of the default payment source for the invoice. It must
                belong to the customer associated with the invoice and be in a
                chargeable state. If not set, defaults to the subscription's default
                source, if any, or to the customer's default source.
            default_tax_rates: The tax rates that will apply to any line item that does
                not have `tax_rates` set.
            description: An arbitrary string attached to the object. Often useful for
                displaying to users. Referenced as 'memo' in the Dashboard.
            discounts: The coupons to redeem into discounts for the invoice. If not
                specified, inherits the discount from the invoice's customer. Pass an
                empty string to avoid inheriting any discounts.
            due_date: The date on which payment for this invoice is due. Valid only for
                invoices where `collection_method=send_invoice`.
            effective_at: The date when this invoice is in effect. Same as
                `finalized_at` unless overwritten. When defined, this value replaces the
                system-generated 'Date of issue' printed on the invoice PDF and receipt.
            expand: Specifies which fields in the response should be expanded.
            footer: Footer to be displayed on the invoice.
            from_invoice: Revise an existing invoice. The new invoice will be created in
                `status=draft`. See the [revision
                documentation](https://stripe.com/docs/invoicing/invoice-revisions) for
                more details.
            metadata: Set of [key-value pairs](https://stripe.com/docs/api/metadata)
                that you can attach to an object. This can be useful for storing
                additional information about the object in a structured format.
                Individual keys can be unset by posting an empty value to them. All keys
                can be unset by posting an empty value to `metadata`.
            on_behalf_of: The account (if any) for which the funds of the invoice
                payment are intended. If set, the invoice will be presented with the
                branding and support information of the specified account. See the
                [Invoices with
                Connect](https://stripe.com/docs/billing/invoices/connect) documentation
                for details.
            payment_settings: Configuration settings for the PaymentIntent that is
                generated when the invoice is finalized.
            pending_invoice_items_behavior: How to handle pending invoice items on
                invoice creation. One of `include` or `exclude`. `include` will include
                any pending invoice items, and will create an empty draft invoice if no
                pending invoice items exist. `exclude` will always create an empty
                invoice draft regardless if there are pending invoice items or not.
                Defaults to `exclude` if the parameter is omitted.
            rendering_options: Options for invoice PDF rendering.
            shipping_cost: Settings for the cost of shipping for this invoice.
            shipping_details: Shipping details for the invoice. The Invoice PDF will use
                the `shipping_details` value if it is set, otherwise the PDF will render
                the shipping address from the customer.
            statement_descriptor: Extra information about a charge for the customer's
                credit card statement. It must contain at least one letter. If not
                specified and this invoice is part of a subscription, the default
                `statement_descriptor` will be set to the first subscription item's
                product's `statement_descriptor`.
            subscription: The ID of the subscription to invoice, if any. If set, the
                created invoice will only include pending invoice items for that
                subscription. The subscription's billing cycle and regular subscription
                events won't be affected.
            transfer_data: If specified, the funds from the invoice will be transferred
                to the destination and the ID of the resulting transfer will be found on
                the invoice's charge.
        """
        path = "/v1/invoices"
        params: dict[str, object] = {
            "account_tax_ids": account_tax_ids,
            "application_fee_amount": application_fee_amount,
            "auto_advance": auto_advance,
            "automatic_tax": automatic_tax,
            "collection_method": collection_method,
            "currency": currency,
            "custom_fields": custom_fields,
            "customer": customer,
            "days_until_due": days_until_due,
            "default_payment_method": default_payment_method,
            "default_source": default_source,
            "default_tax_rates": default_tax_rates,
            "description": description,
            "discounts": discounts,
            "due_date": due_date,
            "effective_at": effective_at,
            "expand": expand,
            "footer": footer,
            "from_invoice": from_invoice,
            "metadata": metadata,
            "on_behalf_of": on_behalf_of,
            "payment_settings": payment_settings,
            "pending_invoice_items_behavior": pending_invoice_items_behavior,
            "rendering_options": rendering_options,
            "shipping_cost": shipping_cost,
            "shipping_details": shipping_details,
            "statement_descriptor": statement_descriptor,
            "subscription": subscription,
            "transfer_data": transfer_data,
        }
        response = await self._client.request(
            "POST",
            path,
            params,
            idempotency_key=idempotency_key,
            stripe_account=stripe_account,
            emptyable=(
                "account_tax_ids",
                "custom_fields",
                "discounts",
                "payment_settings.payment_method_types",
            ),
            integers=(
                "application_fee_amount",
                "days_until_due",
                "due_date",
                "effective_at",
                "payment_settings.payment_method_options.card.installments.plan.count",
                "shipping_cost.shipping_rate_data.delivery_estimate.maximum.value",
                "shipping_cost.shipping_rate_data.delivery_estimate.minimum.value",
                "shipping_cost.shipping_rate_data.fixed_amount.amount",
                "shipping_cost.shipping_rate_data.fixed_amount.currency_options.*.amount",
                "transfer_data.amount",
            ),
        )
        return cast("Invoice", response)

    async def retrieve(
        self,
        invoice: str,
        *,
        expand: Sequence[str] | None = None,
        stripe_account: str | None = None,
    ) -> Invoice:
        """Retrieve an invoice.

        Retrieves the invoice with the given ID.

        Args:
            expand: Specifies which fields in the response should be expanded.
        """
        path = f"/v1/invoices/{quote_path_param(invoice, 'invoice')}"
        params: dict[str, object] = {
            "expand": expand,
        }
        response = await self._client.request(
            "GET",
            path,
            params,
            stripe_account=stripe_account,
        )
        return cast("Invoice", response)

    async def list(
        self,
        *,
        collection_method: (
            Literal["charge_automatically", "send_invoice"] | None
        ) = None,
        created: InvoicesListParamsCreated | int | None = None,
        customer: str | None = None,
        due_date: InvoicesListParamsDueDate | int | None = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        status: Literal["draft", "open", "paid", "uncollectible", "void"] | None = None,
        subscription: str | None = None,
        stripe_account: str | None = None,
    ) -> AsyncPage[Invoice]:
        """Retrieve all invoices.

        You can list all invoices, or list the invoices for a specific customer. The
        invoices are returned sorted by creation date, with the most recently created
        invoices appearing first.

        Args:
            collection_method: The collection method of the invoice to retrieve. Either
                `charge_automatically` or `send_invoice`.
            customer: Only return invoices for the customer specified by this customer
                ID.
            ending_before: A cursor for use in pagination. `ending_before` is an object
                ID that defines your place in the list. For instance, if you make a list
                request and receive 100 objects, starting with `obj_bar`, your
                subsequent call can include `ending_before=obj_bar` in order to fetch
                the previous page of the list.
            expand: Specifies which fields in the response should be expanded.
            limit: A limit on the number of objects to be returned. Limit can range
                between 1 and 100, and the default is 10.
            starting_after: A cursor for use in pagination. `starting_after` is an
                object ID that defines your place in the list. For instance, if you make
                a list request and receive 100 objects, ending with `obj_foo`, your
                subsequent call can include `starting_after=obj_foo` in order to fetch
                the next page of the list.
            status: The status of the invoice, one of `draft`, `open`, `paid`,
                `uncollectible`, or `void`. [Learn
                more](https://stripe.com/docs/billing/invoices/workflow#workflow-overview)
            subscription: Only return invoices for the subscription specified by this
                subscription ID.
        """
        path = "/v1/invoices"
        params: dict[str, object] = {
            "collection_method": collection_method,
            "created": created,
            "customer": customer,
            "due_date": due_date,
            "ending_before": ending_before,
            "expand": expand,
            "limit": limit,
            "starting_after": starting_after,
            "status": status,
            "subscription": subscription,
        }
        return await self._client.request_page(
            "GET",
            path,
            params,
            stripe_account=stripe_account,
            integers=(
                "created",
                "created.gt",
                "created.gte",
                "created.lt",
                "created.lte",
                "due_date",
                "due_date.gt",
                "due_date.gte",
                "due_date.lt",
                "due_date.lte",
                "limit",
            ),
        )

    async def finalize(
        self,
        invoice: str,
        *,
        auto_advance: bool | None = None,
        expand: Sequence[str] | None = None,
        idempotency_key: str | None = None,
        stripe_account: str | None = None,
    ) -> Invoice:
        """Finalize an invoice.

        Stripe automatically finalizes drafts before sending and attempting payment
        on invoices. However, if you’d like to finalize a draft invoice manually, you
        can do so using this method.

        Args:
            auto_advance: Controls whether Stripe performs [automatic
                collection](https://stripe.com/docs/invoicing/integration/automatic-advancement-collection)
                of the invoice. If `false`, the invoice's state doesn't automatically
                advance without an explicit action.
            expand: Specifies which fields in the response should be expanded.
        """
        path = f"/v1/invoices/{quote_path_param(invoice, 'invoice')}/finalize"
        params: dict[str, object] = {
            "auto_advance": auto_advance,
            "expand": expand,
        }
        response = await self._client.request(
            "POST",
            path,
            params,
            idempotency_key=idempotency_key,
            stripe_account=stripe_account,
        )
        return cast("Invoice", response)

    async def send(
        self,
        invoice: str,
        *,
        expand: Sequence[str] | None = None,
        idempotency_key: str | None = None,
        stripe_account: str | None = None,
    ) -> Invoice:
        """Send an invoice.

        Stripe will automatically send invoices to customers according to your
        subscriptions settings. However, if you’d like to manually send an invoice to
        your customer out of the normal schedule, you can do so. When sending
        invoices that have already been paid, there will be no reference to the
        payment in the email.

        Requests made in test-mode result in no emails being sent, despite sending an
        invoice.sent event.

        Args:
            expand: Specifies which fields in the response should be expanded.
        """
        path = f"/v1/invoices/{quote_path_param(invoice, 'invoice')}/send"
        params: dict[str, object] = {
            "expand": expand,
        }
        response = await self._client.request(
            "POST",
            path,
            params,
            idempotency_key=idempotency_key,
            stripe_account=stripe_account,
        )
        return cast("Invoice", response)
