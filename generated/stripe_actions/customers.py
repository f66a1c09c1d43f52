# Generated from Stripe's spec 2023-08-16 (eed9ac08); do not edit: `make generate`.
"""Actions on customers: create, retrieve, list, update, delete."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Literal, cast

from typing_extensions import Required, TypedDict

from ._base import (
    AsyncBaseStripeClient,
    AsyncPage,
    BaseStripeClient,
    Page,
    quote_path_param,
)

if TYPE_CHECKING:
    from .types import Customer, DeletedCustomer


class CustomersCreateParamsAddress(TypedDict, total=False):
    """The `address` parameter of `customers.create`."""

    city: str
    country: str
    line1: str
    line2: str
    postal_code: str
    state: str


class CustomersCreateParamsCashBalance(TypedDict, total=False):
    """The `cash_balance` parameter of `customers.create`.

    Balance information and default balance settings for this customer.
    """

    settings: CustomersCreateParamsCashBalanceSettings


class CustomersCreateParamsCashBalanceSettings(TypedDict, total=False):
    """The `cash_balance.settings` parameter of `customers.create`."""

    reconciliation_mode: Literal["automatic", "manual", "merchant_default"]


class CustomersCreateParamsInvoiceSettings(TypedDict, total=False):
    """The `invoice_settings` parameter of `customers.create`.

    Default invoice settings for this customer.
    """

    custom_fields: (
        Sequence[CustomersCreateParamsInvoiceSettingsCustomFields] | Literal[""]
    )
    default_payment_method: str
    footer: str
    rendering_options: (
        CustomersCreateParamsInvoiceSettingsRenderingOptions | Literal[""]
    )


class CustomersCreateParamsInvoiceSettingsCustomFields(TypedDict, total=False):
    """The `invoice_settings.custom_fields[]` parameter of `customers.create`."""

    name: Required[str]
    value: Required[str]


class CustomersCreateParamsInvoiceSettingsRenderingOptions(TypedDict, total=False):
    """The `invoice_settings.rendering_options` parameter of `customers.create`."""

    amount_tax_display: Literal["", "exclude_tax", "include_inclusive_tax"]


class CustomersCreateParamsShipping(TypedDict, total=False):
    """The `shipping` parameter of `customers.create`."""

    address: Required[CustomersCreateParamsShippingAddress]
    name: Required[str]
    phone: str


class CustomersCreateParamsShippingAddress(TypedDict, total=False):
    """The `shipping.address` parameter of `customers.create`."""

    city: str
    country: str
    line1: str
    line2: str
    postal_code: str
    state: str


class CustomersCreateParamsTax(TypedDict, total=False):
    """The `tax` parameter of `customers.create`.

    Tax details about the customer.
    """

    ip_address: str | Literal[""]


class CustomersCreateParamsTaxIdData(TypedDict, total=False):
    """The `tax_id_data[]` parameter of `customers.create`."""

    type: Required[
        Literal[
            "ad_nrt",
            "ae_trn",
            "ar_cuit",
            "au_abn",
            "au_arn",
            "bg_uic",
            "bo_tin",
            "br_cnpj",
            "br_cpf",
            "ca_bn",
            "ca_gst_hst",
            "ca_pst_bc",
            "ca_pst_mb",
            "ca_pst_sk",
            "ca_qst",
            "ch_vat",
            "cl_tin",
            "cn_tin",
            "co_nit",
            "cr_tin",
            "do_rcn",
            "ec_ruc",
            "eg_tin",
            "es_cif",
            "eu_oss_vat",
            "eu_vat",
            "gb_vat",
            "ge_vat",
            "hk_br",
            "hu_tin",
            "id_npwp",
            "il_vat",
            "in_gst",
            "is_vat",
            "jp_cn",
            "jp_rn",
            "jp_trn",
            "ke_pin",
            "kr_brn",
            "li_uid",
            "mx_rfc",
            "my_frp",
            "my_itn",
            "my_sst",
            "no_vat",
            "nz_gst",
            "pe_ruc",
            "ph_tin",
            "ro_tin",
            "rs_pib",
            "ru_inn",
            "ru_kpp",
            "sa_vat",
            "sg_gst",
            "sg_uen",
            "si_tin",
            "sv_nit",
            "th_vat",
            "tr_tin",
            "tw_vat",
            "ua_vat",
            "us_ein",
            "uy_ruc",
            "ve_rif",
            "vn_tin",
            "za_vat",
        ]
    ]
    value: Required[str]


class CustomersListParamsCreated(TypedDict, total=False):
    """The `created` parameter of `customers.list`."""

    gt: int
    gte: int
    lt: int
    lte: int


class CustomersUpdateParamsAddress(TypedDict, total=False):
    """The `address` parameter of `customers.update`."""

    city: str
    country: str
    line1: str
    line2: str
    postal_code: str
    state: str


class CustomersUpdateParamsBankAccount(TypedDict, total=False):
    """The `bank_account` parameter of `customers.update`."""

    account_holder_name: str
    account_holder_type: Literal["company", "individual"]
    account_number: Required[str]
    country: Required[str]
    currency: str
    object: Literal["bank_account"]
    routing_number: str


class CustomersUpdateParamsCard(TypedDict, total=False):
    """The `card` parameter of `customers.update`."""

    address_city: str
    address_country: str
    address_line1: str
    address_line2: str
    address_state: str
    address_zip: str
    cvc: str
    exp_month: Required[int]
    exp_year: Required[int]
    metadata: Mapping[str, str]
    name: str
    number: Required[str]
    object: Literal["card"]


class CustomersUpdateParamsCashBalance(TypedDict, total=False):
    """The `cash_balance` parameter of `customers.update`.

    Balance information and default balance settings for this customer.
    """

    settings: CustomersUpdateParamsCashBalanceSettings


class CustomersUpdateParamsCashBalanceSettings(TypedDict, total=False):
    """The `cash_balance.settings` parameter of `customers.update`."""

    reconciliation_mode: Literal["automatic", "manual", "merchant_default"]


class CustomersUpdateParamsInvoiceSettings(TypedDict, total=False):
    """The `invoice_settings` parameter of `customers.update`.

    Default invoice settings for this customer.
    """

    custom_fields: (
        Sequence[CustomersUpdateParamsInvoiceSettingsCustomFields] | Literal[""]
    )
    default_payment_method: str
    footer: str
    rendering_options: (
        CustomersUpdateParamsInvoiceSettingsRenderingOptions | Literal[""]
    )


class CustomersUpdateParamsInvoiceSettingsCustomFields(TypedDict, total=False):
    """The `invoice_settings.custom_fields[]` parameter of `customers.update`."""

    name: Required[str]
    value: Required[str]


class CustomersUpdateParamsInvoiceSettingsRenderingOptions(TypedDict, total=False):
    """The `invoice_settings.rendering_options` parameter of `customers.update`."""

    amount_tax_display: Literal["", "exclude_tax", "include_inclusive_tax"]


class CustomersUpdateParamsShipping(TypedDict, total=False):
    """The `shipping` parameter of `customers.update`."""

    address: Required[CustomersUpdateParamsShippingAddress]
    name: Required[str]
    phone: str


class CustomersUpdateParamsShippingAddress(TypedDict, total=False):
    """The `shipping.address` parameter of `customers.update`."""

    city: str
    country: str
    line1: str
    line2: str
    postal_code: str
    state: str


class CustomersUpdateParamsTax(TypedDict, total=False):
    """The `tax` parameter of `customers.update`.

    Tax details about the customer.
    """

    ip_address: str | Literal[""]


class Customers:
    """``client.customers``: create, retrieve, list, update, delete."""

    def __init__(self, client: BaseStripeClient) -> None:
        self._client = client

    def create(
        self,
        *,
        address: CustomersCreateParamsAddress | Literal[""] | None = None,
        balance: int | None = None,
        cash_balance: CustomersCreateParamsCashBalance | None = None,
        coupon: str | None = None,
        description: str | None = None,
        email: str | None = None,
        expand: Sequence[str] | None = None,
        invoice_prefix: str | None = None,
        invoice_settings: CustomersCreateParamsInvoiceSettings | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        name: str | None = None,
        next_invoice_sequence: int | None = None,
        payment_method: str | None = None,
        phone: str | None = None,
        preferred_locales: Sequence[str] | None = None,
        promotion_code: str | None = None,
        shipping: CustomersCreateParamsShipping | Literal[""] | None = None,
        source: str | None = None,
        tax: CustomersCreateParamsTax | None = None,
        tax_exempt: Literal["", "exempt", "none", "reverse"] | None = None,
        tax_id_data: Sequence[CustomersCreateParamsTaxIdData] | None = None,
        test_clock: str | None = None,
        idempotency_key: str | None = None,
        stripe_account: str | None = None,
    ) -> Customer:
        """Create a customer.

        Creates a new customer object.

        Args:
            address: The customer's address.
            balance: An integer amount in cents (or local equivalent) that represents
                the customer's current balance, which affect the customer's future
                invoices. A negative amount represents a credit that decreases the
                amount due on an invoice; a positive amount increases the amount due on
                an invoice.
            cash_balance: Balance information and default balance settings for this
                customer.
            description: An arbitrary string that you can attach to a customer object.
                It is displayed alongside the customer in the dashboard.
            email: Customer's email address. It's displayed alongside the customer in
                your dashboard and can be useful for searching and tracking. This may be
                up to *512 characters*.
            expand: Specifies which fields in the response should be expanded.
            invoice_prefix: The prefix for the customer used to generate unique invoice
                numbers. Must be 3–12 uppercase letters or numbers.
            invoice_settings: Default invoice settings for this customer.
            metadata: Set of [key-value pairs](https://stripe.com/docs/api/metadata)
                that you can attach to an object. This can be useful for storing
                additional information about the object in a structured format.
                Individual keys can be unset by posting an empty value to them. All keys
                can be unset by posting an empty value to `metadata`.
            name: The customer's full name or business name.
            next_invoice_sequence: The sequence to be used on the customer's next
                invoice. Defaults to 1.
            phone: The customer's phone number.
            preferred_locales: Customer's preferred languages, ordered by preference.
            promotion_code: The API ID of a promotion code to apply to the customer. The
                customer will have a discount applied on all recurring payments. Charges
                you create through the API will not have the discount.
            shipping: The customer's shipping information. Appears on invoices emailed
                to this customer.
            tax: Tax details about the customer.
            tax_exempt: The customer's tax exemption. One of `none`, `exempt`, or
                `reverse`.
            tax_id_data: The customer's tax IDs.
            test_clock: ID of the test clock to attach to the customer.
        """
        path = "/v1/customers"
        params: dict[str, object] = {
            "address": address,
            "balance": balance,
            "cash_balance": cash_balance,
            "coupon": coupon,
            "description": description,
            "email": email,
            "expand": expand,
            "invoice_prefix": invoice_prefix,
            "invoice_settings": invoice_settings,
            "metadata": metadata,
            "name": name,
            "next_invoice_sequence": next_invoice_sequence,
            "payment_method": payment_method,
            "phone": phone,
            "preferred_locales": preferred_locales,
            "promotion_code": promotion_code,
            "shipping": shipping,
            "source": source,
            "tax": tax,
            "tax_exempt": tax_exempt,
            "tax_id_data": tax_id_data,
            "test_clock": test_clock,
        }
        response = self._client.request(
            "POST",
            path,
            params,
            idempotency_key=idempotency_key,
            stripe_account=stripe_account,
            emptyable=("invoice_settings.custom_fields",),
            integers=("balance", "next_invoice_sequence"),
        )
        return cast("Customer", response)

    def retrieve(
        self,
        customer: str,
        *,
        expand: Sequence[str] | None = None,
        stripe_account: str | None = None,
    ) -> Customer | DeletedCustomer:
        """Retrieve a customer.

        Retrieves a Customer object.

        Args:
            expand: Specifies which fields in the response should be expanded.
        """
        path = f"/v1/customers/{quote_path_param(customer, 'customer')}"
        params: dict[str, object] = {
            "expand": expand,
        }
        response = self._client.request(
            "GET",
            path,
            params,
            stripe_account=stripe_account,
        )
        return cast("Customer | DeletedCustomer", response)

    def list(
        self,
        *,
        created: CustomersListParamsCreated | int | None = None,
        email: str | None = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        test_clock: str | None = None,
        stripe_account: str | None = None,
    ) -> Page[Customer]:
        """Retrieve all customers.

        Returns a list of your customers. The customers are returned sorted by
        creation date, with the most recent customers appearing first.

        Args:
            email: A case-sensitive filter on the list based on the customer's `email`
                field. The value must be a string.
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
            test_clock: Provides a list of customers that are associated with the
                specified test clock. The response will not include customers with test
                clocks if this parameter is not set.
        """
        path = "/v1/customers"
        params: dict[str, object] = {
            "created": created,
            "email": email,
            "ending_before": ending_before,
            "expand": expand,
            "limit": limit,
            "starting_after": starting_after,
            "test_clock": test_clock,
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
                "limit",
            ),
        )

    def update(
        self,
        customer: str,
        *,
        address: CustomersUpdateParamsAddress | Literal[""] | None = None,
        balance: int | None = None,
        bank_account: CustomersUpdateParamsBankAccount | str | None = None,
        card: CustomersUpdateParamsCard | str | None = None,
        cash_balance: CustomersUpdateParamsCashBalance | None = None,
        coupon: str | None = None,
        default_alipay_account: str | None = None,
        default_bank_account: str | None = None,
        default_card: str | None = None,
        default_source: str | None = None,
        description: str | None = None,
        email: str | None = None,
        expand: Sequence[str] | None = None,
        invoice_prefix: str | None = None,
        invoice_settings: CustomersUpdateParamsInvoiceSettings | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        name: str | None = None,
        next_invoice_sequence: int | None = None,
        phone: str | None = None,
        preferred_locales: Sequence[str] | None = None,
        promotion_code: str | None = None,
        shipping: CustomersUpdateParamsShipping | Literal[""] | None = None,
        source: str | None = None,
        tax: CustomersUpdateParamsTax | None = None,
        tax_exempt: Literal["", "exempt", "none", "reverse"] | None = None,
        idempotency_key: str | None = None,
        stripe_account: str | None = None,
    ) -> Customer:
        """Update a customer.

        Updates the specified customer by setting the values of the parameters
        passed. Any parameters not provided will be left unchanged. For example, if
        you pass the source parameter, that becomes the customer’s active source
        (e.g., a card) to be used for all charges in the future. When you update a
        customer to a new valid card source by passing the source parameter: for each
        of the customer’s current subscriptions, if the subscription bills
        automatically and is in the past_due state, then the latest open invoice for
        the subscription with automatic collection enabled will be retried. This
        retry will not count as an automatic retry, and will not affect the next
        regularly scheduled payment for the invoice. Changing the default_source for
        a customer will not trigger this behavior.

        This request accepts mostly the same arguments as the customer creation call.

        Args:
            address: The customer's address.
            balance: An integer amount in cents (or local equivalent) that represents
                the customer's current balance, which affect the customer's future
                invoices. A negative amount represents a credit that decreases the
                amount due on an invoice; a positive amount increases the amount due on
                an invoice.
            bank_account: Either a token, like the ones returned by
                [Stripe.js](https://stripe.com/docs/js), or a dictionary containing a
                user's bank account details.
            card: A token, like the ones returned by
                [Stripe.js](https://stripe.com/docs/js).
            cash_balance: Balance information and default balance settings for this
                customer.
            default_alipay_account: ID of Alipay account to make the customer's new
                default for invoice payments.
            default_bank_account: ID of bank account to make the customer's new default
                for invoice payments.
            default_card: ID of card to make the customer's new default for invoice
                payments.
            default_source: If you are using payment methods created via the
                PaymentMethods API, see the
                [invoice_settings.default_payment_method](https://stripe.com/docs/api/customers/update#update_customer-invoice_settings-default_payment_method)
                parameter.
            description: An arbitrary string that you can attach to a customer object.
                It is displayed alongside the customer in the dashboard.
            email: Customer's email address. It's displayed alongside the customer in
                your dashboard and can be useful for searching and tracking. This may be
                up to *512 characters*.
            expand: Specifies which fields in the response should be expanded.
            invoice_prefix: The prefix for the customer used to generate unique invoice
                numbers. Must be 3–12 uppercase letters or numbers.
            invoice_settings: Default invoice settings for this customer.
            metadata: Set of [key-value pairs](https://stripe.com/docs/api/metadata)
                that you can attach to an object. This can be useful for storing
                additional information about the object in a structured format.
                Individual keys can be unset by posting an empty value to them. All keys
                can be unset by posting an empty value to `metadata`.
            name: The customer's full name or business name.
            next_invoice_sequence: The sequence to be used on the customer's next
                invoice. Defaults to 1.
            phone: The customer's phone number.
            preferred_locales: Customer's preferred languages, ordered by preference.
            promotion_code: The API ID of a promotion code to apply to the customer. The
                customer will have a discount applied on all recurring payments. Charges
                you create through the API will not have the discount.
            shipping: The customer's shipping information. Appears on invoices emailed
                to this customer.
            tax: Tax details about the customer.
            tax_exempt: The customer's tax exemption. One of `none`, `exempt`, or
                `reverse`.
        """
        path = f"/v1/customers/{quote_path_param(customer, 'customer')}"
        params: dict[str, object] = {
            "address": address,
            "balance": balance,
            "bank_account": bank_account,
            "card": card,
            "cash_balance": cash_balance,
            "coupon": coupon,
            "default_alipay_account": default_alipay_account,
            "default_bank_account": default_bank_account,
            "default_card": default_card,
            "default_source": default_source,
            "description": description,
            "email": email,
            "expand": expand,
            "invoice_prefix": invoice_prefix,
            "invoice_settings": invoice_settings,
            "metadata": metadata,
            "name": name,
            "next_invoice_sequence": next_invoice_sequence,
            "phone": phone,
            "preferred_locales": preferred_locales,
            "promotion_code": promotion_code,
            "shipping": shipping,
            "source": source,
            "tax": tax,
            "tax_exempt": tax_exempt,
        }
        response = self._client.request(
            "POST",
            path,
            params,
            idempotency_key=idempotency_key,
            stripe_account=stripe_account,
            emptyable=("invoice_settings.custom_fields",),
            integers=(
                "balance",
                "card.exp_month",
                "card.exp_year",
                "next_invoice_sequence",
            ),
        )
        return cast("Customer", response)

    def delete(
        self,
        customer: str,
        *,
        stripe_account: str | None = None,
    ) -> DeletedCustomer:
        """Delete a customer.

        Permanently deletes a customer. It cannot be undone. Also immediately cancels
        any active subscriptions on the customer.
        """
        path = f"/v1/customers/{quote_path_param(customer, 'customer')}"
        params: dict[str, object] = {}
        response = self._client.request(
            "DELETE",
            path,
            params,
            stripe_account=stripe_account,
        )
        return cast("DeletedCustomer", response)


class AsyncCustomers:
    """``client.customers`` on the async client: create, retrieve, list, update, delete."""

    def __init__(self, client: AsyncBaseStripeClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        address: CustomersCreateParamsAddress | Literal[""] | None = None,
        balance: int | None = None,
        cash_balance: CustomersCreateParamsCashBalance | None = None,
        coupon: str | None = None,
        description: str | None = None,
        email: str | None = None,
        expand: Sequence[str] | None = None,
        invoice_prefix: str | None = None,
        invoice_settings: CustomersCreateParamsInvoiceSettings | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        name: str | None = None,
        next_invoice_sequence: int | None = None,
        payment_method: str | None = None,
        phone: str | None = None,
        preferred_locales: Sequence[str] | None = None,
        promotion_code: str | None = None,
        shipping: CustomersCreateParamsShipping | Literal[""] | None = None,
        source: str | None = None,
        tax: CustomersCreateParamsTax | None = None,
        tax_exempt: Literal["", "exempt", "none", "reverse"] | None = None,
        tax_id_data: Sequence[CustomersCreateParamsTaxIdData] | None = None,
        test_clock: str | None = None,
        idempotency_key: str | None = None,
        stripe_account: str | None = None,
    ) -> Customer:
        """Create a customer.

        Creates a new customer object.

        Args:
            address: The customer's address.
            balance: An integer amount in cents (or local equivalent) that represents
                the customer's current balance, which affect the customer's future
                invoices. A negative amount represents a credit that decreases the
                amount due on an invoice; a positive amount increases the amount due on
                an invoice.
            cash_balance: Balance information and default balance settings for this
                customer.
            description: An arbitrary string that you can attach to a customer object.
                It is displayed alongside the customer in the dashboard.
            email: Customer's email address. It's displayed alongside the customer in
                your dashboard and can be useful for searching and tracking. This may be
                up to *512 characters*.
            expand: Specifies which fields in the response should be expanded.
            invoice_prefix: The prefix for the customer used to generate unique invoice
                numbers. Must be 3–12 uppercase letters or numbers.
            invoice_settings: Default invoice settings for this customer.
            metadata: Set of [key-value pairs](https://stripe.com/docs/api/metadata)
                that you can attach to an object. This can be useful for storing
                additional information about the object in a structured format.
                Individual keys can be unset by posting an empty value to them. All keys
                can be unset by posting an empty value to `metadata`.
            name: The customer's full name or business name.
            next_invoice_sequence: The sequence to be used on the customer's next
                invoice. Defaults to 1.
            phone: The customer's phone number.
            preferred_locales: Customer's preferred languages, ordered by preference.
            promotion_code: The API ID of a promotion code to apply to the customer. The
                customer will have a discount applied on all recurring payments. Charges
                you create through the API will not have the discount.
            shipping: The customer's shipping information. Appears on invoices emailed
                to this customer.
            tax: Tax details about the customer.
            tax_exempt: The customer's tax exemption. One of `none`, `exempt`, or
                `reverse`.
            tax_id_data: The customer's tax IDs.
            test_clock: ID of the test clock to attach to the customer.
        """
        path = "/v1/customers"
        params: dict[str, object] = {
            "address": address,
            "balance": balance,
            "cash_balance": cash_balance,
            "coupon": coupon,
            "description": description,
            "email": email,
            "expand": expand,
            "invoice_prefix": invoice_prefix,
            "invoice_settings": invoice_settings,
            "metadata": metadata,
            "name": name,
            "next_invoice_sequence": next_invoice_sequence,
            "payment_method": payment_method,
            "phone": phone,
            "preferred_locales": preferred_locales,
            "promotion_code": promotion_code,
            "shipping": shipping,
            "source": source,
            "tax": tax,
            "tax_exempt": tax_exempt,
            "tax_id_data": tax_id_data,
            "test_clock": test_clock,
        }
        response = await self._client.request(
            "POST",
            path,
            params,
            idempotency_key=idempotency_key,
            stripe_account=stripe_account,
            emptyable=("invoice_settings.custom_fields",),
            integers=("balance", "next_invoice_sequence"),
        )
        return cast("Customer", response)

    async def retrieve(
        self,
        customer: str,
        *,
        expand: Sequence[str] | None = None,
        stripe_account: str | None = None,
    ) -> Customer | DeletedCustomer:
        """Retrieve a customer.

        Retrieves a Customer object.

        Args:
            expand: Specifies which fields in the response should be expanded.
        """
        path = f"/v1/customers/{quote_path_param(customer, 'customer')}"
        params: dict[str, object] = {
            "expand": expand,
        }
        response = await self._client.request(
            "GET",
            path,
            params,
            stripe_account=stripe_account,
        )
        return cast("Customer | DeletedCustomer", response)

    async def list(
        self,
        *,
        created: CustomersListParamsCreated | int | None = None,
        email: str | None = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        starting_after: str | None = None,
        test_clock: str | None = None,
        stripe_account: str | None = None,
    ) -> AsyncPage[Customer]:
        """Retrieve all customers.

        Returns a list of your customers. The customers are returned sorted by
        creation date, with the most recent customers appearing first.

        Args:
            email: A case-sensitive filter on the list based on the customer's `email`
                field. The value must be a string.
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
            test_clock: Provides a list of customers that are associated with the
                specified test clock. The response will not include customers with test
                clocks if this parameter is not set.
        """
        path = "/v1/customers"
        params: dict[str, object] = {
            "created": created,
            "email": email,
            "ending_before": ending_before,
            "expand": expand,
            "limit": limit,
            "starting_after": starting_after,
            "test_clock": test_clock,
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
                "limit",
            ),
        )

    async def update(
        self,
        customer: str,
        *,
        address: CustomersUpdateParamsAddress | Literal[""] | None = None,
        balance: int | None = None,
        bank_account: CustomersUpdateParamsBankAccount | str | None = None,
        card: CustomersUpdateParamsCard | str | None = None,
        cash_balance: CustomersUpdateParamsCashBalance | None = None,
        coupon: str | None = None,
        default_alipay_account: str | None = None,
        default_bank_account: str | None = None,
        default_card: str | None = None,
        default_source: str | None = None,
        description: str | None = None,
        email: str | None = None,
        expand: Sequence[str] | None = None,
        invoice_prefix: str | None = None,
        invoice_settings: CustomersUpdateParamsInvoiceSettings | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        name: str | None = None,
        next_invoice_sequence: int | None = None,
        phone: str | None = None,
        preferred_locales: Sequence[str] | None = None,
        promotion_code: str | None = None,
        shipping: CustomersUpdateParamsShipping | Literal[""] | None = None,
        source: str | None = None,
        tax: CustomersUpdateParamsTax | None = None,
        tax_exempt: Literal["", "exempt", "none", "reverse"] | None = None,
        idempotency_key: str | None = None,
        stripe_account: str | None = None,
    ) -> Customer:
        """Update a customer.

        Updates the specified customer by setting the values of the parameters
        passed. Any parameters not provided will be left unchanged. For example, if
        you pass the source parameter, that becomes the customer’s active source
        (e.g., a card) to be used for all charges in the future. When you update a
        customer to a new valid card source by passing the source parameter: for each
        of the customer’s current subscriptions, if the subscription bills
        automatically and is in the past_due state, then the latest open invoice for
        the subscription with automatic collection enabled will be retried. This
        retry will not count as an automatic retry, and will not affect the next
        regularly scheduled payment for the invoice. Changing the default_source for
        a customer will not trigger this behavior.

        This request accepts mostly the same arguments as the customer creation call.

        Args:
            address: The customer's address.
            balance: An integer amount in cents (or local equivalent) that represents
                the customer's current balance, which affect the customer's future
                invoices. A negative amount represents a credit that decreases the
                amount due on an invoice; a positive amount increases the amount due on
                an invoice.
            bank_account: Either a token, like the ones returned by
                [Stripe.js](https://stripe.com/docs/js), or a dictionary containing a
                user's bank account details.
            card: A token, like the ones returned by
                [Stripe.js](https://stripe.com/docs/js).
            cash_balance: Balance information and default balance settings for this
                customer.
            default_alipay_account: ID of Alipay account to make the customer's new
                default for invoice payments.
            default_bank_account: ID of bank account to make the customer's new default
                for invoice payments.
            default_card: ID of card to make the customer's new default for invoice
                payments.
            default_source: If you are using payment methods created via the
                PaymentMethods API, see the
                [invoice_settings.default_payment_method](https://stripe.com/docs/api/customers/update#update_customer-invoice_settings-default_payment_method)
                parameter.
            description: An arbitrary string that you can attach to a customer object.
                It is displayed alongside the customer in the dashboard.
            email: Customer's email address. It's displayed alongside the customer in
                your dashboard and can be useful for searching and tracking. This may be
                up to *512 characters*.
            expand: Specifies which fields in the response should be expanded.
            invoice_prefix: The prefix for the customer used to generate unique invoice
                numbers. Must be 3–12 uppercase letters or numbers.
            invoice_settings: Default invoice settings for this customer.
            metadata: Set of [key-value pairs](https://stripe.com/docs/api/metadata)
                that you can attach to an object. This can be useful for storing
                additional information about the object in a structured format.
                Individual keys can be unset by posting an empty value to them. All keys
                can be unset by posting an empty value to `metadata`.
            name: The customer's full name or business name.
            next_invoice_sequence: The sequence to be used on the customer's next
                invoice. Defaults to 1.
            phone: The customer's phone number.
            preferred_locales: Customer's preferred languages, ordered by preference.
            promotion_code: The API ID of a promotion code to apply to the customer. The
                customer will have a discount applied on all recurring payments. Charges
                you create through the API will not have the discount.
            shipping: The customer's shipping information. Appears on invoices emailed
                to this customer.
            tax: Tax details about the customer.
            tax_exempt: The customer's tax exemption. One of `none`, `exempt`, or
                `reverse`.
        """
        path = f"/v1/customers/{quote_path_param(customer, 'customer')}"
        params: dict[str, object] = {
            "address": address,
            "balance": balance,
            "bank_account": bank_account,
            "card": card,
            "cash_balance": cash_balance,
            "coupon": coupon,
            "default_alipay_account": default_alipay_account,
            "default_bank_account": default_bank_account,
            "default_card": default_card,
            "default_source": default_source,
            "description": description,
            "email": email,
            "expand": expand,
            "invoice_prefix": invoice_prefix,
            "invoice_settings": invoice_settings,
            "metadata": metadata,
            "name": name,
            "next_invoice_sequence": next_invoice_sequence,
            "phone": phone,
            "preferred_locales": preferred_locales,
            "promotion_code": promotion_code,
            "shipping": shipping,
            "source": source,
            "tax": tax,
            "tax_exempt": tax_exempt,
        }
        response = await self._client.request(
            "POST",
            path,
            params,
            idempotency_key=idempotency_key,
            stripe_account=stripe_account,
            emptyable=("invoice_settings.custom_fields",),
            integers=(
                "balance",
                "card.exp_month",
                "card.exp_year",
                "next_invoice_sequence",
            ),
        )
        return cast("Customer", response)

    async def delete(
        self,
        customer: str,
        *,
        stripe_account: str | None = None,
    ) -> DeletedCustomer:
        """Delete a customer.

        Permanently deletes a customer. It cannot be undone. Also immediately cancels
        any active subscriptions on the customer.
        """
        path = f"/v1/customers/{quote_path_param(customer, 'customer')}"
        params: dict[str, object] = {}
        response = await self._client.request(
            "DELETE",
            path,
            params,
            stripe_account=stripe_account,
        )
        return cast("DeletedCustomer", response)
