"""The clients that send requests to Stripe: ``BaseStripeClient`` and its async twin.

Both share one design: a request is prepared once (headers, encoded parameters,
one idempotency key) and then sent, judged and maybe retried as ``retry.py``
decides. The only difference is how they wait and send.

Example::

    with BaseStripeClient("sk_test_...") as client:
        customer = client.request("POST", "/v1/customers", {"email": "a@b.c"})
"""

from __future__ import annotations

import json
import logging
import os
import re
import sys
import time
from collections.abc import Awaitable, Callable, Collection, Mapping
from dataclasses import dataclass, field
from functools import partial
from types import TracebackType
from typing import TYPE_CHECKING, Any, ClassVar

import httpx

from . import errors
from ._version import __version__
from .encoding import encode_params, form_urlencode
from .paging import AsyncPage, Page, check_list_params
from .retry import DEFAULT_MAX_RETRIES, RetryPolicy

if TYPE_CHECKING:
    from typing_extensions import Self

__all__ = [
    "API_KEY_ENV",
    "AsyncBaseStripeClient",
    "BaseStripeClient",
    "check_request_options",
]

logger = logging.getLogger(__name__)

API_KEY_ENV = "STRIPE_API_KEY"
DEFAULT_BASE_URL = "https://api.stripe.com"
DEFAULT_TIMEOUT = 80.0
METHODS = frozenset({"GET", "POST", "DELETE"})
# Stripe refuses longer idempotency keys.
MAX_IDEMPOTENCY_KEY_LENGTH = 255
SECRET_KEY_PREFIXES = ("sk_", "rk_")
LIVE_KEY_PREFIXES = ("sk_live_", "rk_live_")
USER_AGENT = (
    f"stripe-actions/{__version__} "
    f"python/{'.'.join(str(part) for part in sys.version_info[:3])} "
    f"httpx/{httpx.__version__}"
)

# Errors httpx raises while building, sending or reading a request.
_HTTPX_ERRORS = (httpx.HTTPError, httpx.InvalidURL, httpx.StreamError)
_KEY_CHARACTERS = re.compile(r"[A-Za-z0-9_]+")
_UNSAFE_PATH = re.compile(r"[\s?#\\]|^//|(^|/)\.\.?(/|$)")
# A header value httpx can send: printable ASCII, no space at either end.
_HEADER_VALUE = re.compile(r"[!-~]([ -~]*[!-~])?")


class _Secret:
    """An API key that never shows itself in a repr, a log or a traceback's locals.

    Its checks read the key without binding it to a local variable, so error
    reporters that capture frame locals cannot pick it up either.
    """

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def unusable_reason(self) -> str | None:
        """Why this key cannot call the API, never quoting it; None if it can."""
        if self._value.startswith("pk_"):
            return (
                "A publishable key (pk_...) cannot call the API from a server; "
                "use a secret (sk_...) or restricted (rk_...) key."
            )
        if not self._value.startswith(SECRET_KEY_PREFIXES):
            return "The API key must be a secret (sk_...) or restricted (rk_...) key."
        if not _KEY_CHARACTERS.fullmatch(self._value):
            return (
                "The API key contains characters a Stripe key never has "
                "(is there a stray space or newline?)."
            )
        return None

    def is_live(self) -> bool:
        return self._value.startswith(LIVE_KEY_PREFIXES)

    def mask(self, text: str) -> str:
        """``text`` with the key replaced, should a server or library echo it."""
        if self._value not in text:
            return text
        return text.replace(self._value, self._value[:8] + "***")

    def __repr__(self) -> str:
        return "<secret>"

    __str__ = __repr__


@dataclass(frozen=True)
class _PreparedRequest:
    """Everything sent on each attempt; built once so retries resend it unchanged."""

    method: str
    path: str
    url: str
    headers: dict[str, str] = field(repr=False)
    content: bytes | None = field(repr=False)


@dataclass(frozen=True)
class _Verdict:
    """The outcome of one attempt: a result, or an error, and whether to retry."""

    result: dict[str, Any] | None = None
    error: errors.StripeError | None = None
    retry_delay: float | None = None


class _ClientCore:
    """Configuration, request preparation and response reading for both clients."""

    DEFAULT_STRIPE_VERSION: ClassVar[str | None] = None

    def __init__(
        self,
        api_key: str | None,
        *,
        base_url: str,
        stripe_version: str | None,
        stripe_account: str | None,
        max_retries: int,
        timeout: float | httpx.Timeout,
    ) -> None:
        problems = [
            *_header_problems("stripe_version", stripe_version),
            *_header_problems("stripe_account", stripe_account),
        ]
        if problems:
            raise errors.ValidationError(problems)

        if api_key is None:
            api_key = os.environ.get(API_KEY_ENV)
        if isinstance(api_key, str):
            # A key pasted from a file or a terminal often ends in a newline.
            api_key = api_key.strip()
        self._api_key = _Secret(api_key) if api_key else None
        self.base_url = base_url.rstrip("/")
        self.stripe_version = stripe_version or self.DEFAULT_STRIPE_VERSION
        self.stripe_account = stripe_account
        self.timeout = timeout
        self._retry_policy = RetryPolicy(max_retries=max_retries)

    @property
    def livemode(self) -> bool:
        """Whether requests act on live data, judged from the key's prefix."""
        return self._api_key is not None and self._api_key.is_live()

    @property
    def max_retries(self) -> int:
        return self._retry_policy.max_retries

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(livemode={self.livemode}, "
            f"base_url={self.base_url!r}, stripe_version={self.stripe_version!r}, "
            f"stripe_account={self.stripe_account!r})"
        )

    def _prepare(
        self,
        method: str,
        path: str,
        params: Mapping[str, Any] | None,
        *,
        stripe_account: str | None,
        idempotency_key: str | None,
        emptyable: Collection[str],
        integers: Collection[str],
    ) -> _PreparedRequest:
        """Check and encode a request; every local error is raised from here."""
        method = _check_method(method)
        _check_path(path)
        check_request_options(
            stripe_account=stripe_account, idempotency_key=idempotency_key
        )
        self._check_api_key()
        pairs = encode_params(params or {}, emptyable=emptyable, integers=integers)
        encoded = form_urlencode(pairs)

        headers = {
            "Authorization": f"Bearer {self._api_key_value()}",
            "User-Agent": USER_AGENT,
            "Accept": "application/json",
        }
        if self.stripe_version:
            headers["Stripe-Version"] = self.stripe_version
        account = self.stripe_account if stripe_account is None else stripe_account
        if account is not None:
            headers["Stripe-Account"] = account
        if idempotency_key is not None:
            headers["Idempotency-Key"] = idempotency_key
        elif method == "POST":
            headers["Idempotency-Key"] = _new_idempotency_key()

        url = self.base_url + path
        if method == "POST":
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            return _PreparedRequest(method, path, url, headers, encoded.encode())
        if encoded:
            url = f"{url}?{encoded}"
        return _PreparedRequest(method, path, url, headers, None)

    def _check_api_key(self) -> None:
        """Raise AuthenticationError, saying why, unless the key can be used."""
        if self._api_key is None:
            raise errors.AuthenticationError(
                f"No API key provided: pass api_key= or set {API_KEY_ENV}."
            )

        reason = self._api_key.unusable_reason()
        if reason is not None:
            raise errors.AuthenticationError(reason)

    def _api_key_value(self) -> str:
        assert self._api_key is not None
        return self._api_key.reveal()

    def _judge_response(
        self,
        request: _PreparedRequest,
        response: httpx.Response,
        attempt: int,
        elapsed: float,
    ) -> _Verdict:
        """Decode a response, or build its error and decide whether to retry."""
        headers = {name.lower(): value for name, value in response.headers.items()}
        body = self._redact(response.content.decode("utf-8", errors="replace"))

        if 200 <= response.status_code < 300:
            verdict = _Verdict(
                result=_decode_object(response.status_code, headers, body)
            )
        else:
            delay = self._retry_policy.delay_after_response(
                attempt - 1, response.status_code, headers
            )
            error = errors.error_from_response(response.status_code, headers, body)
            verdict = _Verdict(error=error, retry_delay=delay)

        self._log_attempt(
            request,
            str(response.status_code),
            headers.get("request-id"),
            attempt,
            elapsed,
            verdict.retry_delay,
        )
        return verdict

    def _judge_exception(
        self,
        request: _PreparedRequest,
        failure: Exception,
        attempt: int,
        elapsed: float,
    ) -> _Verdict:
        """Wrap a failure to get a response and decide whether to retry."""
        delay = None
        if isinstance(failure, httpx.HTTPError):
            delay = self._retry_policy.delay_after_exception(attempt - 1, failure)

        reason = type(failure).__name__
        if str(failure):
            reason = f"{reason}: {self._redact(str(failure))}"
        error = errors.APIConnectionError(
            f"Could not get a response from Stripe ({reason})"
        )
        error.__cause__ = failure

        outcome = f"failed ({type(failure).__name__})"
        self._log_attempt(request, outcome, None, attempt, elapsed, delay)
        return _Verdict(error=error, retry_delay=delay)

    def _redact(self, text: str) -> str:
        """Text with our key masked, should a server or library ever echo it."""
        return text if self._api_key is None else self._api_key.mask(text)

    def _log_attempt(
        self,
        request: _PreparedRequest,
        outcome: str,
        request_id: str | None,
        attempt: int,
        elapsed: float,
        retry_delay: float | None,
    ) -> None:
        """One DEBUG line per attempt: never the key, the query or the body."""
        next_step = "done" if retry_delay is None else f"retry in {retry_delay:.2f}s"
        logger.debug(
            "Stripe %s %s -> %s request_id=%s attempt=%d elapsed=%.3fs %s",
            request.method,
            request.path,
            outcome,
            request_id,
            attempt,
            elapsed,
            next_step,
        )


class BaseStripeClient(_ClientCore):
    """A synchronous Stripe client, safe to share between threads.

    ``http_client`` lets callers bring their own pooled ``httpx.Client`` (which
    ``close`` then leaves open); ``sleep`` is how the client waits between retries.
    """

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str = DEFAULT_BASE_URL,
        stripe_version: str | None = None,
        stripe_account: str | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        http_client: httpx.Client | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        super().__init__(
            api_key,
            base_url=base_url,
            stripe_version=stripe_version,
            stripe_account=stripe_account,
            max_retries=max_retries,
            timeout=timeout,
        )
        self._owns_http_client = http_client is None
        self._http_client = http_client or httpx.Client(timeout=timeout)
        self._sleep = sleep

    def request(
        self,
        method: str,
        path: str,
        params: Mapping[str, Any] | None = None,
        *,
        stripe_account: str | None = None,
        idempotency_key: str | None = None,
        emptyable: Collection[str] = (),
        integers: Collection[str] = (),
    ) -> dict[str, Any]:
        """Send one API call, retrying as the policy allows; the decoded JSON object.

        GET and DELETE send ``params`` as the query, POST as a form body.
        """
        request = self._prepare(
            method,
            path,
            params,
            stripe_account=stripe_account,
            idempotency_key=idempotency_key,
            emptyable=emptyable,
            integers=integers,
        )
        attempt = 0

        while True:
            attempt += 1
            started = time.monotonic()
            try:
                response = self._send(request)
            except _HTTPX_ERRORS as failure:
                elapsed = time.monotonic() - started
                verdict = self._judge_exception(request, failure, attempt, elapsed)
            else:
                elapsed = time.monotonic() - started
                verdict = self._judge_response(request, response, attempt, elapsed)

            if verdict.retry_delay is not None:
                self._sleep(verdict.retry_delay)
                continue
            if verdict.error is not None:
                raise verdict.error
            assert verdict.result is not None
            return verdict.result

    def request_page(
        self,
        method: str,
        path: str,
        params: Mapping[str, Any] | None = None,
        *,
        stripe_account: str | None = None,
        integers: Collection[str] = (),
    ) -> Page[Any]:
        """Fetch one page of a list; the page knows how to fetch the next."""
        list_params = check_list_params(params or {})
        raw = self.request(
            method, path, list_params, stripe_account=stripe_account, integers=integers
        )
        fetch = partial(
            self.request_page,
            method,
            path,
            stripe_account=stripe_account,
            integers=integers,
        )
        return Page(raw, params=list_params, fetch=fetch)

    def close(self) -> None:
        """Release pooled connections, unless the http client was the caller's."""
        if self._owns_http_client:
            self._http_client.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def _send(self, request: _PreparedRequest) -> httpx.Response:
        """One attempt on the wire."""
        http_request = self._http_client.build_request(
            request.method,
            request.url,
            headers=request.headers,
            content=request.content,
            timeout=self.timeout,
        )
        return self._http_client.send(http_request)


class AsyncBaseStripeClient(_ClientCore):
    """An asyncio Stripe client with the same API as ``BaseStripeClient``.

    Safe to share between tasks; ``http_client`` is an ``httpx.AsyncClient``.
    """

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str = DEFAULT_BASE_URL,
        stripe_version: str | None = None,
        stripe_account: str | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        timeout: float | httpx.Timeout = DEFAULT_TIMEOUT,
        http_client: httpx.AsyncClient | None = None,
        sleep: Callable[[float], Awaitable[None]] | None = None,
    ) -> None:
        super().__init__(
            api_key,
            base_url=base_url,
            stripe_version=stripe_version,
            stripe_account=stripe_account,
            max_retries=max_retries,
            timeout=timeout,
        )
        self._owns_http_client = http_client is None
        self._http_client = http_client or httpx.AsyncClient(timeout=timeout)
        self._sleep = sleep or _asyncio_sleep

    async def request(
        self,
        method: str,
        path: str,
        params: Mapping[str, Any] | None = None,
        *,
        stripe_account: str | None = None,
        idempotency_key: str | None = None,
        emptyable: Collection[str] = (),
        integers: Collection[str] = (),
    ) -> dict[str, Any]:
        """Send one API call, retrying as the policy allows; the decoded JSON object.

        GET and DELETE send ``params`` as the query, POST as a form body.
        """
        request = self._prepare(
            method,
            path,
            params,
            stripe_account=stripe_account,
            idempotency_key=idempotency_key,
            emptyable=emptyable,
            integers=integers,
        )
        attempt = 0

        while True:
            attempt += 1
            started = time.monotonic()
            try:
                response = await self._send(request)
            except _HTTPX_ERRORS as failure:
                elapsed = time.monotonic() - started
                verdict = self._judge_exception(request, failure, attempt, elapsed)
            else:
                elapsed = time.monotonic() - started
                verdict = self._judge_response(request, response, attempt, elapsed)

            if verdict.retry_delay is not None:
                await self._sleep(verdict.retry_delay)
                continue
            if verdict.error is not None:
                raise verdict.error
            assert verdict.result is not None
            return verdict.result

    async def request_page(
        self,
        method: str,
        path: str,
        params: Mapping[str, Any] | None = None,
        *,
        stripe_account: str | None = None,
        integers: Collection[str] = (),
    ) -> AsyncPage[Any]:
        """Fetch one page of a list; the page knows how to fetch the next."""
        list_params = check_list_params(params or {})
        raw = await self.request(
            method, path, list_params, stripe_account=stripe_account, integers=integers
        )
        fetch = partial(
            self.request_page,
            method,
            path,
            stripe_account=stripe_account,
            integers=integers,
        )
        return AsyncPage(raw, params=list_params, fetch=fetch)

    async def aclose(self) -> None:
        """Release pooled connections, unless the http client was the caller's."""
        if self._owns_http_client:
            await self._http_client.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def _send(self, request: _PreparedRequest) -> httpx.Response:
        """One attempt on the wire."""
        http_request = self._http_client.build_request(
            request.method,
            request.url,
            headers=request.headers,
            content=request.content,
            timeout=self.timeout,
        )
        return await self._http_client.send(http_request)


def check_request_options(
    *, stripe_account: str | None = None, idempotency_key: str | None = None
) -> None:
    """Refuse request options that cannot be sent as headers, naming each.

    Checked before sending because httpx would refuse a line break or a non-ASCII
    character only while sending, as a connection error.
    """
    if stripe_account is None and idempotency_key is None:
        return

    problems = [
        *_header_problems("stripe_account", stripe_account),
        *_header_problems("idempotency_key", idempotency_key),
    ]
    if (
        isinstance(idempotency_key, str)
        and len(idempotency_key) > MAX_IDEMPOTENCY_KEY_LENGTH
    ):
        message = (
            f"must be at most {MAX_IDEMPOTENCY_KEY_LENGTH} characters long "
            f"(Stripe's limit), not {len(idempotency_key)}"
        )
        problems.append(errors.Problem("$.idempotency_key", message))
    if problems:
        raise errors.ValidationError(problems)


def _header_problems(name: str, value: object) -> list[errors.Problem]:
    """Why an option cannot be a header value, or nothing; None means not given."""
    if value is None or (isinstance(value, str) and _HEADER_VALUE.fullmatch(value)):
        return []

    if not isinstance(value, str):
        message = f"must be a string, not {type(value).__name__}"
    elif not value:
        message = "must not be empty (leave it out instead)"
    elif not value.isascii():
        message = "must contain only ASCII characters"
    elif not value.isprintable():
        message = "must not contain a line break or other control character"
    else:
        message = "must not start or end with a space"
    return [errors.Problem(f"$.{name}", message)]


def _check_method(method: str) -> str:
    """The method in upper case, if it is one Stripe's API uses."""
    upper = method.upper() if isinstance(method, str) else ""
    if upper not in METHODS:
        message = f"must be one of {', '.join(sorted(METHODS))}, not {method!r}"
        raise errors.ValidationError([errors.Problem("$.method", message)])
    return upper


def _check_path(path: str) -> None:
    """Refuse paths that could send the key anywhere but the API's own host."""
    if (
        not isinstance(path, str)
        or not path.startswith("/")
        or _UNSAFE_PATH.search(path)
        or not path.isprintable()
    ):
        message = f"must be an absolute API path such as /v1/customers, not {path!r}"
        raise errors.ValidationError([errors.Problem("$.path", message)])


def _decode_object(
    status: int, headers: Mapping[str, str], body: str
) -> dict[str, Any]:
    """The JSON object of a successful response; APIError if it is anything else."""
    try:
        decoded = json.loads(body)
    except (ValueError, RecursionError):
        decoded = None

    if isinstance(decoded, dict):
        return decoded
    raise errors.APIError(
        f"Stripe returned HTTP {status} with a body that is not a JSON object",
        http_status=status,
        request_id=headers.get("request-id"),
        headers=headers,
        body=body,
    )


async def _asyncio_sleep(seconds: float) -> None:
    """``asyncio.sleep``, imported on first use: asyncio costs a fifth of the import
    time of this package, and sync users never need it."""
    import asyncio

    await asyncio.sleep(seconds)


def _new_idempotency_key() -> str:
    """A UUID4; ``uuid`` is imported here because it drags in ``platform``."""
    import uuid

    return str(uuid.uuid4())
