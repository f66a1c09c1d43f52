"""When to retry a request, and how long to wait first: the whole policy.

* Network failures and timeouts are retried; a TLS failure (such as a certificate
  that does not verify) is not, as trying again cannot fix it.
* A ``Stripe-Should-Retry`` header is Stripe's own verdict and wins over the
  status rules, both ways: ``false`` never retries, ``true`` always may.
* Otherwise 409, 429, 500, 502, 503 and 504 are retried, whatever the method:
  every POST carries an idempotency key, so a retry cannot act twice.
* The wait before retry ``n`` is ``min(0.5 * 2**(n-1), 5)`` seconds, scaled by a
  random jitter to between half and all of that, and never below 0.5 s. A
  ``Retry-After`` header lengthens the wait to what it asks, up to 60 s.
"""

from __future__ import annotations

import email.utils
import math
import random
import ssl
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

import httpx

__all__ = ["DEFAULT_MAX_RETRIES", "RetryPolicy"]

DEFAULT_MAX_RETRIES = 2
INITIAL_DELAY = 0.5
MAX_DELAY = 5.0
MIN_DELAY = 0.5
MAX_RETRY_AFTER = 60.0
RETRYABLE_STATUSES = frozenset({409, 429, 500, 502, 503, 504})
RETRYABLE_EXCEPTIONS: tuple[type[httpx.TransportError], ...] = (
    httpx.TimeoutException,
    httpx.NetworkError,
    httpx.RemoteProtocolError,
)
SHOULD_RETRY_HEADER = "stripe-should-retry"
RETRY_AFTER_HEADER = "retry-after"


@dataclass(frozen=True)
class RetryPolicy:
    """Decides, after each failed attempt, whether to retry and after what delay.

    ``jitter`` returns a number in [0, 1); tests pin it to get exact delays.
    """

    max_retries: int = DEFAULT_MAX_RETRIES
    jitter: Callable[[], float] = field(default=random.random, compare=False)
    clock: Callable[[], float] = field(default=time.time, compare=False)

    def __post_init__(self) -> None:
        if isinstance(self.max_retries, bool) or not isinstance(self.max_retries, int):
            raise TypeError("max_retries must be an int")
        if self.max_retries < 0:
            raise ValueError("max_retries must be 0 or more")

    def delay_after_response(
        self, retries_done: int, status: int, headers: Mapping[str, str]
    ) -> float | None:
        """Seconds to wait before retrying this response, or None to stop here."""
        if retries_done >= self.max_retries:
            return None
        if not _response_is_retryable(status, headers):
            return None

        delay = self.backoff(retries_done + 1)
        retry_after = self.retry_after(headers)
        if retry_after is not None:
            delay = max(delay, retry_after)
        return delay

    def delay_after_exception(
        self, retries_done: int, error: httpx.HTTPError
    ) -> float | None:
        """Seconds to wait before retrying after a network failure, or None."""
        if retries_done >= self.max_retries:
            return None
        if not exception_is_retryable(error):
            return None
        return self.backoff(retries_done + 1)

    def backoff(self, retry_number: int) -> float:
        """The jittered exponential wait before retry number ``retry_number`` (1+)."""
        growth: float = 2 ** (retry_number - 1)
        ceiling = min(INITIAL_DELAY * growth, MAX_DELAY)
        jittered = ceiling * (0.5 + 0.5 * self.jitter())
        return max(jittered, MIN_DELAY)

    def retry_after(self, headers: Mapping[str, str]) -> float | None:
        """The wait a ``Retry-After`` header asks for, capped; None if absent or odd.

        Both forms are read: delay-seconds and an HTTP date.
        """
        value = headers.get(RETRY_AFTER_HEADER)
        if value is None:
            return None

        seconds = _parse_retry_after(value.strip(), self.clock())
        if seconds is None or math.isnan(seconds):
            return None
        return min(max(seconds, 0.0), MAX_RETRY_AFTER)


def exception_is_retryable(error: BaseException) -> bool:
    """Whether a failure to get any response is worth another attempt."""
    if _caused_by_tls_failure(error):
        return False
    return isinstance(error, RETRYABLE_EXCEPTIONS)


def _response_is_retryable(status: int, headers: Mapping[str, str]) -> bool:
    """Stripe's ``Stripe-Should-Retry`` verdict when given, else the status list."""
    verdict = headers.get(SHOULD_RETRY_HEADER, "").strip().lower()
    if verdict == "false":
        return False
    if verdict == "true":
        return True
    return status in RETRYABLE_STATUSES


def _caused_by_tls_failure(error: BaseException) -> bool:
    """Whether an ``ssl.SSLError`` is anywhere in the chain of causes."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        if isinstance(current, ssl.SSLError):
            return True
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return False


def _parse_retry_after(value: str, now: float) -> float | None:
    """Seconds from delay-seconds (``"3"``) or an HTTP date; None if unreadable."""
    try:
        return float(value)
    except ValueError:
        pass

    try:
        moment = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if moment.tzinfo is None:
        return None
    return moment.timestamp() - now
