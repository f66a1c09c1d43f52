"""The handwritten runtime every generated module builds on.

Nothing here imports the generated code: it depends only on httpx, and on
jsonschema once an action first checks its parameters.
"""

from __future__ import annotations

from ._version import __version__
from .actions import DEFAULT_MAX_ITEMS, Action, ActionRegistry, RequestAction
from .client import AsyncBaseStripeClient, BaseStripeClient
from .encoding import encode_params, quote_path_param
from .errors import (
    APIConnectionError,
    APIError,
    AuthenticationError,
    CardError,
    IdempotencyError,
    InvalidRequestError,
    PermissionError,
    Problem,
    RateLimitError,
    StripeError,
    ValidationError,
)
from .paging import AsyncPage, Page
from .retry import DEFAULT_MAX_RETRIES, RetryPolicy

__all__ = [
    "DEFAULT_MAX_ITEMS",
    "DEFAULT_MAX_RETRIES",
    "APIConnectionError",
    "APIError",
    "Action",
    "ActionRegistry",
    "AsyncBaseStripeClient",
    "AsyncPage",
    "AuthenticationError",
    "BaseStripeClient",
    "CardError",
    "IdempotencyError",
    "InputValidator",
    "InvalidRequestError",
    "Page",
    "PermissionError",
    "Problem",
    "RateLimitError",
    "RequestAction",
    "RetryPolicy",
    "StripeError",
    "ValidationError",
    "__version__",
    "encode_params",
    "quote_path_param",
]


def __getattr__(name: str) -> object:
    """``InputValidator`` on demand: validation is only needed by the registry."""
    if name == "InputValidator":
        from .validation import InputValidator

        return InputValidator
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
