"""Servers the tests talk to instead of api.stripe.com.

- ``LocalStripe``: a private localstripe process (stateful, partial API).
- ``StubServer``: answers every operation in the spec with example objects, after
  checking the request against the operation's parameter schema.
"""

from .localstripe import TEST_API_KEY, LocalStripe, LocalStripeError
from .stub import ReceivedRequest, StubResponse, StubServer

__all__ = [
    "TEST_API_KEY",
    "LocalStripe",
    "LocalStripeError",
    "ReceivedRequest",
    "StubResponse",
    "StubServer",
]
