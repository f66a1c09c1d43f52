"""Paging: cases C08-C09, local checks on list parameters, search results."""

from __future__ import annotations

from typing import Any

import pytest

from stripe_actions._base import APIError, Page, ValidationError

from .support import Script, json_response, make_client, sent_pairs


def list_body(ids: list[str], has_more: bool, url: str = "/v1/charges") -> Any:
    data = [{"id": item_id, "object": "x"} for item_id in ids]
    return {"object": "list", "url": url, "has_more": has_more, "data": data}


def test_c08_filters_survive_every_page() -> None:
    script = Script(
        json_response(body=list_body(["ch_1", "ch_2"], True)),
        json_response(body=list_body(["ch_3"], False)),
    )
    client = make_client(script, stripe_account="acct_X")

    page = client.request_page("GET", "/v1/charges", {"customer": "cus_X", "limit": 2})
    ids = [charge["id"] for charge in page.auto_paging_iter()]

    assert ids == ["ch_1", "ch_2", "ch_3"]
    first, second = script.requests
    assert sent_pairs(first) == [("customer", "cus_X"), ("limit", "2")]
    assert second.url.path == "/v1/charges"
    assert sent_pairs(second) == [
        ("customer", "cus_X"),
        ("limit", "2"),
        ("starting_after", "ch_2"),
    ]
    assert second.headers["Stripe-Account"] == "acct_X"


def test_c08_the_lists_url_field_is_never_used() -> None:
    script = Script(
        json_response(body=list_body(["ch_1"], True, url="/v1/elsewhere?x=1")),
        json_response(body=list_body(["ch_2"], False)),
    )
    client = make_client(script)

    page = client.request_page("GET", "/v1/charges", {"customer": "cus_X"})
    list(page.auto_paging_iter())

    assert script.last.url.path == "/v1/charges"
    assert ("x", "1") not in sent_pairs(script.last)


def test_c08_per_call_request_options_survive_every_page() -> None:
    script = Script(
        json_response(body=list_body(["ch_1"], True)),
        json_response(body=list_body(["ch_2"], False)),
    )
    client = make_client(script)

    page = client.request_page("GET", "/v1/charges", stripe_account="acct_call")
    list(page.auto_paging_iter())

    accounts = [request.headers["Stripe-Account"] for request in script.requests]
    assert accounts == ["acct_call", "acct_call"]


def test_c09_paging_backwards() -> None:
    script = Script(
        json_response(body=list_body(["cus_2", "cus_1"], True, "/v1/customers")),
        json_response(body=list_body(["cus_4", "cus_3"], False, "/v1/customers")),
    )
    client = make_client(script)

    page = client.request_page(
        "GET",
        "/v1/customers",
        {"ending_before": "cus_0", "limit": 2, "starting_after": None},
    )
    ids = [customer["id"] for customer in page.auto_paging_iter()]

    assert ids == ["cus_1", "cus_2", "cus_3", "cus_4"]
    assert sent_pairs(script.requests[0]) == [
        ("ending_before", "cus_0"),
        ("limit", "2"),
    ]
    assert sent_pairs(script.requests[1]) == [
        ("ending_before", "cus_2"),
        ("limit", "2"),
    ]


def test_c09_both_cursors_is_a_named_error() -> None:
    script = Script()
    client = make_client(script)

    with pytest.raises(ValidationError) as caught:
        client.request_page(
            "GET", "/v1/customers", {"ending_before": "cus_0", "starting_after": "c"}
        )

    assert caught.value.param == "ending_before"
    assert "starting_after" in str(caught.value)
    assert script.requests == []


@pytest.mark.parametrize("limit", [0, 101, -1, "10", 2.0, True])
def test_limit_outside_1_to_100_is_a_local_error(limit: Any) -> None:
    script = Script()
    client = make_client(script)

    with pytest.raises(ValidationError) as caught:
        client.request_page("GET", "/v1/customers", {"limit": limit})

    assert caught.value.param == "limit"
    assert script.requests == []


@pytest.mark.parametrize("limit", [1, 100])
def test_limit_bounds_are_allowed(limit: int) -> None:
    script = Script(json_response(body=list_body([], False)))

    make_client(script).request_page("GET", "/v1/customers", {"limit": limit})

    assert sent_pairs(script.last) == [("limit", str(limit))]


def test_page_fields_and_iteration_over_this_page_only() -> None:
    script = Script(json_response(body=list_body(["ch_1", "ch_2"], True)))
    client = make_client(script)

    page = client.request_page("GET", "/v1/charges")

    assert isinstance(page, Page)
    assert [item["id"] for item in page] == ["ch_1", "ch_2"]
    assert [item["id"] for item in page.data] == ["ch_1", "ch_2"]
    assert len(page) == 2
    assert page.has_more is True
    assert page.url == "/v1/charges"
    assert page.raw["object"] == "list"
    assert "has_more=True" in repr(page)
    assert len(script.requests) == 1


def test_next_page_is_none_on_the_last_page() -> None:
    script = Script(json_response(body=list_body(["ch_1"], False)))

    page = make_client(script).request_page("GET", "/v1/charges")

    assert page.next_page() is None
    assert len(script.requests) == 1


def test_max_items_stops_without_fetching_more_pages() -> None:
    script = Script(
        json_response(body=list_body(["ch_1", "ch_2"], True)),
        json_response(body=list_body(["ch_3", "ch_4"], True)),
    )
    page = make_client(script).request_page("GET", "/v1/charges", {"limit": 2})

    ids = [charge["id"] for charge in page.auto_paging_iter(max_items=3)]
    again = [charge["id"] for charge in page.auto_paging_iter(max_items=2)]

    assert ids == ["ch_1", "ch_2", "ch_3"]
    assert again == ["ch_1", "ch_2"]
    assert len(script.requests) == 2


def test_max_items_must_be_a_count() -> None:
    page: Page[Any] = Page({"data": []}, params={})

    with pytest.raises(ValidationError):
        list(page.auto_paging_iter(max_items=-1))


def test_has_more_with_an_empty_page_stops_instead_of_looping() -> None:
    script = Script(json_response(body=list_body([], True)))

    page = make_client(script).request_page("GET", "/v1/charges")

    assert list(page.auto_paging_iter()) == []
    assert len(script.requests) == 1


def test_items_without_ids_cannot_page() -> None:
    body = {"object": "list", "has_more": True, "data": [{"amount": 1}]}
    page = make_client(Script(json_response(body=body))).request_page(
        "GET", "/v1/charges"
    )

    with pytest.raises(APIError):
        page.next_page()


def test_collect_reports_whether_more_remain() -> None:
    script = Script(
        json_response(body=list_body(["ch_1", "ch_2"], True)),
        json_response(body=list_body(["ch_3"], False)),
    )
    page = make_client(script).request_page("GET", "/v1/charges")

    assert page.collect(2) == (
        [{"id": "ch_1", "object": "x"}, {"id": "ch_2", "object": "x"}],
        True,
    )
    items, more = page.collect(10)

    assert [item["id"] for item in items] == ["ch_1", "ch_2", "ch_3"]
    assert more is False


def test_search_results_page_with_their_next_page_token() -> None:
    first = {
        "object": "search_result",
        "url": "/v1/customers/search",
        "has_more": True,
        "next_page": "tok_2",
        "data": [{"id": "cus_1"}],
    }
    last = {**first, "has_more": False, "next_page": None, "data": [{"id": "cus_2"}]}
    script = Script(json_response(body=first), json_response(body=last))
    client = make_client(script)

    page = client.request_page(
        "GET", "/v1/customers/search", {"query": "email:'a@b.c'"}
    )
    ids = [customer["id"] for customer in page.auto_paging_iter()]

    assert ids == ["cus_1", "cus_2"]
    assert sent_pairs(script.last) == [("query", "email:'a@b.c'"), ("page", "tok_2")]


# Malformed lists and servers that repeat themselves.


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        ({"data": "x", "has_more": True}, "its data is a string, not a list"),
        (
            {"data": {"id": "ch_1"}, "has_more": False},
            "its data is an object, not a list",
        ),
        (
            {"object": "list", "has_more": True},
            "its data is missing or null, not a list",
        ),
        ({"data": [], "has_more": "true"}, "its has_more is a string, not a boolean"),
    ],
    ids=["data-string", "data-object", "data-missing", "has-more-string"],
)
def test_a_malformed_list_response_is_an_api_error(body: Any, reason: str) -> None:
    script = Script(json_response(body=body))

    with pytest.raises(APIError) as caught:
        make_client(script).request_page("GET", "/v1/charges")

    assert (
        caught.value.message == f"Stripe returned a malformed list response: {reason}"
    )
    assert caught.value.json_body == body
    assert len(script.requests) == 1


def test_a_server_repeating_a_page_stops_auto_paging_with_an_api_error() -> None:
    same = list_body(["ch_1", "ch_2"], True)
    script = Script(*(json_response(body=same) for _ in range(5)))
    page = make_client(script).request_page("GET", "/v1/charges", {"limit": 2})

    seen: list[str] = []
    with pytest.raises(APIError) as caught:
        for charge in page.auto_paging_iter():
            seen.append(charge["id"])

    assert caught.value.message == (
        "Stripe returned the same page again: the next page's cursor "
        "starting_after=ch_2 is the one this page was fetched with"
    )
    assert seen == ["ch_1", "ch_2", "ch_1", "ch_2"]
    assert len(script.requests) == 2


def test_a_repeated_page_stops_collect_and_backward_paging_too() -> None:
    same = list_body(["cus_2", "cus_1"], True, "/v1/customers")
    script = Script(*(json_response(body=same) for _ in range(5)))
    page = make_client(script).request_page(
        "GET", "/v1/customers", {"ending_before": "cus_3"}
    )

    with pytest.raises(APIError) as caught:
        page.collect(100)

    assert "ending_before=cus_2" in caught.value.message
    assert len(script.requests) == 2


def test_a_repeated_search_token_is_an_api_error() -> None:
    body = {
        "object": "search_result",
        "has_more": True,
        "next_page": "tok_same",
        "data": [{"id": "cus_1"}],
    }
    script = Script(*(json_response(body=body) for _ in range(5)))
    page = make_client(script).request_page(
        "GET", "/v1/customers/search", {"query": "name:'x'"}
    )

    with pytest.raises(APIError) as caught:
        list(page.auto_paging_iter())

    assert "page=tok_same" in caught.value.message
    assert len(script.requests) == 2
