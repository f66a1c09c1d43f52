# Generated from Stripe's spec 2023-08-16 (eed9ac08); do not edit: `make generate`.
"""Actions on prices: create, retrieve."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Literal, cast

from typing_extensions import Required, TypedDict

from ._base import (
    AsyncBaseStripeClient,
    BaseStripeClient,
    quote_path_param,
)

if TYPE_CHECKING:
    from .types import Price


class PricesCreateParamsCurrencyOptionsValue(TypedDict, total=False):
    """The `currency_options[]` parameter of `prices.create`."""

    custom_unit_amount: PricesCreateParamsCurrencyOptionsValueCustomUnitAmount
    tax_behavior: Literal["exclusive", "inclusive", "unspecified"]
    tiers: Sequence[PricesCreateParamsCurrencyOptionsValueTiers]
    unit_amount: int
    unit_amount_decimal: str | Decimal


class PricesCreateParamsCurrencyOptionsValueCustomUnitAmount(TypedDict, total=False):
    """The `currency_options[].custom_unit_amount` parameter of `prices.create`."""

    enabled: Required[bool]
    maximum: int
    minimum: int
    preset: int


class PricesCreateParamsCurrencyOptionsValueTiers(TypedDict, total=False):
    """The `currency_options[].tiers[]` parameter of `prices.create`."""

    flat_amount: int
    flat_amount_decimal: str | Decimal
    unit_amount: int
    unit_amount_decimal: str | Decimal
    up_to: Required[Literal["inf"] | int]


class PricesCreateParamsCustomUnitAmount(TypedDict, total=False):
    """The `custom_unit_amount` parameter of `prices.create`.

    When set, provides configuration for the amount to be adjusted by the customer
    during Checkout Sessions and Payment Links.
    """

    enabled: Required[bool]
    maximum: int
    minimum: int
    preset: int


class PricesCreateParamsProductData(TypedDict, total=False):
    """The `product_data` parameter of `prices.create`.

    These fields can be used to create a new product that this price will belong to.
    """

    active: bool
    id: str
    metadata: Mapping[str, str]
    name: Required[str]
    statement_descriptor: str
    tax_code: str
    unit_label: str


class PricesCreateParamsRecurring(TypedDict, total=False):
    """The `recurring` parameter of `prices.create`.

    The recurring components of a price such as `interval` and `usage_type`.
    """

    aggregate_usage: Literal["last_during_period", "last_ever", "max", "sum"]
    interval: Required[Literal["day", "month", "week", "year"]]
    interval_count: int
    usage_type: Literal["licensed", "metered"]


class PricesCreateParamsTiers(TypedDict, total=False):
    """The `tiers[]` parameter of `prices.create`."""

    flat_amount: int
    flat_amount_decimal: str | Decimal
    unit_amount: int
    unit_amount_decimal: str | Decimal
    up_to: Required[Literal["inf"] | int]


class PricesCreateParamsTransformQuantity(TypedDict, total=False):
    """The `transform_quantity` parameter of `prices.create`.

    Apply a transformation to the reported usage or set quantity before computing the
    billed price. Cannot be combined with `tiers`.
    """

    divide_by: Required[int]
    round: Required[Literal["down", "up"]]


class Prices:
    """``client.prices``: create, retrieve."""

    def __init__(self, client: BaseStripeClient) -> None:
        self._client = client

    def create(
        self,
        *,
        currency: str,
        active: bool | None = None,
        billing_scheme: Literal["per_unit", "tiered"] | None = None,
        currency_options: (
            Mapping[str, PricesCreateParamsCurrencyOptionsValue] | None
        ) = None,
        custom_unit_amount: PricesCreateParamsCustomUnitAmount | None = None,
        expand: Sequence[str] | None = None,
        lookup_key: str | None = None,
        metadata: Mapping[str, str] | None = None,
        nickname: str | None = None,
        product: str | None = None,
        product_data: PricesCreateParamsProductData | None = None,
        recurring: PricesCreateParamsRecurring | None = None,
        tax_behavior: Literal["exclusive", "inclusive", "unspecified"] | None = None,
        tiers: Sequence[PricesCreateParamsTiers] | None = None,
        tiers_mode: Literal["graduated", "volume"] | None = None,
        transfer_lookup_key: bool | None = None,
        transform_quantity: PricesCreateParamsTransformQuantity | None = None,
        unit_amount: int | None = None,
        unit_amount_decimal: str | Decimal | None = None,
        idempotency_key: str | None = None,
        stripe_account: str | None = None,
    ) -> Price:
        """Create a price.

        Creates a new price for an existing product. The price can be recurring or
        one-time.

        Args:
            currency: Three-letter [ISO currency
                code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase.
                Must be a [supported currency](https://stripe.com/docs/currencies).
            active: Whether the price can be used for new purchases. Defaults to `true`.
            billing_scheme: Describes how to compute the price per period. Either
                `per_unit` or `tiered`. `per_unit` indicates that the fixed amount
                (specified in `unit_amount` or `unit_amount_decimal`) will be charged
                per unit in `quantity` (for prices with `usage_type=licensed`), or per
                unit of total usage (for prices with `usage_type=metered`). `tiered`
                indicates that the unit pricing will be computed using a tiering
                strategy as defined using the `tiers` and `tiers_mode` attributes.
            currency_options: Prices defined in each available currency option. Each key
                must be a three-letter [ISO currency
                code](https://www.iso.org/iso-4217-currency-codes.html) and a [supported
                currency](https://stripe.com/docs/currencies).
            custom_unit_amount: When set, provides configuration for the amount to be
                adjusted by the customer during Checkout Sessions and Payment Links.
            expand: Specifies which fields in the response should be expanded.
            lookup_key: A lookup key used to retrieve prices dynamically from a static
                string. This may be up to 200 characters.
            metadata: Set of [key-value pairs](https://stripe.com/docs/api/metadata)
                that you can attach to an object. This can be useful for storing
                additional information about the object in a structured format.
                Individual keys can be unset by posting an empty value to them. All keys
                can be unset by posting an empty value to `metadata`.
            nickname: A brief description of the price, hidden from customers.
            product: The ID of the product that this price will belong to.
            product_data: These fields can be used to create a new product that this
                price will belong to.
            recurring: The recurring components of a price such as `interval` and
                `usage_type`.
            tax_behavior: Only required if a [default tax
                behavior](https://stripe.com/docs/tax/products-prices-tax-categories-tax-behavior#setting-a-default-tax-behavior-(recommended))
                was not provided in the Stripe Tax settings. Specifies whether the price
                is considered inclusive of taxes or exclusive of taxes. One of
                `inclusive`, `exclusive`, or `unspecified`. Once specified as either
                `inclusive` or `exclusive`, it cannot be changed.
            tiers: Each element represents a pricing tier. This parameter requires
                `billing_scheme` to be set to `tiered`. See also the documentation for
                `billing_scheme`.
            tiers_mode: Defines if the tiering price should be `graduated` or `volume`
                based. In `volume`-based tiering, the maximum quantity within a period
                determines the per unit price, in `graduated` tiering pricing can
                successively change as the quantity grows.
            transfer_lookup_key: If set to true, will atomically remove the lookup key
                from the existing price, and assign it to this price.
            transform_quantity: Apply a transformation to the reported usage or set
                quantity before computing the billed price. Cannot be combined with
                `tiers`.
            unit_amount: A positive integer in cents (or local equivalent) (or 0 for a
                free price) representing how much to charge. One of `unit_amount` or
                `custom_unit_amount` is required, unless `billing_scheme=tiered`.
            unit_amount_decimal: Same as `unit_amount`, but accepts a decimal value in
                cents (or local equivalent) with at most 12 decimal places. Only one of
                `unit_amount` and `unit_amount_decimal` can be set.
        """
        path = "/v1/prices"
        params: dict[str, object] = {
            "currency": currency,
            "active": active,
            "billing_scheme": billing_scheme,
            "currency_options": currency_options,
            "custom_unit_amount": custom_unit_amount,
            "expand": expand,
            "lookup_key": lookup_key,
            "metadata": metadata,
            "nickname": nickname,
            "product": product,
            "product_data": product_data,
            "recurring": recurring,
            "tax_behavior": tax_behavior,
            "tiers": tiers,
            "tiers_mode": tiers_mode,
            "transfer_lookup_key": transfer_lookup_key,
            "transform_quantity": transform_quantity,
            "unit_amount": unit_amount,
            "unit_amount_decimal": unit_amount_decimal,
        }
        response = self._client.request(
            "POST",
            path,
            params,
            idempotency_key=idempotency_key,
            stripe_account=stripe_account,
            integers=(
                "currency_options.*.custom_unit_amount.maximum",
                "currency_options.*.custom_unit_amount.minimum",
                "currency_options.*.custom_unit_amount.preset",
                "currency_options.*.tiers.*.flat_amount",
                "currency_options.*.tiers.*.unit_amount",
                "currency_options.*.tiers.*.up_to",
                "currency_options.*.unit_amount",
                "custom_unit_amount.maximum",
                "custom_unit_amount.minimum",
                "custom_unit_amount.preset",
                "recurring.interval_count",
                "tiers.*.flat_amount",
                "tiers.*.unit_amount",
                "tiers.*.up_to",
                "transform_quantity.divide_by",
                "unit_amount",
            ),
        )
        return cast("Price", response)

    def retrieve(
        self,
        price: str,
        *,
        expand: Sequence[str] | None = None,
        stripe_account: str | None = None,
    ) -> Price:
        """Retrieve a price.

        Retrieves the price with the given ID.

        Args:
            expand: Specifies which fields in the response should be expanded.
        """
        path = f"/v1/prices/{quote_path_param(price, 'price')}"
        params: dict[str, object] = {
            "expand": expand,
        }
        response = self._client.request(
            "GET",
            path,
            params,
            stripe_account=stripe_account,
        )
        return cast("Price", response)


class AsyncPrices:
    """``client.prices`` on the async client: create, retrieve."""

    def __init__(self, client: AsyncBaseStripeClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        currency: str,
        active: bool | None = None,
        billing_scheme: Literal["per_unit", "tiered"] | None = None,
        currency_options: (
            Mapping[str, PricesCreateParamsCurrencyOptionsValue] | None
        ) = None,
        custom_unit_amount: PricesCreateParamsCustomUnitAmount | None = None,
        expand: Sequence[str] | None = None,
        lookup_key: str | None = None,
        metadata: Mapping[str, str] | None = None,
        nickname: str | None = None,
        product: str | None = None,
        product_data: PricesCreateParamsProductData | None = None,
        recurring: PricesCreateParamsRecurring | None = None,
        tax_behavior: Literal["exclusive", "inclusive", "unspecified"] | None = None,
        tiers: Sequence[PricesCreateParamsTiers] | None = None,
        tiers_mode: Literal["graduated", "volume"] | None = None,
        transfer_lookup_key: bool | None = None,
        transform_quantity: PricesCreateParamsTransformQuantity | None = None,
        unit_amount: int | None = None,
        unit_amount_decimal: str | Decimal | None = None,
        idempotency_key: str | None = None,
        stripe_account: str | None = None,
    ) -> Price:
        """Create a price.

        Creates a new price for an existing product. The price can be recurring or
        one-time.

        Args:
            currency: Three-letter [ISO currency
                code](https://www.iso.org/iso-4217-currency-codes.html), in lowercase.
                Must be a [supported currency](https://stripe.com/docs/currencies).
            active: Whether the price can be used for new purchases. Defaults to `true`.
            billing_scheme: Describes how to compute the price per period. Either
                `per_unit` or `tiered`. `per_unit` indicates that the fixed amount
                (specified in `unit_amount` or `unit_amount_decimal`) will be charged
                per unit in `quantity` (for prices with `usage_type=licensed`), or per
                unit of total usage (for prices with `usage_type=metered`). `tiered`
                indicates that the unit pricing will be computed using a tiering
                strategy as defined using the `tiers` and `tiers_mode` attributes.
            currency_options: Prices defined in each available currency option. Each key
                must be a three-letter [ISO currency
                code](https://www.iso.org/iso-4217-currency-codes.html) and a [supported
                currency](https://stripe.com/docs/currencies).
            custom_unit_amount: When set, provides configuration for the amount to be
                adjusted by the customer during Checkout Sessions and Payment Links.
            expand: Specifies which fields in the response should be expanded.
            lookup_key: A lookup key used to retrieve prices dynamically from a static
                string. This may be up to 200 characters.
            metadata: Set of [key-value pairs](https://stripe.com/docs/api/metadata)
                that you can attach to an object. This can be useful for storing
                additional information about the object in a structured format.
                Individual keys can be unset by posting an empty value to them. All keys
                can be unset by posting an empty value to `metadata`.
            nickname: A brief description of the price, hidden from customers.
            product: The ID of the product that this price will belong to.
            product_data: These fields can be used to create a new product that this
                price will belong to.
            recurring: The recurring components of a price such as `interval` and
                `usage_type`.
            tax_behavior: Only required if a [default tax
                behavior](https://stripe.com/docs/tax/products-prices-tax-categories-tax-behavior#setting-a-default-tax-behavior-(recommended))
                was not provided in the Stripe Tax settings. Specifies whether the price
                is considered inclusive of taxes or exclusive of taxes. One of
                `inclusive`, `exclusive`, or `unspecified`. Once specified as either
                `inclusive` or `exclusive`, it cannot be changed.
            tiers: Each element represents a pricing tier. This parameter requires
                `billing_scheme` to be set to `tiered`. See also the documentation for
                `billing_scheme`.
            tiers_mode: Defines if the tiering price should be `graduated` or `volume`
                based. In `volume`-based tiering, the maximum quantity within a period
                determines the per unit price, in `graduated` tiering pricing can
                successively change as the quantity grows.
            transfer_lookup_key: If set to true, will atomically remove the lookup key
                from the existing price, and assign it to this price.
            transform_quantity: Apply a transformation to the reported usage or set
                quantity before computing the billed price. Cannot be combined with
                `tiers`.
            unit_amount: A positive integer in cents (or local equivalent) (or 0 for a
                free price) representing how much to charge. One of `unit_amount` or
                `custom_unit_amount` is required, unless `billing_scheme=tiered`.
            unit_amount_decimal: Same as `unit_amount`, but accepts a decimal value in
                cents (or local equivalent) with at most 12 decimal places. Only one of
                `unit_amount` and `unit_amount_decimal` can be set.
        """
        path = "/v1/prices"
        params: dict[str, object] = {
            "currency": currency,
            "active": active,
            "billing_scheme": billing_scheme,
            "currency_options": currency_options,
            "custom_unit_amount": custom_unit_amount,
            "expand": expand,
            "lookup_key": lookup_key,
            "metadata": metadata,
            "nickname": nickname,
            "product": product,
            "product_data": product_data,
            "recurring": recurring,
            "tax_behavior": tax_behavior,
            "tiers": tiers,
            "tiers_mode": tiers_mode,
            "transfer_lookup_key": transfer_lookup_key,
            "transform_quantity": transform_quantity,
            "unit_amount": unit_amount,
            "unit_amount_decimal": unit_amount_decimal,
        }
        response = await self._client.request(
            "POST",
            path,
            params,
            idempotency_key=idempotency_key,
            stripe_account=stripe_account,
            integers=(
                "currency_options.*.custom_unit_amount.maximum",
                "currency_options.*.custom_unit_amount.minimum",
                "currency_options.*.custom_unit_amount.preset",
                "currency_options.*.tiers.*.flat_amount",
                "currency_options.*.tiers.*.unit_amount",
                "currency_options.*.tiers.*.up_to",
                "currency_options.*.unit_amount",
                "custom_unit_amount.maximum",
                "custom_unit_amount.minimum",
                "custom_unit_amount.preset",
                "recurring.interval_count",
                "tiers.*.flat_amount",
                "tiers.*.unit_amount",
                "tiers.*.up_to",
                "transform_quantity.divide_by",
                "unit_amount",
            ),
        )
        return cast("Price", response)

    async def retrieve(
        self,
        price: str,
        *,
        expand: Sequence[str] | None = None,
        stripe_account: str | None = None,
    ) -> Price:
        """Retrieve a price.

        Retrieves the price with the given ID.

        Args:
            expand: Specifies which fields in the response should be expanded.
        """
        path = f"/v1/prices/{quote_path_param(price, 'price')}"
        params: dict[str, object] = {
            "expand": expand,
        }
        response = await self._client.request(
            "GET",
            path,
            params,
            stripe_account=stripe_account,
        )
        return cast("Price", response)
