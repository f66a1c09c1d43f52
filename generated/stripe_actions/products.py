# Generated from Stripe's spec 2023-08-16 (eed9ac08); do not edit: `make generate`.
"""Actions on products: create, retrieve."""

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
    from .types import Product


class ProductsCreateParamsDefaultPriceData(TypedDict, total=False):
    """The `default_price_data` parameter of `products.create`.

    Data used to generate a new [Price](https://stripe.com/docs/api/prices) object.
    This Price will be set as the default price for this product.
    """

    currency: Required[str]
    currency_options: Mapping[
        str, ProductsCreateParamsDefaultPriceDataCurrencyOptionsValue
    ]
    recurring: ProductsCreateParamsDefaultPriceDataRecurring
    tax_behavior: Literal["exclusive", "inclusive", "unspecified"]
    unit_amount: int
    unit_amount_decimal: str | Decimal


class ProductsCreateParamsDefaultPriceDataCurrencyOptionsValue(TypedDict, total=False):
    """The `default_price_data.currency_options[]` parameter of `products.create`."""

    custom_unit_amount: (
        ProductsCreateParamsDefaultPriceDataCurrencyOptionsValueCustomUnitAmount
    )
    tax_behavior: Literal["exclusive", "inclusive", "unspecified"]
    tiers: Sequence[ProductsCreateParamsDefaultPriceDataCurrencyOptionsValueTiers]
    unit_amount: int
    unit_amount_decimal: str | Decimal


class ProductsCreateParamsDefaultPriceDataCurrencyOptionsValueCustomUnitAmount(
    TypedDict, total=False
):
    """The `default_price_data.currency_options[].custom_unit_amount` parameter of
    `products.create`.
    """

    enabled: Required[bool]
    maximum: int
    minimum: int
    preset: int


class ProductsCreateParamsDefaultPriceDataCurrencyOptionsValueTiers(
    TypedDict, total=False
):
    """The `default_price_data.currency_options[].tiers[]` parameter of
    `products.create`.
    """

    flat_amount: int
    flat_amount_decimal: str | Decimal
    unit_amount: int
    unit_amount_decimal: str | Decimal
    up_to: Required[Literal["inf"] | int]


class ProductsCreateParamsDefaultPriceDataRecurring(TypedDict, total=False):
    """The `default_price_data.recurring` parameter of `products.create`."""

    interval: Required[Literal["day", "month", "week", "year"]]
    interval_count: int


class ProductsCreateParamsFeatures(TypedDict, total=False):
    """The `features[]` parameter of `products.create`."""

    name: Required[str]


class ProductsCreateParamsPackageDimensions(TypedDict, total=False):
    """The `package_dimensions` parameter of `products.create`.

    The dimensions of this product for shipping purposes.
    """

    height: Required[float]
    length: Required[float]
    weight: Required[float]
    width: Required[float]


class Products:
    """``client.products``: create, retrieve."""

    def __init__(self, client: BaseStripeClient) -> None:
        self._client = client

    def create(
        self,
        *,
        name: str,
        active: bool | None = None,
        default_price_data: ProductsCreateParamsDefaultPriceData | None = None,
        description: str | None = None,
        expand: Sequence[str] | None = None,
        features: Sequence[ProductsCreateParamsFeatures] | None = None,
        id: str | None = None,
        images: Sequence[str] | None = None,
        metadata: Mapping[str, str] | None = None,
        package_dimensions: ProductsCreateParamsPackageDimensions | None = None,
        shippable: bool | None = None,
        statement_descriptor: str | None = None,
        tax_code: str | None = None,
        unit_label: str | None = None,
        url: str | None = None,
        idempotency_key: str | None = None,
        stripe_account: str | None = None,
    ) -> Product:
        """Create a product.

        Creates a new product object.

        Args:
            name: The product's name, meant to be displayable to the customer.
            active: Whether the product is currently available for purchase. Defaults to
                `true`.
            default_price_data: Data used to generate a new
                [Price](https://stripe.com/docs/api/prices) object. This Price will be
                set as the default price for this product.
            description: The product's description, meant to be displayable to the
                customer. Use this field to optionally store a long form explanation of
                the product being sold for your own rendering purposes.
            expand: Specifies which fields in the response should be expanded.
            features: A list of up to 15 features for this product. These are displayed
                in [pricing
                tables](https://stripe.com/docs/payments/checkout/pricing-table).
            id: An identifier will be randomly generated by Stripe. You can optionally
                override this ID, but the ID must be unique across all products in your
                Stripe account.
            images: A list of up to 8 URLs of images for this product, meant to be
                displayable to the customer.
            metadata: Set of [key-value pairs](https://stripe.com/docs/api/metadata)
                that you can attach to an object. This can be useful for storing
                additional information about the object in a structured format.
                Individual keys can be unset by posting an empty value to them. All keys
                can be unset by posting an empty value to `metadata`.
            package_dimensions: The dimensions of this product for shipping purposes.
            shippable: Whether this product is shipped (i.e., physical goods).
            statement_descriptor: An arbitrary string to be displayed on your customer's
                credit card or bank statement. While most banks display this information
                consistently, some may display it incorrectly or not at all.
            tax_code: A [tax code](https://stripe.com/docs/tax/tax-categories) ID.
            unit_label: A label that represents units of this product. When set, this
                will be included in customers' receipts, invoices, Checkout, and the
                customer portal.
            url: A URL of a publicly-accessible webpage for this product.
        """
        path = "/v1/products"
        params: dict[str, object] = {
            "name": name,
            "active": active,
            "default_price_data": default_price_data,
            "description": description,
            "expand": expand,
            "features": features,
            "id": id,
            "images": images,
            "metadata": metadata,
            "package_dimensions": package_dimensions,
            "shippable": shippable,
            "statement_descriptor": statement_descriptor,
            "tax_code": tax_code,
            "unit_label": unit_label,
            "url": url,
        }
        response = self._client.request(
            "POST",
            path,
            params,
            idempotency_key=idempotency_key,
            stripe_account=stripe_account,
            integers=(
                "default_price_data.currency_options.*.custom_unit_amount.maximum",
                "default_price_data.currency_options.*.custom_unit_amount.minimum",
                "default_price_data.currency_options.*.custom_unit_amount.preset",
                "default_price_data.currency_options.*.tiers.*.flat_amount",
                "default_price_data.currency_options.*.tiers.*.unit_amount",
                "default_price_data.currency_options.*.tiers.*.up_to",
                "default_price_data.currency_options.*.unit_amount",
                "default_price_data.recurring.interval_count",
                "default_price_data.unit_amount",
            ),
        )
        return cast("Product", response)

    def retrieve(
        self,
        id: str,
        *,
        expand: Sequence[str] | None = None,
        stripe_account: str | None = None,
    ) -> Product:
        """Retrieve a product.

        Retrieves the details of an existing product. Supply the unique product ID
        from either a product creation request or the product list, and Stripe will
        return the corresponding product information.

        Args:
            expand: Specifies which fields in the response should be expanded.
        """
        path = f"/v1/products/{quote_path_param(id, 'id')}"
        params: dict[str, object] = {
            "expand": expand,
        }
        response = self._client.request(
            "GET",
            path,
            params,
            stripe_account=stripe_account,
        )
        return cast("Product", response)


class AsyncProducts:
    """``client.products`` on the async client: create, retrieve."""

    def __init__(self, client: AsyncBaseStripeClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        name: str,
        active: bool | None = None,
        default_price_data: ProductsCreateParamsDefaultPriceData | None = None,
        description: str | None = None,
        expand: Sequence[str] | None = None,
        features: Sequence[ProductsCreateParamsFeatures] | None = None,
        id: str | None = None,
        images: Sequence[str] | None = None,
        metadata: Mapping[str, str] | None = None,
        package_dimensions: ProductsCreateParamsPackageDimensions | None = None,
        shippable: bool | None = None,
        statement_descriptor: str | None = None,
        tax_code: str | None = None,
        unit_label: str | None = None,
        url: str | None = None,
        idempotency_key: str | None = None,
        stripe_account: str | None = None,
    ) -> Product:
        """Create a product.

        Creates a new product object.

        Args:
            name: The product's name, meant to be displayable to the customer.
            active: Whether the product is currently available for purchase. Defaults to
                `true`.
            default_price_data: Data used to generate a new
                [Price](https://stripe.com/docs/api/prices) object. This Price will be
                set as the default price for this product.
            description: The product's description, meant to be displayable to the
                customer. Use this field to optionally store a long form explanation of
                the product being sold for your own rendering purposes.
            expand: Specifies which fields in the response should be expanded.
            features: A list of up to 15 features for this product. These are displayed
                in [pricing
                tables](https://stripe.com/docs/payments/checkout/pricing-table).
            id: An identifier will be randomly generated by Stripe. You can optionally
                override this ID, but the ID must be unique across all products in your
                Stripe account.
            images: A list of up to 8 URLs of images for this product, meant to be
                displayable to the customer.
            metadata: Set of [key-value pairs](https://stripe.com/docs/api/metadata)
                that you can attach to an object. This can be useful for storing
                additional information about the object in a structured format.
                Individual keys can be unset by posting an empty value to them. All keys
                can be unset by posting an empty value to `metadata`.
            package_dimensions: The dimensions of this product for shipping purposes.
            shippable: Whether this product is shipped (i.e., physical goods).
            statement_descriptor: An arbitrary string to be displayed on your customer's
                credit card or bank statement. While most banks display this information
                consistently, some may display it incorrectly or not at all.
            tax_code: A [tax code](https://stripe.com/docs/tax/tax-categories) ID.
            unit_label: A label that represents units of this product. When set, this
                will be included in customers' receipts, invoices, Checkout, and the
                customer portal.
            url: A URL of a publicly-accessible webpage for this product.
        """
        path = "/v1/products"
        params: dict[str, object] = {
            "name": name,
            "active": active,
            "default_price_data": default_price_data,
            "description": description,
            "expand": expand,
            "features": features,
            "id": id,
            "images": images,
            "metadata": metadata,
            "package_dimensions": package_dimensions,
            "shippable": shippable,
            "statement_descriptor": statement_descriptor,
            "tax_code": tax_code,
            "unit_label": unit_label,
            "url": url,
        }
        response = await self._client.request(
            "POST",
            path,
            params,
            idempotency_key=idempotency_key,
            stripe_account=stripe_account,
            integers=(
                "default_price_data.currency_options.*.custom_unit_amount.maximum",
                "default_price_data.currency_options.*.custom_unit_amount.minimum",
                "default_price_data.currency_options.*.custom_unit_amount.preset",
                "default_price_data.currency_options.*.tiers.*.flat_amount",
                "default_price_data.currency_options.*.tiers.*.unit_amount",
                "default_price_data.currency_options.*.tiers.*.up_to",
                "default_price_data.currency_options.*.unit_amount",
                "default_price_data.recurring.interval_count",
                "default_price_data.unit_amount",
            ),
        )
        return cast("Product", response)

    async def retrieve(
        self,
        id: str,
        *,
        expand: Sequence[str] | None = None,
        stripe_account: str | None = None,
    ) -> Product:
        """Retrieve a product.

        Retrieves the details of an existing product. Supply the unique product ID
        from either a product creation request or the product list, and Stripe will
        return the corresponding product information.

        Args:
            expand: Specifies which fields in the response should be expanded.
        """
        path = f"/v1/products/{quote_path_param(id, 'id')}"
        params: dict[str, object] = {
            "expand": expand,
        }
        response = await self._client.request(
            "GET",
            path,
            params,
            stripe_account=stripe_account,
        )
        return cast("Product", response)
