"""Actions: Stripe operations described as data, runnable with plain parameters.

The generated registry ``stripe_actions.ACTIONS`` maps an id to an ``Action``; a
tool runner needs nothing else to call Stripe. ``run`` checks the parameters
against the action's input schema first (see ``validation.py``), so a mistake
costs no round trip and is reported whole, every problem with its path.

Example::

    customer = ACTIONS["customers.retrieve"].run(client, {"customer": "cus_123"})
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any

from .client import AsyncBaseStripeClient, BaseStripeClient
from .encoding import quote_path_param
from .errors import Problem, ValidationError
from .paging import check_list_params, check_max_items
from .schemas import lazy_schema

if TYPE_CHECKING:
    from .validation import InputValidator

__all__ = ["DEFAULT_MAX_ITEMS", "Action", "ActionRegistry", "RequestAction"]

# How many items a list action gathers across pages unless told otherwise.
DEFAULT_MAX_ITEMS = 1_000
# The page size a list action asks for when the caller did not choose one.
LIST_PAGE_SIZE = 100


@dataclass(frozen=True)
class Action:
    """One Stripe operation: what it is called, where it goes, what it takes.

    ``path`` holds ``{name}`` placeholders for the ``path_params``; ``emptyable``
    the dotted paths where ``[]`` clears a list and ``integers`` those that take
    an integer (see ``encode_params``).
    """

    id: str
    title: str
    description: str
    method: str
    path: str
    path_params: tuple[str, ...]
    is_list: bool
    emptyable: tuple[str, ...]
    input_schema: Mapping[str, Any] = field(hash=False, repr=False)
    output_schema: Mapping[str, Any] = field(hash=False, repr=False)
    integers: tuple[str, ...] = ()

    def run(
        self,
        client: BaseStripeClient,
        params: Mapping[str, Any],
        *,
        max_items: int | None = None,
        stripe_account: str | None = None,
        idempotency_key: str | None = None,
    ) -> dict[str, Any]:
        """Call the operation; a list gathers pages up to ``max_items`` items.

        The parameters are checked against ``input_schema`` first: a
        ValidationError lists every problem and nothing is sent.
        """
        _refuse_async_client(client)
        path, rest, cap = self._prepare(params, max_items)

        if not self.is_list:
            return client.request(
                self.method,
                path,
                rest,
                stripe_account=stripe_account,
                idempotency_key=idempotency_key,
                emptyable=self.emptyable,
                integers=self.integers,
            )

        page = client.request_page(
            self.method,
            path,
            _with_page_size(rest, cap),
            stripe_account=stripe_account,
            integers=self.integers,
        )
        items, more = page.collect(cap)
        return _list_result(path, items, more)

    async def run_async(
        self,
        client: AsyncBaseStripeClient,
        params: Mapping[str, Any],
        *,
        max_items: int | None = None,
        stripe_account: str | None = None,
        idempotency_key: str | None = None,
    ) -> dict[str, Any]:
        """Call the operation with an async client; the same checks as ``run``."""
        _refuse_sync_client(client)
        path, rest, cap = self._prepare(params, max_items)

        if not self.is_list:
            return await client.request(
                self.method,
                path,
                rest,
                stripe_account=stripe_account,
                idempotency_key=idempotency_key,
                emptyable=self.emptyable,
                integers=self.integers,
            )

        page = await client.request_page(
            self.method,
            path,
            _with_page_size(rest, cap),
            stripe_account=stripe_account,
            integers=self.integers,
        )
        items, more = await page.collect(cap)
        return _list_result(path, items, more)

    def check_params(
        self, params: Mapping[str, Any], *, max_items: int | None = None
    ) -> None:
        """Raise one ValidationError naming every problem with ``params``.

        The schema comes first; then what it cannot say: path ids that are empty
        or unsafe, and for lists the limit's range, the two cursors and the cap.
        """
        problems = self.input_validator.problems(self._params_to_validate(params))
        if isinstance(params, Mapping):
            problems.extend(self._path_problems(params))
            if self.is_list:
                problems.extend(_raised_problems(check_list_params, params))
        if self.is_list:
            problems.extend(_raised_problems(check_max_items, max_items))

        if problems:
            raise ValidationError(_first_per_path(problems))

    def _prepare(
        self, params: Mapping[str, Any], max_items: int | None
    ) -> tuple[str, dict[str, Any], int]:
        """Checked parameters split into the path and the rest, and the list cap;
        what ``run`` and ``run_async`` share before they send."""
        self.check_params(params, max_items=max_items)
        path, rest = self._split_params(params)
        return path, rest, DEFAULT_MAX_ITEMS if max_items is None else max_items

    @cached_property
    def input_validator(self) -> InputValidator:
        """The validator of ``input_schema``, built on first use and then kept."""
        from .validation import InputValidator

        return InputValidator(self.input_schema)

    def _params_to_validate(self, params: Mapping[str, Any]) -> object:
        """The parameters as the schema should see them."""
        return params

    def _path_problems(self, params: Mapping[str, Any]) -> list[Problem]:
        """Problems with the ids that go into the path, beyond their schema type."""
        problems: list[Problem] = []
        for name in self.path_params:
            value = params.get(name)
            if value is None:
                problems.append(Problem(f"$.{name}", "is required"))
                continue
            problems.extend(_raised_problems(quote_path_param, value, name))
        return problems

    def _split_params(self, params: Mapping[str, Any]) -> tuple[str, dict[str, Any]]:
        """The path with its ids filled in, and the parameters left for the request."""
        rest = dict(params)
        values: dict[str, str] = {}
        problems: list[Problem] = []

        for name in self.path_params:
            value = rest.pop(name, None)
            if value is None:
                problems.append(Problem(f"$.{name}", "is required"))
                continue
            try:
                values[name] = quote_path_param(value, name)
            except ValidationError as error:
                problems.extend(error.problems)

        if problems:
            raise ValidationError(problems)
        return self.path.format_map(values), rest


@dataclass(frozen=True)
class RequestAction(Action):
    """Perform any API call by method and path: the escape hatch for the rest of
    the API. Its parameters are ``{"method", "path", "params"}``.
    """

    id: str = "api.request"
    title: str = "Perform an API call"
    description: str = (
        "Send any request to Stripe's v1 API by method and path, with its "
        "parameters; for operations that have no dedicated action."
    )
    method: str = "ANY"
    path: str = "/v1/"
    path_params: tuple[str, ...] = ()
    is_list: bool = False
    emptyable: tuple[str, ...] = ()
    input_schema: Mapping[str, Any] = field(
        default_factory=lambda: lazy_schema("api.request", "input"),
        hash=False,
        repr=False,
    )
    output_schema: Mapping[str, Any] = field(
        default_factory=lambda: lazy_schema("api.request", "output"),
        hash=False,
        repr=False,
    )

    def run(
        self,
        client: BaseStripeClient,
        params: Mapping[str, Any],
        *,
        max_items: int | None = None,
        stripe_account: str | None = None,
        idempotency_key: str | None = None,
    ) -> dict[str, Any]:
        """Send the described request once (with retries); no auto-paging."""
        _refuse_async_client(client)
        self.check_params(params)
        method, path, request_params = _request_parts(params)
        return client.request(
            method,
            path,
            request_params,
            stripe_account=stripe_account,
            idempotency_key=idempotency_key,
        )

    async def run_async(
        self,
        client: AsyncBaseStripeClient,
        params: Mapping[str, Any],
        *,
        max_items: int | None = None,
        stripe_account: str | None = None,
        idempotency_key: str | None = None,
    ) -> dict[str, Any]:
        """Send the described request once (with retries); no auto-paging."""
        _refuse_sync_client(client)
        self.check_params(params)
        method, path, request_params = _request_parts(params)
        return await client.request(
            method,
            path,
            request_params,
            stripe_account=stripe_account,
            idempotency_key=idempotency_key,
        )

    def check_params(
        self, params: Mapping[str, Any], *, max_items: int | None = None
    ) -> None:
        """The schema's checks, with the path's rule said in words: its schema has
        two regular expressions, which make a poor message."""
        try:
            super().check_params(params, max_items=max_items)
        except ValidationError as error:
            path = params.get("path") if isinstance(params, Mapping) else None
            if not isinstance(path, str):
                raise
            reworded = [
                (
                    Problem("$.path", _path_rule_message(path))
                    if problem.path == "$.path"
                    else problem
                )
                for problem in error.problems
            ]
            raise ValidationError(reworded) from None

    def _params_to_validate(self, params: Mapping[str, Any]) -> object:
        """The method is read case-insensitively; the schema lists it in capitals."""
        method = params.get("method") if isinstance(params, Mapping) else None
        if isinstance(method, str):
            return {**params, "method": method.upper()}
        return params


class ActionRegistry(dict[str, Action]):
    """Actions by id; a missing id is a KeyError that suggests the closest one.

    >>> ActionRegistry({"customers.create": RequestAction()})["customers.creat"]
    Traceback (most recent call last):
    KeyError: "unknown action 'customers.creat'; did you mean 'customers.create'?"
    """

    def __missing__(self, action_id: str) -> Action:
        if not isinstance(action_id, str):
            raise KeyError(action_id)

        import difflib

        message = f"unknown action {action_id!r}"
        close = difflib.get_close_matches(action_id, list(self), n=1)
        if close:
            message += f"; did you mean {close[0]!r}?"
        raise KeyError(message)


def _request_parts(
    params: Mapping[str, Any],
) -> tuple[str, str, Mapping[str, Any]]:
    """Method, path and parameters of a generic request ``check_params`` passed."""
    return (
        str(params["method"]).upper(),
        str(params["path"]),
        params.get("params") or {},
    )


def _path_rule_message(path: str) -> str:
    """The generic request's path rule, as its schema's two patterns mean it."""
    return (
        "must be a path under /v1/ without '.' or '..' segments "
        f"(letters, digits and _ - . / only); got {json.dumps(path)}"
    )


def _refuse_async_client(client: object) -> None:
    """``run`` would hand back an un-awaited coroutine and send nothing."""
    if isinstance(client, AsyncBaseStripeClient):
        raise TypeError(
            "run() needs a synchronous client; with an async client, "
            "use 'await action.run_async(client, params)'"
        )


def _refuse_sync_client(client: object) -> None:
    """``run_async`` would fail deep inside, awaiting a plain dict."""
    if isinstance(client, BaseStripeClient):
        raise TypeError(
            "run_async() needs an async client; with a synchronous client, "
            "use 'action.run(client, params)'"
        )


def _raised_problems(check: Callable[..., object], *args: Any) -> list[Problem]:
    """The problems a raising check reports, as a list to merge with others."""
    try:
        check(*args)
    except ValidationError as error:
        return list(error.problems)
    return []


def _first_per_path(problems: list[Problem]) -> list[Problem]:
    """One problem per path, the first found (the schema's), in path order."""
    from .validation import path_order

    kept: dict[str, Problem] = {}
    for problem in problems:
        kept.setdefault(problem.path, problem)
    return sorted(kept.values(), key=lambda problem: path_order(problem.path))


def _with_page_size(params: dict[str, Any], cap: int) -> dict[str, Any]:
    """Ask for big pages when the caller did not choose: fewer round trips."""
    if params.get("limit") is not None or cap < 1:
        return params
    return {**params, "limit": min(LIST_PAGE_SIZE, cap)}


def _list_result(path: str, items: list[Any], more: bool) -> dict[str, Any]:
    """The gathered list, shaped like one of Stripe's own list objects."""
    return {
        "object": "list",
        "url": path,
        "data": items,
        "has_more": more,
        "truncated": more,
    }
