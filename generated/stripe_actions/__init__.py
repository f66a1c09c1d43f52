# Generated from Stripe's spec 2023-08-16 (eed9ac08); do not edit: `make generate`.
"""Ready-to-run Stripe actions, generated from Stripe's OpenAPI document 2023-08-16.

Example::

    from stripe_actions import StripeClient

    client = StripeClient()  # reads STRIPE_API_KEY
    for customer in client.customers.list(limit=100).auto_paging_iter():
        print(customer["id"])
"""

from __future__ import annotations

from ._base import (
    Action,
    APIConnectionError,
    APIError,
    AsyncPage,
    AuthenticationError,
    CardError,
    IdempotencyError,
    InvalidRequestError,
    Page,
    PermissionError,
    RateLimitError,
    StripeError,
    ValidationError,
)
from ._client import STRIPE_VERSION, AsyncStripeClient, StripeClient
from .actions import ACTIONS

__all__ = [
    "ACTIONS",
    "APIConnectionError",
    "APIError",
    "Action",
    "AsyncPage",
    "AsyncStripeClient",
    "AuthenticationError",
    "CardError",
    "IdempotencyError",
    "InvalidRequestError",
    "Page",
    "PermissionError",
    "RateLimitError",
    "STRIPE_VERSION",
    "StripeClient",
    "StripeError",
    "ValidationError",
]
