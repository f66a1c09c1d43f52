"""The scenarios the cassettes hold: realistic uses of every action, with checks.

Each scenario is a plain function of a ``Session``. It runs unchanged against
localstripe, the stub or api.stripe.com, and its checks hold on real Stripe: ids'
prefixes, echoed fields, counts, deletions, status changes. Orders are compared as
sets, since localstripe lists oldest first and Stripe newest first.

The stub answers every call with Stripe's example object, with the path's id and the
posted fields laid over it; it remembers nothing. Checks that need a memory (a
status that changed, a list that holds what was created) therefore run only when
``session.keeps_state``: on localstripe and on Stripe.

``local_server`` says where ``make record`` records a scenario without a Stripe
key: localstripe where it serves every request the scenario makes, else the stub.
localstripe has no Prices API, no invoice finalize or send, and takes subscription
items by ``plan``, which the pinned spec does not have; so prices, subscriptions
and invoices are recorded against the stub.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from stripe_actions import ACTIONS

from .recording import Session

__all__ = ["SCENARIOS", "Scenario"]


@dataclass(frozen=True)
class Scenario:
    """A named scenario, where it records by default, and the actions it runs."""

    name: str
    local_server: str
    actions: tuple[str, ...]
    run: Callable[[Session], None]

    def __str__(self) -> str:
        return self.name


SCENARIOS: dict[str, Scenario] = {}


def scenario(
    local_server: str, actions: Iterable[str]
) -> Callable[[Callable[[Session], None]], Callable[[Session], None]]:
    """Register a scenario under its function's name."""

    def register(run: Callable[[Session], None]) -> Callable[[Session], None]:
        SCENARIOS[run.__name__] = Scenario(
            run.__name__, local_server, tuple(actions), run
        )
        return run

    return register


@scenario(
    "localstripe",
    [
        "customers.create",
        "customers.retrieve",
        "customers.update",
        "customers.list",
        "customers.delete",
    ],
)
def customers_lifecycle(session: Session) -> None:
    """Five customers created, one read and updated, all listed by pages of two,
    then deleted."""
    client, tag = session.client, session.tag
    email = f"paging-{tag}@example.com"

    created = [
        client.customers.create(
            email=email, name=f"Customer {n}", metadata={"position": str(n)}
        )
        for n in range(1, 6)
    ]
    ids = [customer["id"] for customer in created]
    first = created[0]
    assert all(customer_id.startswith("cus_") for customer_id in ids)
    assert len(set(ids)) == 5
    assert (first["object"], first["email"], first["name"]) == (
        "customer",
        email,
        "Customer 1",
    )
    assert first["metadata"] == {"position": "1"}
    assert first["livemode"] is False

    fetched = client.customers.retrieve(first["id"])
    assert (fetched["id"], fetched["email"], fetched["name"]) == (
        first["id"],
        email,
        "Customer 1",
    )

    updated = client.customers.update(
        first["id"], description="Prefers paper invoices", metadata={"tier": "gold"}
    )
    assert updated["id"] == first["id"]
    assert updated["description"] == "Prefers paper invoices"
    assert updated["metadata"] == {"position": "1", "tier": "gold"}
    assert updated["email"] == email

    page = client.customers.list(email=email, limit=2)
    sizes = [len(page.data)]
    while (next_page := page.next_page()) is not None:
        page = next_page
        sizes.append(len(page.data))
    assert sizes == [2, 2, 1]

    walked = [
        c["id"] for c in client.customers.list(email=email, limit=2).auto_paging_iter()
    ]
    assert sorted(walked) == sorted(ids)

    gathered = ACTIONS["customers.list"].run(client, {"email": email, "limit": 2})
    assert sorted(c["id"] for c in gathered["data"]) == sorted(ids)
    assert gathered["has_more"] is False

    deleted = client.customers.delete(first["id"])
    assert deleted == {"id": first["id"], "object": "customer", "deleted": True}
    for customer_id in ids[1:]:
        result = ACTIONS["customers.delete"].run(client, {"customer": customer_id})
        assert (result["id"], result["deleted"]) == (customer_id, True)

    remaining = client.customers.list(email=email, limit=2)
    assert (remaining.data, remaining.has_more) == ([], False)


@scenario("localstripe", ["charges.create", "charges.retrieve", "charges.list"])
def charges_for_a_customer(session: Session) -> None:
    """A customer pays with a saved card: one charge captured at once, one held and
    captured later; read back, and listed by customer beside another's charge."""
    client, tag = session.client, session.tag
    buyer = client.customers.create(
        email=f"buyer-{tag}@example.com", source=_visa_token(session)
    )
    other = client.customers.create(
        email=f"other-{tag}@example.com", source=_visa_token(session)
    )
    card = buyer["default_source"]
    assert isinstance(card, str) and card.startswith("card_")

    paid = client.charges.create(
        amount=2000,
        currency="usd",
        customer=buyer["id"],
        description="Order 1001",
        metadata={"order": "1001"},
    )
    assert paid["id"].startswith("ch_")
    assert (paid["object"], paid["amount"], paid["currency"]) == ("charge", 2000, "usd")
    assert (paid["customer"], paid["payment_method"]) == (buyer["id"], card)
    assert (paid["paid"], paid["captured"], paid["status"]) == (True, True, "succeeded")
    assert paid["metadata"] == {"order": "1001"}

    held = client.charges.create(
        amount=1500,
        currency="usd",
        customer=buyer["id"],
        capture=False,
        description="Order 1002, ships later",
    )
    assert (held["captured"], held["status"], held["amount"]) == (
        False,
        "succeeded",
        1500,
    )
    elsewhere = client.charges.create(amount=999, currency="usd", customer=other["id"])

    fetched = client.charges.retrieve(paid["id"])
    assert (fetched["id"], fetched["amount"], fetched["customer"]) == (
        paid["id"],
        2000,
        buyer["id"],
    )
    assert (fetched["description"], fetched["metadata"]) == (
        "Order 1001",
        {"order": "1001"},
    )

    captured = ACTIONS["api.request"].run(
        client, {"method": "POST", "path": f"/v1/charges/{held['id']}/capture"}
    )
    assert (captured["id"], captured["captured"]) == (held["id"], True)
    assert client.charges.retrieve(held["id"])["captured"] is True

    page = client.charges.list(customer=buyer["id"], limit=1)
    assert (len(page.data), page.has_more) == (1, True)
    listed = [charge["id"] for charge in page.auto_paging_iter()]
    assert sorted(listed) == sorted([paid["id"], held["id"]])

    others = ACTIONS["charges.list"].run(client, {"customer": other["id"]})
    assert [charge["id"] for charge in others["data"]] == [elsewhere["id"]]
    assert others["data"][0]["amount"] == 999


@scenario("localstripe", ["products.create", "products.retrieve"])
def products_catalogue(session: Session) -> None:
    """Two products, one with an id of our choosing, read back by id."""
    client, tag = session.client, session.tag

    boots = client.products.create(
        name=f"Walking boots {tag}",
        description="Waterproof leather boots",
        metadata={"sku": "BOOT-42"},
    )
    assert boots["id"].startswith("prod_")
    assert (boots["object"], boots["name"], boots["active"]) == (
        "product",
        f"Walking boots {tag}",
        True,
    )
    assert (boots["description"], boots["metadata"]) == (
        "Waterproof leather boots",
        {"sku": "BOOT-42"},
    )

    socks = client.products.create(id=f"socks-{tag}", name="Wool socks")
    assert (socks["id"], socks["name"]) == (f"socks-{tag}", "Wool socks")

    fetched = client.products.retrieve(boots["id"])
    assert (fetched["id"], fetched["name"], fetched["metadata"]) == (
        boots["id"],
        boots["name"],
        {"sku": "BOOT-42"},
    )
    by_action = ACTIONS["products.retrieve"].run(client, {"id": socks["id"]})
    assert (by_action["id"], by_action["object"]) == (socks["id"], "product")


@scenario("localstripe", ["api.request"])
def api_request_outside_catalogue(session: Session) -> None:
    """The generic action on endpoints no action covers: balance and coupons."""
    client, tag = session.client, session.tag
    request = ACTIONS["api.request"]

    balance = request.run(client, {"method": "GET", "path": "/v1/balance"})
    assert balance["livemode"] is False
    assert {"available", "pending"} <= set(balance)

    coupon_id = f"WELCOME25-{tag}"
    created = request.run(
        client,
        {
            "method": "POST",
            "path": "/v1/coupons",
            "params": {
                "id": coupon_id,
                "percent_off": 25,
                "duration": "repeating",
                "duration_in_months": 3,
                "metadata": {"campaign": "welcome"},
            },
        },
    )
    assert (created["id"], created["object"], created["percent_off"]) == (
        coupon_id,
        "coupon",
        25,
    )
    assert (created["duration"], created["duration_in_months"]) == ("repeating", 3)
    assert (created["valid"], created["metadata"]) == (True, {"campaign": "welcome"})

    path = f"/v1/coupons/{coupon_id}"
    fetched = request.run(client, {"method": "GET", "path": path})
    assert (fetched["id"], fetched["percent_off"]) == (coupon_id, 25)

    deleted = request.run(client, {"method": "DELETE", "path": path})
    assert deleted == {"id": coupon_id, "object": "coupon", "deleted": True}


@scenario(
    "stub",
    [
        "products.create",
        "prices.create",
        "prices.retrieve",
        "customers.create",
        "subscriptions.create",
        "subscriptions.retrieve",
        "subscriptions.update",
        "subscriptions.cancel",
    ],
)
def subscription_lifecycle(session: Session) -> None:
    """A product and its monthly price; a customer subscribes to two seats, grows
    to five, then cancels."""
    client, tag = session.client, session.tag
    product, price = _monthly_plan(session, f"Team plan {tag}", 1500)

    fetched_price = ACTIONS["prices.retrieve"].run(client, {"price": price["id"]})
    assert (fetched_price["id"], fetched_price["object"]) == (price["id"], "price")
    if session.keeps_state:
        assert (fetched_price["product"], fetched_price["unit_amount"]) == (
            product["id"],
            1500,
        )

    customer = client.customers.create(email=f"team-{tag}@example.com", name="Team Co")
    subscription = client.subscriptions.create(
        customer=customer["id"],
        items=[{"price": price["id"], "quantity": 2}],
        collection_method="send_invoice",
        days_until_due=30,
        metadata={"seats": "2"},
    )
    assert subscription["id"].startswith("sub_")
    assert (subscription["object"], subscription["customer"]) == (
        "subscription",
        customer["id"],
    )
    assert (subscription["collection_method"], subscription["days_until_due"]) == (
        "send_invoice",
        30,
    )
    assert subscription["metadata"] == {"seats": "2"}
    [item] = subscription["items"]["data"]
    assert item["id"].startswith("si_")
    if session.keeps_state:
        assert subscription["status"] == "active"
        assert (item["price"]["id"], item["quantity"]) == (price["id"], 2)

    fetched = client.subscriptions.retrieve(subscription["id"])
    assert (fetched["id"], fetched["object"]) == (subscription["id"], "subscription")
    if session.keeps_state:
        assert (fetched["customer"], fetched["status"]) == (customer["id"], "active")

    updated = client.subscriptions.update(
        subscription["id"],
        items=[{"id": item["id"], "quantity": 5}],
        proration_behavior="none",
        metadata={"seats": "5"},
    )
    assert (updated["id"], updated["metadata"]) == (subscription["id"], {"seats": "5"})
    if session.keeps_state:
        assert updated["items"]["data"][0]["quantity"] == 5

    canceled = client.subscriptions.cancel(
        subscription["id"],
        cancellation_details={"comment": "Moving to annual billing"},
        prorate=False,
    )
    assert (canceled["id"], canceled["object"]) == (subscription["id"], "subscription")
    if session.keeps_state:
        assert canceled["status"] == "canceled"
        assert canceled["canceled_at"] is not None
        assert canceled["cancellation_details"]["comment"] == "Moving to annual billing"


@scenario(
    "stub",
    [
        "customers.create",
        "invoices.create",
        "invoices.retrieve",
        "invoices.finalize",
        "invoices.send",
        "invoices.list",
        "products.create",
        "prices.create",
        "subscriptions.create",
        "api.request",
    ],
)
def invoice_lifecycle(session: Session) -> None:
    """A one-off invoice drafted, given a line, finalized and sent; then the
    customer's invoices listed, and those of a subscription."""
    client, tag = session.client, session.tag
    customer = client.customers.create(
        email=f"billing-{tag}@example.com", name="Billing Co"
    )

    invoice = client.invoices.create(
        customer=customer["id"],
        collection_method="send_invoice",
        days_until_due=14,
        auto_advance=False,
        description="Workshop, March",
        metadata={"project": "P-7"},
    )
    assert invoice["id"].startswith("in_")
    assert (invoice["object"], invoice["customer"]) == ("invoice", customer["id"])
    assert (invoice["collection_method"], invoice["description"]) == (
        "send_invoice",
        "Workshop, March",
    )
    assert invoice["metadata"] == {"project": "P-7"}
    if session.keeps_state:
        assert invoice["status"] == "draft"

    line = ACTIONS["api.request"].run(
        client,
        {
            "method": "POST",
            "path": "/v1/invoiceitems",
            "params": {
                "customer": customer["id"],
                "invoice": invoice["id"],
                "amount": 45000,
                "currency": "usd",
                "description": "Workshop day",
            },
        },
    )
    assert (line["id"][:3], line["object"]) == ("ii_", "invoiceitem")

    fetched = client.invoices.retrieve(invoice["id"])
    assert fetched["id"] == invoice["id"]
    if session.keeps_state:
        assert (fetched["status"], fetched["amount_due"]) == ("draft", 45000)

    finalized = client.invoices.finalize(invoice["id"], auto_advance=False)
    assert (finalized["id"], finalized["object"]) == (invoice["id"], "invoice")
    if session.keeps_state:
        assert (finalized["status"], finalized["amount_due"]) == ("open", 45000)
        assert finalized["number"]

    sent = client.invoices.send(invoice["id"])
    assert sent["id"] == invoice["id"]
    if session.keeps_state:
        assert sent["status"] == "open"

    _, price = _monthly_plan(session, f"Support plan {tag}", 9900)
    subscription = client.subscriptions.create(
        customer=customer["id"],
        items=[{"price": price["id"]}],
        collection_method="send_invoice",
        days_until_due=14,
    )

    by_customer = client.invoices.list(customer=customer["id"], limit=1)
    invoices = list(by_customer.auto_paging_iter())
    assert invoices and all(item["object"] == "invoice" for item in invoices)
    by_subscription = ACTIONS["invoices.list"].run(
        client, {"subscription": subscription["id"]}
    )
    assert by_subscription["object"] == "list"
    assert all(item["object"] == "invoice" for item in by_subscription["data"])
    if session.keeps_state:
        first_of_subscription = subscription["latest_invoice"]
        assert sorted(_ids(invoices)) == sorted([invoice["id"], first_of_subscription])
        assert _ids(by_subscription["data"]) == [first_of_subscription]
        assert by_subscription["data"][0]["subscription"] == subscription["id"]


def _monthly_plan(
    session: Session, name: str, unit_amount: int
) -> tuple[dict[str, Any], dict[str, Any]]:
    """A product and its monthly USD price, checked as Stripe answers them."""
    client = session.client
    product = client.products.create(name=name, metadata={"plan": "monthly"})
    assert product["id"].startswith("prod_")
    assert (product["object"], product["name"]) == ("product", name)

    price = client.prices.create(
        product=product["id"],
        currency="usd",
        unit_amount=unit_amount,
        recurring={"interval": "month"},
        nickname=f"{name}, monthly",
    )
    assert price["id"].startswith("price_")
    assert (price["object"], price["product"], price["currency"]) == (
        "price",
        product["id"],
        "usd",
    )
    assert (price["unit_amount"], price["recurring"]["interval"]) == (
        unit_amount,
        "month",
    )
    assert (price["type"], price["nickname"]) == ("recurring", f"{name}, monthly")
    return dict(product), dict(price)


def _visa_token(session: Session) -> str:
    """A single-use card token for a Visa that succeeds.

    Stripe offers ``tok_visa`` in test mode; localstripe knows no such token, so
    there one is made from the test card's number (Stripe refuses raw numbers).
    """
    if session.server == "stripe":
        return "tok_visa"
    token = ACTIONS["api.request"].run(
        session.client,
        {
            "method": "POST",
            "path": "/v1/tokens",
            "params": {
                "card": {
                    "number": "4242424242424242",
                    "exp_month": 12,
                    "exp_year": 2030,
                    "cvc": "123",
                }
            },
        },
    )
    token_id: str = token["id"]
    return token_id


def _ids(items: Iterable[Mapping[str, Any]]) -> list[str]:
    return [item["id"] for item in items]
