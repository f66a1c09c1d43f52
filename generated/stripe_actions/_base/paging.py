"""Pages of Stripe lists and iteration across them.

Each next page is asked for with the original path, parameters and request
options plus one cursor, never with the ``url`` the list reports. A list started
with ``ending_before`` pages backwards: the cursor is the first item of each page
and each page is read in reverse, so items come out moving steadily away from the
starting cursor. Search results page with their ``next_page`` token instead.

A list whose ``data`` is not a list, or whose next cursor is the one that fetched
it (a server returning the same page again), raises ``APIError`` rather than
ending early or paging forever.

Example::

    page = client.request_page("GET", "/v1/customers", {"limit": 100})
    for customer in page.auto_paging_iter(max_items=500):
        print(customer["id"])
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from typing import Any, Generic, NoReturn, TypeVar

from .errors import APIError, Problem, ValidationError

__all__ = ["AsyncPage", "Page", "check_list_params", "check_max_items"]

T = TypeVar("T")

MIN_LIMIT = 1
MAX_LIMIT = 100
FORWARD_CURSOR = "starting_after"
BACKWARD_CURSOR = "ending_before"
SEARCH_CURSOR = "page"


def check_list_params(params: Mapping[str, Any]) -> dict[str, Any]:
    """The list parameters with ``None`` dropped; ValidationError if unusable.

    Checked locally because Stripe's answer to these mistakes costs a round trip
    and, for a bad ``limit`` deep in auto-paging, a half-read list.
    """
    cleaned = {name: value for name, value in params.items() if value is not None}
    problems: list[Problem] = []

    if "limit" in cleaned:
        limit = cleaned["limit"]
        if isinstance(limit, bool) or not isinstance(limit, int):
            problems.append(Problem("$.limit", "must be an integer"))
        elif not MIN_LIMIT <= limit <= MAX_LIMIT:
            message = f"must be between {MIN_LIMIT} and {MAX_LIMIT}, not {limit}"
            problems.append(Problem("$.limit", message))

    if FORWARD_CURSOR in cleaned and BACKWARD_CURSOR in cleaned:
        message = (
            f"cannot be combined with {FORWARD_CURSOR}: "
            "a list pages in one direction"
        )
        problems.append(Problem(f"$.{BACKWARD_CURSOR}", message))

    if problems:
        raise ValidationError(problems)
    return cleaned


class _PageBase(Generic[T]):
    """What sync and async pages share: the data and the next page's parameters."""

    def __init__(self, raw: Mapping[str, Any], params: Mapping[str, Any]) -> None:
        self.raw: dict[str, Any] = dict(raw)
        data = raw.get("data")
        has_more = raw.get("has_more", False)
        if not isinstance(data, list):
            _malformed(raw, f"its data is {_a_json_kind(data)}, not a list")
        if not isinstance(has_more, bool):
            _malformed(raw, f"its has_more is {_a_json_kind(has_more)}, not a boolean")
        self.data: list[T] = list(data)
        self.has_more: bool = has_more
        url = raw.get("url")
        self.url: str | None = url if isinstance(url, str) else None
        self.params: dict[str, Any] = dict(params)

    @property
    def is_backward(self) -> bool:
        """Whether this list pages backwards, having started from ``ending_before``."""
        return BACKWARD_CURSOR in self.params

    def __iter__(self) -> Iterator[T]:
        return iter(self.data)

    def __len__(self) -> int:
        return len(self.data)

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(items={len(self.data)}, "
            f"has_more={self.has_more}, url={self.url!r})"
        )

    def _items_in_order(self) -> list[T]:
        """This page's items in iteration order: reversed when paging backwards."""
        return self.data[::-1] if self.is_backward else list(self.data)

    def _next_params(self) -> dict[str, Any] | None:
        """The parameters of the next page's request, or None on the last page.

        A cursor equal to the one that fetched this page would fetch it again,
        and again: that is an APIError, not a loop.
        """
        cursor = self._next_cursor()
        if cursor is None:
            return None

        name, value = cursor
        if self.params.get(name) == value:
            raise APIError(
                f"Stripe returned the same page again: the next page's cursor "
                f"{name}={value} is the one this page was fetched with"
            )
        return {**self.params, name: value}

    def _next_cursor(self) -> tuple[str, str] | None:
        """The cursor parameter and value for the next page, None on the last page."""
        if not self.has_more:
            return None

        if self.raw.get("object") == "search_result":
            token = self.raw.get("next_page")
            if not isinstance(token, str) or not token:
                return None
            return SEARCH_CURSOR, token

        if not self.data:
            return None
        if self.is_backward:
            return BACKWARD_CURSOR, _item_id(self.data[0])
        return FORWARD_CURSOR, _item_id(self.data[-1])


class Page(_PageBase[T]):
    """One page of a list, able to fetch the pages after it.

    ``data`` is the page as Stripe sent it; ``auto_paging_iter`` walks on.
    """

    def __init__(
        self,
        raw: Mapping[str, Any],
        *,
        params: Mapping[str, Any],
        fetch: Callable[[dict[str, Any]], Page[T]] | None = None,
    ) -> None:
        super().__init__(raw, params)
        self._fetch = fetch

    def next_page(self) -> Page[T] | None:
        """Fetch the following page, or None when this is the last one."""
        params = self._next_params()
        if params is None or self._fetch is None:
            return None
        return self._fetch(params)

    def auto_paging_iter(self, max_items: int | None = None) -> Iterator[T]:
        """Every item from this page on, fetching pages as needed, up to max_items."""
        check_max_items(max_items)
        count = 0
        page: Page[T] | None = self

        while page is not None:
            for item in page._items_in_order():
                if max_items is not None and count >= max_items:
                    return
                yield item
                count += 1

            if max_items is not None and count >= max_items:
                return
            page = page.next_page()

    def collect(self, max_items: int) -> tuple[list[T], bool]:
        """Up to max_items items from this page on, and whether more remain."""
        check_max_items(max_items)
        items: list[T] = []
        page: Page[T] | None = self

        while page is not None:
            ordered = page._items_in_order()
            room = max_items - len(items)
            items.extend(ordered[:room])
            if len(ordered) > room:
                return items, True
            if len(items) >= max_items:
                return items, page._next_params() is not None
            page = page.next_page()

        return items, False


class AsyncPage(_PageBase[T]):
    """One page of a list, able to fetch the pages after it, for async clients."""

    def __init__(
        self,
        raw: Mapping[str, Any],
        *,
        params: Mapping[str, Any],
        fetch: Callable[[dict[str, Any]], Awaitable[AsyncPage[T]]] | None = None,
    ) -> None:
        super().__init__(raw, params)
        self._fetch = fetch

    async def next_page(self) -> AsyncPage[T] | None:
        """Fetch the following page, or None when this is the last one."""
        params = self._next_params()
        if params is None or self._fetch is None:
            return None
        return await self._fetch(params)

    async def auto_paging_iter(self, max_items: int | None = None) -> AsyncIterator[T]:
        """Every item from this page on, fetching pages as needed, up to max_items."""
        check_max_items(max_items)
        count = 0
        page: AsyncPage[T] | None = self

        while page is not None:
            for item in page._items_in_order():
                if max_items is not None and count >= max_items:
                    return
                yield item
                count += 1

            if max_items is not None and count >= max_items:
                return
            page = await page.next_page()

    async def collect(self, max_items: int) -> tuple[list[T], bool]:
        """Up to max_items items from this page on, and whether more remain."""
        check_max_items(max_items)
        items: list[T] = []
        page: AsyncPage[T] | None = self

        while page is not None:
            ordered = page._items_in_order()
            room = max_items - len(items)
            items.extend(ordered[:room])
            if len(ordered) > room:
                return items, True
            if len(items) >= max_items:
                return items, page._next_params() is not None
            page = await page.next_page()

        return items, False


def check_max_items(max_items: int | None) -> None:
    """Refuse a cap that is not a whole number of items, 0 or more."""
    if max_items is None:
        return
    if isinstance(max_items, bool) or not isinstance(max_items, int) or max_items < 0:
        raise ValidationError([Problem("$.max_items", "must be an integer >= 0")])


def _malformed(raw: Mapping[str, Any], reason: str) -> NoReturn:
    """Raise for a list response we cannot page through, keeping what it said."""
    raise APIError(
        f"Stripe returned a malformed list response: {reason}", json_body=raw
    )


def _a_json_kind(value: object) -> str:
    """What a decoded JSON value is, for a message: "a string", "missing"."""
    if value is None:
        return "missing or null"
    kinds = {bool: "a boolean", str: "a string", dict: "an object", list: "a list"}
    for kind, words in kinds.items():
        if isinstance(value, kind):
            return words
    return "a number" if isinstance(value, (int, float)) else type(value).__name__


def _item_id(item: object) -> str:
    """The id of a list item, used as the cursor; a list without ids cannot page."""
    item_id = item.get("id") if isinstance(item, Mapping) else None
    if not isinstance(item_id, str) or not item_id:
        raise APIError("cannot fetch the next page: a list item has no id")
    return item_id
