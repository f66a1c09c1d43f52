"""The errors a Stripe call can raise.

Everything we raise is a ``StripeError``; raw ``httpx`` exceptions never escape.

* StripeError
  + APIConnectionError    network failure or timeout, the httpx error is the cause
  + APIError              5xx, 409 and anything unexpected, e.g. an error response
                          without Stripe's error object
  + AuthenticationError   401, or a missing or unusable API key (raised locally)
  + PermissionError       403, the key may not do this (not the builtin of that name)
  + CardError             402, the card was declined; see ``decline_code``
  + InvalidRequestError   400 and 404, and error types we do not know yet
  + IdempotencyError      an idempotency key was reused with different parameters
  + RateLimitError        429, too many requests
  + ValidationError       a parameter problem found locally, before any request
                          (also a ``ValueError``)
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

__all__ = [
    "APIConnectionError",
    "APIError",
    "AuthenticationError",
    "CardError",
    "IdempotencyError",
    "InvalidRequestError",
    "PermissionError",
    "Problem",
    "RateLimitError",
    "StripeError",
    "ValidationError",
    "error_from_response",
]


class StripeError(Exception):
    """Base of every error this package raises, with all Stripe said about it.

    ``body`` is the raw response text and ``json_body`` its decoded form, when the
    error came from a response; both are None for local errors.
    """

    def __init__(
        self,
        message: str,
        *,
        type: str | None = None,
        code: str | None = None,
        param: str | None = None,
        decline_code: str | None = None,
        doc_url: str | None = None,
        http_status: int | None = None,
        request_id: str | None = None,
        headers: Mapping[str, str] | None = None,
        body: str | None = None,
        json_body: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.type = type
        self.code = code
        self.param = param
        self.decline_code = decline_code
        self.doc_url = doc_url
        self.http_status = http_status
        self.request_id = request_id
        self.headers: dict[str, str] = dict(headers or {})
        self.body = body
        self.json_body = json_body

    def __str__(self) -> str:
        if self.request_id:
            return f"{self.message} (request {self.request_id})"
        return self.message

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(message={self.message!r}, "
            f"http_status={self.http_status!r}, request_id={self.request_id!r})"
        )


class APIConnectionError(StripeError):
    """The request never got a response: DNS, TLS, refused, reset or timed out."""


class APIError(StripeError):
    """Stripe failed (5xx), conflicted (409) or answered something we cannot read."""


class AuthenticationError(StripeError):
    """The API key is missing, unusable here, or rejected by Stripe (401)."""


# Stripe's own name for a 403; other modules import it as errors.PermissionError.
class PermissionError(StripeError):
    """The key is valid but may not perform this request (403)."""


class CardError(StripeError):
    """The card could not be charged (402); ``decline_code`` says why."""


class InvalidRequestError(StripeError):
    """Stripe refused the parameters (400) or the object does not exist (404)."""


class IdempotencyError(StripeError):
    """An idempotency key was reused for a request with different parameters."""


class RateLimitError(StripeError):
    """Too many requests in too little time (429)."""


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the parameters, located by a JSON-path-like ``path``.

    >>> Problem("$.items[0].price", "is required").param
    'items[0][price]'
    """

    path: str
    message: str

    @property
    def param(self) -> str:
        """The parameter in Stripe's own bracket form, as Stripe's ``param`` reads."""
        segments = _PATH_SEGMENT.findall(self.path.removeprefix("$"))
        names: list[str] = [name or index for name, index in segments]
        if not names:
            return ""
        return names[0] + "".join(f"[{name}]" for name in names[1:])

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


_PATH_SEGMENT = re.compile(r"\.([^.\[\]]+)|\[(\d+|\*)\]")


class ValidationError(StripeError, ValueError):
    """Parameters that are wrong before any request is sent; lists every problem.

    >>> str(ValidationError([Problem("$.limit", "must be between 1 and 100")]))
    'Invalid parameters: $.limit: must be between 1 and 100'
    """

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems: list[Problem] = list(problems)
        if not self.problems:
            raise ValueError("a ValidationError needs at least one problem")

        first = self.problems[0]
        lines = [str(problem) for problem in self.problems]
        if len(lines) == 1:
            message = f"Invalid parameters: {lines[0]}"
        else:
            message = "Invalid parameters:\n" + "\n".join(f"  {x}" for x in lines)
        super().__init__(message, type="validation_error", param=first.param)


_ERROR_BY_STATUS: dict[int, type[StripeError]] = {
    400: InvalidRequestError,
    401: AuthenticationError,
    402: CardError,
    403: PermissionError,
    404: InvalidRequestError,
    429: RateLimitError,
}


def error_from_response(
    status: int, headers: Mapping[str, str], body: str
) -> StripeError:
    """Turn an error response into the matching ``StripeError``.

    The status decides the class, except that an ``idempotency_error`` is always
    an ``IdempotencyError`` and a 400 ``rate_limit`` code is a ``RateLimitError``.
    A body that is not Stripe's JSON error still gives an error with the raw body.
    """
    request_id = headers.get("request-id")
    decoded = _json_value(body)
    details = _error_details(decoded)

    error_class = _ERROR_BY_STATUS.get(status, APIError)
    error_type = details.get("type")
    if error_type == "idempotency_error":
        error_class = IdempotencyError
    elif status == 400 and details.get("code") == "rate_limit":
        error_class = RateLimitError

    message = details.get("message")
    if not isinstance(message, str) or not message:
        message = _fallback_message(status, body, decoded, bool(details))

    return error_class(
        message,
        type=_text_or_none(error_type),
        code=_text_or_none(details.get("code")),
        param=_text_or_none(details.get("param")),
        decline_code=_text_or_none(details.get("decline_code")),
        doc_url=_text_or_none(details.get("doc_url")),
        http_status=status,
        request_id=request_id,
        headers=headers,
        body=body,
        json_body=decoded if isinstance(decoded, dict) else None,
    )


# What ``_json_value`` returns for a body that cannot be decoded.
_NOT_JSON = object()


def _json_value(body: str) -> object:
    """The body decoded as JSON, or ``_NOT_JSON``; nesting too deep to decode
    counts as not JSON, as a reply cannot make us recurse without bound."""
    try:
        return json.loads(body)
    except (ValueError, RecursionError):
        return _NOT_JSON


def _error_details(decoded: object) -> dict[str, Any]:
    """The ``error`` object of a decoded Stripe error body, or {} when there is none."""
    details = decoded.get("error") if isinstance(decoded, dict) else None
    return details if isinstance(details, dict) else {}


def _fallback_message(
    status: int, body: str, decoded: object, had_error_object: bool
) -> str:
    """A message for responses that do not carry one, quoting the body briefly."""
    if had_error_object:
        return f"Stripe returned HTTP {status} without an error message"

    excerpt = " ".join(body.split())[:200]
    if not excerpt:
        return f"Stripe returned HTTP {status} with an empty body"
    if decoded is _NOT_JSON:
        return f"Stripe returned HTTP {status} with a body that is not JSON: {excerpt}"
    return (
        f"Stripe returned HTTP {status}, an error response without Stripe's "
        f"error object: {excerpt}"
    )


def _text_or_none(value: object) -> str | None:
    """Keep a field only when Stripe sent it as a string."""
    return value if isinstance(value, str) else None
