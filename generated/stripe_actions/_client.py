# Generated from Stripe's spec 2023-08-16 (eed9ac08); do not edit: `make generate`.
"""The clients users construct: the handwritten base plus one namespace per resource."""

from __future__ import annotations

from functools import cached_property

from .customers import AsyncCustomers, Customers
from .charges import AsyncCharges, Charges
from .invoices import AsyncInvoices, Invoices
from .subscriptions import AsyncSubscriptions, Subscriptions
from .products import AsyncProducts, Products
from .prices import AsyncPrices, Prices
from ._base import AsyncBaseStripeClient, BaseStripeClient

STRIPE_VERSION = "2023-08-16"


class StripeClient(BaseStripeClient):
    """A Stripe client pinned to API version 2023-08-16.

    Example::

        client = StripeClient()  # the key comes from STRIPE_API_KEY
        customer = client.customers.create(email="jenny@example.com")
    """

    DEFAULT_STRIPE_VERSION = STRIPE_VERSION

    @cached_property
    def customers(self) -> Customers:
        return Customers(self)

    @cached_property
    def charges(self) -> Charges:
        return Charges(self)

    @cached_property
    def invoices(self) -> Invoices:
        return Invoices(self)

    @cached_property
    def subscriptions(self) -> Subscriptions:
        return Subscriptions(self)

    @cached_property
    def products(self) -> Products:
        return Products(self)

    @cached_property
    def prices(self) -> Prices:
        return Prices(self)


class AsyncStripeClient(AsyncBaseStripeClient):
    """The asyncio twin of ``StripeClient``, with the same namespaces."""

    DEFAULT_STRIPE_VERSION = STRIPE_VERSION

    @cached_property
    def customers(self) -> AsyncCustomers:
        return AsyncCustomers(self)

    @cached_property
    def charges(self) -> AsyncCharges:
        return AsyncCharges(self)

    @cached_property
    def invoices(self) -> AsyncInvoices:
        return AsyncInvoices(self)

    @cached_property
    def subscriptions(self) -> AsyncSubscriptions:
        return AsyncSubscriptions(self)

    @cached_property
    def products(self) -> AsyncProducts:
        return AsyncProducts(self)

    @cached_property
    def prices(self) -> AsyncPrices:
        return AsyncPrices(self)
