# Generated from Stripe's spec 2023-08-16 (eed9ac08); do not edit: `make generate`.
"""The clients users construct: the handwritten base plus one namespace per resource.

Each namespace's module is imported on first use, so ``import stripe_actions`` stays
cheap however many resources the catalogue names.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from ._base import AsyncBaseStripeClient, BaseStripeClient

if TYPE_CHECKING:
    from .charges import AsyncCharges, Charges
    from .customers import AsyncCustomers, Customers
    from .invoices import AsyncInvoices, Invoices
    from .prices import AsyncPrices, Prices
    from .products import AsyncProducts, Products
    from .subscriptions import AsyncSubscriptions, Subscriptions

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
        from .customers import Customers

        return Customers(self)

    @cached_property
    def charges(self) -> Charges:
        from .charges import Charges

        return Charges(self)

    @cached_property
    def invoices(self) -> Invoices:
        from .invoices import Invoices

        return Invoices(self)

    @cached_property
    def subscriptions(self) -> Subscriptions:
        from .subscriptions import Subscriptions

        return Subscriptions(self)

    @cached_property
    def products(self) -> Products:
        from .products import Products

        return Products(self)

    @cached_property
    def prices(self) -> Prices:
        from .prices import Prices

        return Prices(self)


class AsyncStripeClient(AsyncBaseStripeClient):
    """The asyncio twin of ``StripeClient``, with the same namespaces."""

    DEFAULT_STRIPE_VERSION = STRIPE_VERSION

    @cached_property
    def customers(self) -> AsyncCustomers:
        from .customers import AsyncCustomers

        return AsyncCustomers(self)

    @cached_property
    def charges(self) -> AsyncCharges:
        from .charges import AsyncCharges

        return AsyncCharges(self)

    @cached_property
    def invoices(self) -> AsyncInvoices:
        from .invoices import AsyncInvoices

        return AsyncInvoices(self)

    @cached_property
    def subscriptions(self) -> AsyncSubscriptions:
        from .subscriptions import AsyncSubscriptions

        return AsyncSubscriptions(self)

    @cached_property
    def products(self) -> AsyncProducts:
        from .products import AsyncProducts

        return AsyncProducts(self)

    @cached_property
    def prices(self) -> AsyncPrices:
        from .prices import AsyncPrices

        return AsyncPrices(self)
