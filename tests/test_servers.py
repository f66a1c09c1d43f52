"""The test servers themselves: a private localstripe and the spec-checking stub."""

from __future__ import annotations

import os
import socket
from pathlib import Path
from typing import Any

import httpx
import pytest
from servers import LocalStripe, ReceivedRequest, StubResponse, StubServer

TEST_KEY = "sk_test_servers_0123456789"
AUTH = {"Authorization": f"Bearer {TEST_KEY}"}
FORM = {"Content-Type": "application/x-www-form-urlencoded"}


def _listening_addresses(port: int) -> set[str]:
    """Addresses of the sockets listening on ``port``, read from /proc/net."""
    tables = {"/proc/net/tcp": socket.AF_INET, "/proc/net/tcp6": socket.AF_INET6}
    if not os.path.exists("/proc/net/tcp"):
        pytest.skip("needs Linux's /proc/net to see listening sockets")

    addresses = set()
    for table, family in tables.items():
        if not os.path.exists(table):
            continue
        for line in Path(table).read_text().splitlines()[1:]:
            local, state = line.split()[1], line.split()[3]
            address_hex, port_hex = local.split(":")
            if state == "0A" and int(port_hex, 16) == port:
                raw = bytes.fromhex(address_hex)
                # The kernel prints each 32-bit word of the address little-endian.
                packed = b"".join(raw[i : i + 4][::-1] for i in range(0, len(raw), 4))
                addresses.add(socket.inet_ntop(family, packed))
    return addresses


def _error(response: httpx.Response | StubResponse) -> dict[str, Any]:
    error: dict[str, Any] = response.json()["error"]
    return error


# localstripe


@pytest.mark.live
def test_localstripe_serves_customers_on_loopback_and_stops_by_pid() -> None:
    with LocalStripe() as server:
        pid, port = server.pid, server.port
        assert server.base_url == f"http://127.0.0.1:{port}"
        assert _listening_addresses(port) == {"127.0.0.1"}

        with httpx.Client(base_url=server.base_url, headers=AUTH) as client:
            created = client.post(
                "/v1/customers", data={"email": "ada@example.com", "metadata[k]": "v"}
            )
            assert created.status_code == 200
            customer_id = created.json()["id"]
            assert customer_id.startswith("cus_")

            fetched = client.get(f"/v1/customers/{customer_id}")
            assert fetched.status_code == 200
            assert fetched.json()["email"] == "ada@example.com"
            assert fetched.json()["metadata"] == {"k": "v"}

    with pytest.raises(ProcessLookupError):
        os.kill(pid, 0)
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(("127.0.0.1", port), timeout=1).close()
    assert _listening_addresses(port) == set()


@pytest.mark.live
def test_localstripe_launches_have_independent_state() -> None:
    shared_state = Path("/tmp/localstripe.pickle")
    shared_before = shared_state.stat().st_mtime if shared_state.exists() else None

    with LocalStripe() as first, LocalStripe() as second:
        assert first.port != second.port
        assert first.state_file.parent != second.state_file.parent

        created = httpx.post(
            f"{first.base_url}/v1/customers", headers=AUTH, data={"email": "a@b.c"}
        )
        customer_id = created.json()["id"]
        assert first.state_file.exists()

        in_second = httpx.get(f"{second.base_url}/v1/customers", headers=AUTH)
        assert in_second.json()["data"] == []
        missing = httpx.get(
            f"{second.base_url}/v1/customers/{customer_id}", headers=AUTH
        )
        assert missing.status_code == 404

        first.reset()
        emptied = httpx.get(f"{first.base_url}/v1/customers", headers=AUTH)
        assert emptied.json()["data"] == []

    shared_after = shared_state.stat().st_mtime if shared_state.exists() else None
    assert shared_after == shared_before


@pytest.mark.live
def test_localstripe_starts_empty_each_time() -> None:
    with LocalStripe() as server:
        httpx.post(f"{server.base_url}/v1/customers", headers=AUTH, data={})
    with LocalStripe() as server:
        listed = httpx.get(f"{server.base_url}/v1/customers", headers=AUTH)
        assert listed.json()["data"] == []


# The stub: requests it accepts


def test_stub_listens_on_loopback_only(stub_server: StubServer) -> None:
    port = int(stub_server.base_url.rsplit(":", 1)[1])
    assert _listening_addresses(port) == {"127.0.0.1"}


def test_stub_accepts_customer_create_and_reflects_it(
    stub_client: httpx.Client, stub_server: StubServer
) -> None:
    response = stub_client.post(
        "/v1/customers",
        content=b"email=ada%40example.com&metadata[plan]=pro&expand[0]=default_source",
        headers=FORM,
    )

    assert response.status_code == 200
    customer = response.json()
    assert customer["object"] == "customer"
    assert customer["email"] == "ada@example.com"
    assert customer["metadata"] == {"plan": "pro"}
    assert customer["id"].startswith("cus_")

    [received] = stub_server.requests
    assert received == ReceivedRequest(
        method="POST",
        path="/v1/customers",
        query="",
        headers=received.headers,
        params={
            "email": "ada@example.com",
            "metadata": {"plan": "pro"},
            "expand": ["default_source"],
        },
        operation_id="PostCustomers",
        status=200,
    )
    assert "authorization" not in received.headers
    assert stub_server.rejected == []


def test_stub_types_nested_lists_and_scalars(
    stub_client: httpx.Client, stub_server: StubServer
) -> None:
    response = stub_client.post(
        "/v1/subscriptions",
        content=b"customer=cus_1&items[0][price]=price_A&items[0][quantity]=2"
        b"&items[1][price]=price_B&cancel_at_period_end=true"
        b"&application_fee_percent=12.5",
        headers=FORM,
    )

    assert response.status_code == 200
    assert response.json()["customer"] == "cus_1"
    assert response.json()["cancel_at_period_end"] is True
    assert response.json()["items"]["object"] == "list"
    assert stub_server.requests[0].params == {
        "customer": "cus_1",
        "items": [{"price": "price_A", "quantity": 2}, {"price": "price_B"}],
        "cancel_at_period_end": True,
        "application_fee_percent": 12.5,
    }


def test_stub_accepts_empty_values_where_the_spec_allows_them(
    stub_client: httpx.Client,
) -> None:
    response = stub_client.post(
        "/v1/customers/cus_1",
        content=b"metadata[order]=&address=&description=Ada",
        headers=FORM,
    )

    assert response.status_code == 200
    assert response.json()["id"] == "cus_1"
    assert response.json()["metadata"] == {}
    assert response.json()["address"] is None
    assert response.json()["description"] == "Ada"


def test_stub_reflects_path_ids(stub_client: httpx.Client) -> None:
    assert stub_client.get("/v1/customers/cus_X1").json()["id"] == "cus_X1"
    source = stub_client.get("/v1/customers/cus_X1/sources/card_9").json()
    assert source["id"] == "card_9"

    finalized = stub_client.post("/v1/invoices/in_42/finalize")
    assert finalized.status_code == 200
    assert (finalized.json()["object"], finalized.json()["id"]) == ("invoice", "in_42")

    attached = stub_client.post(
        "/v1/customers/cus_X1/sources", content=b"source=tok_1", headers=FORM
    )
    assert attached.status_code == 200
    assert attached.json()["id"] != "cus_X1"


def test_stub_lists_wrap_the_example_object(
    stub_client: httpx.Client, stub_server: StubServer
) -> None:
    response = stub_client.get(
        "/v1/customers",
        params={"limit": "3", "created[gt]": "5", "expand[0]": "data.default_source"},
    )

    assert response.status_code == 200
    page = response.json()
    assert {k: page[k] for k in ("object", "url", "has_more")} == {
        "object": "list",
        "url": "/v1/customers",
        "has_more": False,
    }
    assert [item["object"] for item in page["data"]] == ["customer"]
    assert stub_server.requests[0].params == {
        "limit": 3,
        "created": {"gt": 5},
        "expand": ["data.default_source"],
    }


def test_stub_search_is_not_taken_for_a_retrieve(stub_client: httpx.Client) -> None:
    response = stub_client.get(
        "/v1/customers/search", params={"query": "email:'a@b.c'"}
    )

    assert response.status_code == 200
    assert response.json()["object"] == "search_result"
    assert response.json()["url"] == "/v1/customers/search"


def test_stub_delete_answers_a_deleted_object(stub_client: httpx.Client) -> None:
    response = stub_client.delete("/v1/customers/cus_gone")

    assert response.status_code == 200
    assert response.json() == {"id": "cus_gone", "object": "customer", "deleted": True}


def test_stub_request_ids_count_up(stub_client: httpx.Client) -> None:
    first = stub_client.get("/v1/balance").headers["Request-Id"]
    second = stub_client.get("/v1/balance").headers["Request-Id"]

    assert first.startswith("req_stub_")
    number = int(first.removeprefix("req_stub_"))
    assert second == f"req_stub_{number + 1}"


def test_stub_echoes_idempotency_key_and_version(stub_client: httpx.Client) -> None:
    response = stub_client.post(
        "/v1/customers",
        content=b"email=a%40b.c",
        headers={**FORM, "Idempotency-Key": "key-123"},
    )

    assert response.headers["Idempotency-Key"] == "key-123"
    assert response.headers["Stripe-Version"] == "2023-08-16"


def test_stub_takes_multipart_file_uploads(
    stub_client: httpx.Client, stub_server: StubServer
) -> None:
    response = stub_client.post(
        "/v1/files",
        data={"purpose": "dispute_evidence", "file_link_data[create]": "true"},
        files={"file": ("evidence.txt", b"hello", "text/plain")},
    )

    assert response.status_code == 200
    assert response.json()["object"] == "file"
    assert stub_server.requests[0].params == {
        "purpose": "dispute_evidence",
        "file_link_data": {"create": True},
        "file": "hello",
    }


def test_stub_answers_every_operation(stub_server: StubServer) -> None:
    """Each of the spec's operations has an answer: an object, or a missing param."""
    statuses = set()
    for operation in stub_server.spec.operations:
        segments = ["x_1" if s.startswith("{") else s for s in operation.segments]
        response = stub_server.handle(
            operation.method, "/" + "/".join(segments), AUTH, b""
        )
        statuses.add(response.status)

        if response.status == 400:
            assert _error(response)["code"] == "parameter_missing", operation.template
        elif response.headers["Content-Type"] == "application/json":
            assert "object" in response.json(), operation.template

    assert statuses == {200, 400}
    assert len(stub_server.spec.operations) > 400


# The stub: requests it refuses


@pytest.mark.parametrize(
    ("path", "body", "param", "code"),
    [
        ("/v1/customers", "nickname=Ada", "nickname", "parameter_unknown"),
        (
            "/v1/customers",
            "address[cityy]=Paris",
            "address[cityy]",
            "parameter_unknown",
        ),
        ("/v1/customers", "balance=abc", "balance", "parameter_invalid_integer"),
        ("/v1/customers", "tax_exempt=bogus", "tax_exempt", None),
        (
            "/v1/prices",
            "unit_amount=100&product=prod_1",
            "currency",
            "parameter_missing",
        ),
        (
            "/v1/subscriptions",
            "customer=cus_1&items[0][price]=p&items[0][quantity]=two",
            "items[0][quantity]",
            "parameter_invalid_integer",
        ),
        (
            "/v1/subscriptions",
            "customer=cus_1&items[][price]=p",
            "items[][price]",
            None,
        ),
        ("/v1/products", "name=Hat&shippable=True", "shippable", None),
        (
            "/v1/prices",
            "currency=usd&unit_amount=1e3&product=p",
            "unit_amount",
            "parameter_invalid_integer",
        ),
        (
            "/v1/subscriptions",
            "customer=cus_1&application_fee_percent=1e1",
            "application_fee_percent",
            None,
        ),
    ],
)
def test_stub_refuses_bad_bodies(
    stub_client: httpx.Client,
    stub_server: StubServer,
    path: str,
    body: str,
    param: str,
    code: str | None,
) -> None:
    response = stub_client.post(path, content=body.encode(), headers=FORM)

    assert response.status_code == 400
    error = _error(response)
    assert error["type"] == "invalid_request_error"
    assert error["param"] == param
    assert error.get("code") == code
    assert param in error["message"]
    assert [request.status for request in stub_server.rejected] == [400]
    assert stub_server.rejected[0].error == error


@pytest.mark.parametrize(
    ("query", "param"),
    [
        ("expand=default_source", "expand"),
        ("expand[0]=a&expand[0]=b", "expand[0]"),
        ("limit=ten", "limit"),
    ],
)
def test_stub_refuses_bad_queries(
    stub_client: httpx.Client, query: str, param: str
) -> None:
    response = stub_client.get(f"/v1/customers?{query}")

    assert response.status_code == 400
    assert _error(response)["param"] == param


def test_stub_refuses_parameters_in_the_wrong_place(stub_client: httpx.Client) -> None:
    in_query = stub_client.post("/v1/customers?email=a%40b.c")
    as_json = stub_client.post("/v1/customers", json={"email": "a@b.c"})

    assert in_query.status_code == 400
    assert "body" in _error(in_query)["message"]
    assert as_json.status_code == 400
    assert "application/x-www-form-urlencoded" in _error(as_json)["message"]


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Authorization": "Bearer pk_test_123"},
        {"Authorization": "Bearer sk_live_123"},
        {"Authorization": "Basic c2tfdGVzdF8xMjM6"},
    ],
)
def test_stub_requires_a_secret_test_key(
    stub_server: StubServer, headers: dict[str, str]
) -> None:
    response = httpx.get(f"{stub_server.base_url}/v1/customers", headers=headers)

    assert response.status_code == 401
    assert _error(response)["type"] == "invalid_request_error"
    assert response.headers["Request-Id"].startswith("req_stub_")


def test_stub_accepts_restricted_test_keys(stub_server: StubServer) -> None:
    headers = {"Authorization": "Bearer rk_test_123"}
    response = httpx.get(f"{stub_server.base_url}/v1/customers", headers=headers)

    assert response.status_code == 200


def test_stub_answers_404_for_paths_outside_the_spec(stub_client: httpx.Client) -> None:
    response = stub_client.get("/v1/nothing_here")

    assert response.status_code == 404
    assert _error(response)["type"] == "invalid_request_error"
    assert stub_client.put("/v1/customers").status_code == 404


def test_stub_transport_answers_without_a_socket(stub_server: StubServer) -> None:
    transport = stub_server.transport()
    with httpx.Client(
        base_url="https://api.stripe.com", headers=AUTH, transport=transport
    ) as client:
        stub_server.clear()
        response = client.get("/v1/customers/cus%20odd", params={"expand[0]": "x"})

    assert response.status_code == 200
    assert response.json()["id"] == "cus odd"
    assert stub_server.requests[0].params == {"expand": ["x"]}
    assert response.headers["Request-Id"].startswith("req_stub_")


# The stub on a document of our own: nothing in it is specific to Stripe's paths


def _widget_document() -> dict[str, Any]:
    widget = {
        "type": "object",
        "x-resourceId": "widget",
        "required": ["id", "object", "size"],
        "properties": {
            "id": {"type": "string"},
            "object": {"type": "string", "enum": ["widget"]},
            "size": {"type": "integer"},
        },
    }
    form = {
        "type": "object",
        "additionalProperties": False,
        "properties": {"size": {"type": "integer"}},
    }
    operation = {
        "operationId": "PostWidgetsWidget",
        "parameters": [{"in": "path", "name": "widget", "schema": {"type": "string"}}],
        "requestBody": {
            "content": {"application/x-www-form-urlencoded": {"schema": form}}
        },
        "responses": {
            "200": {
                "content": {
                    "application/json": {
                        "schema": {"$ref": "#/components/schemas/widget"}
                    }
                }
            }
        },
    }
    return {
        "openapi": "3.0.0",
        "info": {"version": "2099-01-01"},
        "paths": {"/v1/widgets/{widget}": {"post": operation}},
        "components": {"schemas": {"widget": widget}},
    }


@pytest.fixture
def widget_stub(tmp_path: Path) -> StubServer:
    fixtures = tmp_path / "fixtures.json"
    fixtures.write_text('{"resources": {}}')
    return StubServer(_widget_document(), fixtures)


def test_stub_builds_objects_the_fixtures_lack(widget_stub: StubServer) -> None:
    response = widget_stub.handle(
        "POST", "/v1/widgets/w_1", {**AUTH, **FORM}, b"size=3"
    )

    assert response.status == 200
    assert response.json() == {"id": "w_1", "object": "widget", "size": 3}
    assert response.headers["Stripe-Version"] == "2099-01-01"


def test_stub_reports_its_own_faults_as_500(
    widget_stub: StubServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fail(*args: Any) -> Any:
        raise KeyError("broken")

    monkeypatch.setattr(widget_stub.spec, "resolve", fail)
    response = widget_stub.handle("POST", "/v1/widgets/w_1", {**AUTH, **FORM}, b"")

    assert response.status == 500
    assert _error(response)["type"] == "api_error"
    assert [request.status for request in widget_stub.rejected] == [500]
