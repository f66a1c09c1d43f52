# Generated from Stripe's spec 2023-08-16 (eed9ac08); do not edit: `make generate`.
"""Actions on charges: create, retrieve, list."""

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
    from .types import Charge


class ChargesCreateParamsCard(TypedDict, total=False):
    """The `card` parameter of `charges.create`."""

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


class ChargesCreateParamsDestination(TypedDict, total=False):
    """The `destination` parameter of `charges.create`."""

    account: Required[str]
    amount: int


class ChargesCreateParamsRadarOptions(TypedDict, total=False):
    """The `radar_options` parameter of `charges.create`.

    Options to configure Radar. See [Radar
    Session](https://stripe.com/docs/radar/radar-session) for more information.
    """

    session: str


class ChargesCreateParamsShipping(TypedDict, total=False):
    """The `shipping` parameter of `charges.create`.

    Shipping information for the charge. Helps prevent fraud on charges for physical
    goods.
    """

    address: Required[ChargesCreateParamsShippingAddress]
    carrier: str
    name: Required[str]
    phone: str
    tracking_number: str


class ChargesCreateParamsShippingAddress(TypedDict, total=False):
    """The `shipping.address` parameter of `charges.create`."""

    city: str
    country: str
    line1: str
    line2: str
    postal_code: str
    state: str


class ChargesCreateParamsTransferData(TypedDict, total=False):
    """The `transfer_data` parameter of `charges.create`.

    An optional dictionary including the account to automatically transfer to as part
    of a destination charge. [See the Connect
    documentation](https://stripe.com/docs/connect/destination-charges) for details.
    """

    amount: int
    destination: Required[str]


class ChargesListParamsCreated(TypedDict, total=False):
    """The `created` parameter of `charges.list`."""

    gt: int
    gte: int
    lt: int
    lte: int


class Charges:
    """``client.charges``: create, retrieve, list."""

    def __init__(self, client: BaseStripeClient) -> None:
        self._client = client

    def create(
        self,
        *,
        amount: int | None = None,
        application_fee: int | None = None,
        application_fee_amount: int | None = None,
        capture: bool | None = None,
        card: ChargesCreateParamsCard | str | None = None,
        currency: str | None = None,
        customer: str | None = None,
        description: str | None = None,
        destination: ChargesCreateParamsDestination | str | None = None,
        expand: Sequence[str] | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        on_behalf_of: str | None = None,
        radar_options: ChargesCreateParamsRadarOptions | None = None,
        receipt_email: str | None = None,
        shipping: ChargesCreateParamsShipping | None = None,
        source: str | None = None,
        statement_descriptor: str | None = None,
        statement_descriptor_suffix: str | None = None,
        transfer_data: ChargesCreateParamsTransferData | None = None,
        transfer_group: str | None = None,
        idempotency_key: str | None = None,
        stripe_account: str | None = None,
    ) -> Charge:
        """Create a charge.

        Use the Payment Intents API to initiate a new payment instead of using this
        method. Confirmation of the PaymentIntent creates the Charge object used to
        request payment, so this method is limited to legacy integrations.

        Args:
            amount: Amount intended to be collected by this payment. A positive integer
                representing how much to charge in the [smallest currency
                unit](https://stripe.com/docs/currencies#zero-decimal) (e.g., 100 cents
                to charge $1.00 or 100 to charge ¥100, a zero-decimal currency). The
                minimum amount is $0.50 US or [equivalent in charge
                currency](https://stripe.com/docs/currencies#minimum-and-maximum-charge-amounts).
                The amount value supports up to eight digits (e.g., a value of 99999999
                for a USD charge of $999,999.99).
            application_fee_amount: A fee in cents (or local equivalent) that will be
                applied to the charge and transferred to the application owner's Stripe
                account. The request must be made with an OAuth key or the
                `Stripe-Account` header in order to take an application fee. For more
                information, see the application fees
                [documentation](https://stripe.com/docs/connect/direct-charges#collecting-fees).
            capture: Whether to immediately capture the charge. Defaults to `true`. When
                `false`, the charge issues an authorization (or pre-authorization), and
                will need to be [captured](https://stripe.com/docs/api#capture_charge)
                later. Uncaptured charges expire after a set number of days (7 by
                default). For more information, see the [authorizing charges and
                settling later](https://stripe.com/docs/charges/placing-a-hold)
                documentation.
            card: A token, like the ones returned by
                [Stripe.js](https://stripe.com/docs/js).
            currency: Three-letter [ISO currency
                code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase.
                Must be a [supported currency](https://stripe.com/docs/currencies).
            customer: The ID of an existing customer that will be charged in this
                request.
            description: An arbitrary string which you can attach to a `Charge` object.
                It is displayed when in the web interface alongside the charge. Note
                that if you use Stripe to send automatic email receipts to your
                customers, your receipt emails will include the `description` of the
                charge(s) that they are describing.
            expand: Specifies which fields in the response should be expanded.
            metadata: Set of [key-value pairs](https://stripe.com/docs/api/metadata)
                that you can attach to an object. This can be useful for storing
                additional information about the object in a structured format.
                Individual keys can be unset by posting an empty value to them. All keys
                can be unset by posting an empty value to `metadata`.
            on_behalf_of: The Stripe account ID for which these funds are intended.
                Automatically set if you use the `destination` parameter. For details,
                see [Creating Separate Charges and
                Transfers](https://stripe.com/docs/connect/separate-charges-and-transfers#on-behalf-of).
            radar_options: Options to configure Radar. See [Radar
                Session](https://stripe.com/docs/radar/radar-session) for more
                information.
            receipt_email: The email address to which this charge's
                [receipt](https://stripe.com/docs/dashboard/receipts) will be sent. The
                receipt will not be sent until the charge is paid, and no receipts will
                be sent for test mode charges. If this charge is for a
                [Customer](https://stripe.com/docs/api/customers/object), the email
                address specified here will override the customer's email address. If
                `receipt_email` is specified for a charge in live mode, a receipt will
                be sent regardless of your [email
                settings](https://dashboard.stripe.com/account/emails).
            shipping: Shipping information for the charge. Helps prevent fraud on
                charges for physical goods.
            source: A payment source to be charged. This can be the ID of a
                [card](https://stripe.com/docs/api#cards) (i.e., credit or debit card),
                a [bank account](https://stripe.com/docs/api#bank_accounts), a
                [source](https://stripe.com/docs/api#sources), a
                [token](https://stripe.com/docs/api#tokens), or a [connected
                account](https://stripe.com/docs/connect/account-debits#charging-a-connected-account).
                For certain sources---namely,
                [cards](https://stripe.com/docs/api#cards), [bank
                accounts](https://stripe.com/docs/api#bank_accounts), and attached
                [sources](https://stripe.com/docs/api#sources)---you must also pass the
                ID of the associated customer.
            statement_descriptor: For card charges, use `statement_descriptor_suffix`
                instead. Otherwise, you can use this value as the complete description
                of a charge on your customers’ statements. Must contain at least one
                letter, maximum 22 characters.
            statement_descriptor_suffix: Provides information about the charge that
                customers see on their statements. Concatenated with the prefix
                (shortened descriptor) or statement descriptor that’s set on the account
                to form the complete statement descriptor. Maximum 22 characters for the
                concatenated descriptor.
            transfer_data: An optional dictionary including the account to automatically
                transfer to as part of a destination charge. [See the Connect
                documentation](https://stripe.com/docs/connect/destination-charges) for
                details.
            transfer_group: A string that identifies this transaction as part of a
                group. For details, see [Grouping
                transactions](https://stripe.com/docs/connect/separate-charges-and-transfers#transfer-options).
        """
        path = "/v1/charges"
        params: dict[str, object] = {
            "amount": amount,
            "application_fee": application_fee,
            "application_fee_amount": application_fee_amount,
            "capture": capture,
            "card": card,
            "currency": currency,
            "customer": customer,
            "description": description,
            "destination": destination,
            "expand": expand,
            "metadata": metadata,
            "on_behalf_of": on_behalf_of,
            "radar_options": radar_options,
            "receipt_email": receipt_email,
            "shipping": shipping,
            "source": source,
            "statement_descriptor": statement_descriptor,
            "statement_descriptor_suffix": statement_descriptor_suffix,
            "transfer_data": transfer_data,
            "transfer_group": transfer_group,
        }
        response = self._client.request(
            "POST",
            path,
            params,
            idempotency_key=idempotency_key,
            stripe_account=stripe_account,
            integers=(
                "amount",
                "application_fee",
                "application_fee_amount",
                "card.exp_month",
                "card.exp_year",
                "destination.amount",
                "transfer_data.amount",
            ),
        )
        return cast("Charge", response)

    def retrieve(
        self,
        charge: str,
        *,
        expand: Sequence[str] | None = None,
        stripe_account: str | None = None,
    ) -> Charge:
        """Retrieve a charge.

        Retrieves the details of a charge that has previously been created. Supply
        the unique charge ID that was returned from your previous request, and Stripe
        will return the corresponding charge information. The same information is
        returned when creating or refunding the charge.

        Args:
            expand: Specifies which fields in the response should be expanded.
        """
        path = f"/v1/charges/{quote_path_param(charge, 'charge')}"
        params: dict[str, object] = {
            "expand": expand,
        }
        response = self._client.request(
            "GET",
            path,
            params,
            stripe_account=stripe_account,
        )
        return cast("Charge", response)

    def list(
        self,
        *,
        created: ChargesListParamsCreated | int | None = None,
        customer: str | None = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        payment_intent: str | None = None,
        starting_after: str | None = None,
        transfer_group: str | None = None,
        stripe_account: str | None = None,
    ) -> Page[Charge]:
        """Retrieve all charges.

        Returns a list of charges you’ve previously created. The charges are returned
        in sorted order, with the most recent charges appearing first.

        Args:
            customer: Only return charges for the customer specified by this customer
                ID.
            ending_before: A cursor for use in pagination. `ending_before` is an object
                ID that defines your place in the list. For instance, if you make a list
                request and receive 100 objects, starting with `obj_bar`, your
                subsequent call can include `ending_before=obj_bar` in order to fetch
                the previous page of the list.
            expand: Specifies which fields in the response should be expanded.
            limit: A limit on the number of objects to be returned. Limit can range
                between 1 and 100, and the default is 10.
            payment_intent: Only return charges that were created by the PaymentIntent
                specified by this PaymentIntent ID.
            starting_after: A cursor for use in pagination. `starting_after` is an
                object ID that defines your place in the list. For instance, if you make
                a list request and receive 100 objects, ending with `obj_foo`, your
                subsequent call can include `starting_after=obj_foo` in order to fetch
                the next page of the list.
            transfer_group: Only return charges for this transfer group.
        """
        path = "/v1/charges"
        params: dict[str, object] = {
            "created": created,
            "customer": customer,
            "ending_before": ending_before,
            "expand": expand,
            "limit": limit,
            "payment_intent": payment_intent,
            "starting_after": starting_after,
            "transfer_group": transfer_group,
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


class AsyncCharges:
    """``client.charges`` on the async client: create, retrieve, list."""

    def __init__(self, client: AsyncBaseStripeClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        amount: int | None = None,
        application_fee: int | None = None,
        application_fee_amount: int | None = None,
        capture: bool | None = None,
        card: ChargesCreateParamsCard | str | None = None,
        currency: str | None = None,
        customer: str | None = None,
        description: str | None = None,
        destination: ChargesCreateParamsDestination | str | None = None,
        expand: Sequence[str] | None = None,
        metadata: Mapping[str, str] | Literal[""] | None = None,
        on_behalf_of: str | None = None,
        radar_options: ChargesCreateParamsRadarOptions | None = None,
        receipt_email: str | None = None,
        shipping: ChargesCreateParamsShipping | None = None,
        source: str | None = None,
        statement_descriptor: str | None = None,
        statement_descriptor_suffix: str | None = None,
        transfer_data: ChargesCreateParamsTransferData | None = None,
        transfer_group: str | None = None,
        idempotency_key: str | None = None,
        stripe_account: str | None = None,
    ) -> Charge:
        """Create a charge.

        Use the Payment Intents API to initiate a new payment instead of using this
        method. Confirmation of the PaymentIntent creates the Charge object used to
        request payment, so this method is limited to legacy integrations.

        Args:
            amount: Amount intended to be collected by this payment. A positive integer
                representing how much to charge in the [smallest currency
                unit](https://stripe.com/docs/currencies#zero-decimal) (e.g., 100 cents
                to charge $1.00 or 100 to charge ¥100, a zero-decimal currency). The
                minimum amount is $0.50 US or [equivalent in charge
                currency](https://stripe.com/docs/currencies#minimum-and-maximum-charge-amounts).
                The amount value supports up to eight digits (e.g., a value of 99999999
                for a USD charge of $999,999.99).
            application_fee_amount: A fee in cents (or local equivalent) that will be
                applied to the charge and transferred to the application owner's Stripe
                account. The request must be made with an OAuth key or the
                `Stripe-Account` header in order to take an application fee. For more
                information, see the application fees
                [documentation](https://stripe.com/docs/connect/direct-charges#collecting-fees).
            capture: Whether to immediately capture the charge. Defaults to `true`. When
                `false`, the charge issues an authorization (or pre-authorization), and
                will need to be [captured](https://stripe.com/docs/api#capture_charge)
                later. Uncaptured charges expire after a set number of days (7 by
                default). For more information, see the [authorizing charges and
                settling later](https://stripe.com/docs/charges/placing-a-hold)
                documentation.
            card: A token, like the ones returned by
                [Stripe.js](https://stripe.com/docs/js).
            currency: Three-letter [ISO currency
                code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase.
                Must be a [supported currency](https://stripe.com/docs/currencies).
            customer: The ID of an existing customer that will be charged in this
                request.
            description: An arbitrary string which you can attach to a `Charge` object.
                It is displayed when in the web interface alongside the charge. Note
                that if you use Stripe to send automatic email receipts to your
                customers, your receipt emails will include the `description` of the
                charge(s) that they are describing.
            expand: Specifies which fields in the response should be expanded.
            metadata: Set of [key-value pairs](https://stripe.com/docs/api/metadata)
                that you can attach to an object. This can be useful for storing
                additional information about the object in a structured format.
                Individual keys can be unset by posting an empty value to them. All keys
                can be unset by posting an empty value to `metadata`.
            on_behalf_of: The Stripe account ID for which these funds are intended.
                Automatically set if you use the `destination` parameter. For details,
                see [Creating Separate Charges and
                Transfers](https://stripe.com/docs/connect/separate-charges-and-transfers#on-behalf-of).
            radar_options: Options to configure Radar. See [Radar
                Session](https://stripe.com/docs/radar/radar-session) for more
                information.
            receipt_email: The email address to which this charge's
                [receipt](https://stripe.com/docs/dashboard/receipts) will be sent. The
                receipt will not be sent until the charge is paid, and no receipts will
                be sent for test mode charges. If this charge is for a
                [Customer](https://stripe.com/docs/api/customers/object), the email
                address specified here will override the customer's email address. If
                `receipt_email` is specified for a charge in live mode, a receipt will
                be sent regardless of your [email
                settings](https://dashboard.stripe.com/account/emails).
            shipping: Shipping information for the charge. Helps prevent fraud on
                charges for physical goods.
            source: A payment source to be charged. This can be the ID of a
                [card](https://stripe.com/docs/api#cards) (i.e., credit or debit card),
                a [bank account](https://stripe.com/docs/api#bank_accounts), a
                [source](https://stripe.com/docs/api#sources), a
                [token](https://stripe.com/docs/api#tokens), or a [connected
                account](https://stripe.com/docs/connect/account-debits#charging-a-connected-account).
                For certain sources---namely,
                [cards](https://stripe.com/docs/api#cards), [bank
                accounts](https://stripe.com/docs/api#bank_accounts), and attached
                [sources](https://stripe.com/docs/api#sources)---you must also pass the
                ID of the associated customer.
            statement_descriptor: For card charges, use `statement_descriptor_suffix`
                instead. Otherwise, you can use this value as the complete description
                of a charge on your customers’ statements. Must contain at least one
                letter, maximum 22 characters.
            statement_descriptor_suffix: Provides information about the charge that
                customers see on their statements. Concatenated with the prefix
                (shortened descriptor) or statement descriptor that’s set on the account
                to form the complete statement descriptor. Maximum 22 characters for the
                concatenated descriptor.
            transfer_data: An optional dictionary including the account to automatically
                transfer to as part of a destination charge. [See the Connect
                documentation](https://stripe.com/docs/connect/destination-charges) for
                details.
            transfer_group: A string that identifies this transaction as part of a
                group. For details, see [Grouping
                transactions](https://stripe.com/docs/connect/separate-charges-and-transfers#transfer-options).
        """
        path = "/v1/charges"
        params: dict[str, object] = {
            "amount": amount,
            "application_fee": application_fee,
            "application_fee_amount": application_fee_amount,
            "capture": capture,
            "card": card,
            "currency": currency,
            "customer": customer,
            "description": description,
            "destination": destination,
            "expand": expand,
            "metadata": metadata,
            "on_behalf_of": on_behalf_of,
            "radar_options": radar_options,
            "receipt_email": receipt_email,
            "shipping": shipping,
            "source": source,
            "statement_descriptor": statement_descriptor,
            "statement_descriptor_suffix": statement_descriptor_suffix,
            "transfer_data": transfer_data,
            "transfer_group": transfer_group,
        }
        response = await self._client.request(
            "POST",
            path,
            params,
            idempotency_key=idempotency_key,
            stripe_account=stripe_account,
            integers=(
                "amount",
                "application_fee",
                "application_fee_amount",
                "card.exp_month",
                "card.exp_year",
                "destination.amount",
                "transfer_data.amount",
            ),
        )
        return cast("Charge", response)

    async def retrieve(
        self,
        charge: str,
        *,
        expand: Sequence[str] | None = None,
        stripe_account: str | None = None,
    ) -> Charge:
        """Retrieve a charge.

        Retrieves the details of a charge that has previously been created. Supply
        the unique charge ID that was returned from your previous request, and Stripe
        will return the corresponding charge information. The same information is
        returned when creating or refunding the charge.

        Args:
            expand: Specifies which fields in the response should be expanded.
        """
        path = f"/v1/charges/{quote_path_param(charge, 'charge')}"
        params: dict[str, object] = {
            "expand": expand,
        }
        response = await self._client.request(
            "GET",
            path,
            params,
            stripe_account=stripe_account,
        )
        return cast("Charge", response)

    async def list(
        self,
        *,
        created: ChargesListParamsCreated | int | None = None,
        customer: str | None = None,
        ending_before: str | None = None,
        expand: Sequence[str] | None = None,
        limit: int | None = None,
        payment_intent: str | None = None,
        starting_after: str | None = None,
        transfer_group: str | None = None,
        stripe_account: str | None = None,
    ) -> AsyncPage[Charge]:
        """Retrieve all charges.

        Returns a list of charges you’ve previously created. The charges are returned
        in sorted order, with the most recent charges appearing first.

        Args:
            customer: Only return charges for the customer specified by this customer
                ID.
            ending_before: A cursor for use in pagination. `ending_before` is an object
                ID that defines your place in the list. For instance, if you make a list
                request and receive 100 objects, starting with `obj_bar`, your
                subsequent call can include `ending_before=obj_bar` in order to fetch
                the previous page of the list.
            expand: Specifies which fields in the response should be expanded.
            limit: A limit on the number of objects to be returned. Limit can range
                between 1 and 100, and the default is 10.
            payment_intent: Only return charges that were created by the PaymentIntent
                specified by this PaymentIntent ID.
            starting_after: A cursor for use in pagination. `starting_after` is an
                object ID that defines your place in the list. For instance, if you make
                a list request and receive 100 objects, ending with `obj_foo`, your
                subsequent call can include `starting_after=obj_foo` in order to fetch
                the next page of the list.
            transfer_group: Only return charges for this transfer group.
        """
        path = "/v1/charges"
        params: dict[str, object] = {
            "created": created,
            "customer": customer,
            "ending_before": ending_before,
            "expand": expand,
            "limit": limit,
            "payment_intent": payment_intent,
            "starting_after": starting_after,
            "transfer_group": transfer_group,
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
