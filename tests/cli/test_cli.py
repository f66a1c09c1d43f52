"""The ``stripe-actions`` console script, run in a subprocess as a user would.

``list`` and ``describe`` need no server. ``run`` is checked end to end against a
private localstripe, and its exit codes against a tiny loopback server of ours
that answers each request with the error we choose, in Stripe's shape.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from servers import LocalStripe

from stripe_actions import ACTIONS

SCRIPT = shutil.which("stripe-actions", path=str(Path(sys.executable).parent))
DOCS = Path(__file__).resolve().parents[2] / "generated" / "docs" / "actions"
TEST_KEY = "sk_test_51CliKeyThatMustNeverBePrinted0123456789"
LIVE_KEY = "sk_live_51CliLiveKeyThatMustNeverBePrinted0123"


@dataclass
class Result:
    status: int
    stdout: str
    stderr: str

    @property
    def json(self) -> Any:
        return json.loads(self.stdout)


def cli(
    *arguments: str,
    key: str | None = TEST_KEY,
    stdin: str | None = None,
    cwd: Path | None = None,
) -> Result:
    """Run the installed console script with only the key we choose."""
    assert SCRIPT is not None, "stripe-actions is not installed in this environment"
    environment = {k: v for k, v in os.environ.items() if k != "STRIPE_API_KEY"}
    if key is not None:
        environment["STRIPE_API_KEY"] = key

    completed = subprocess.run(
        [SCRIPT, *arguments],
        input=stdin,
        capture_output=True,
        text=True,
        env=environment,
        cwd=cwd,
        timeout=60,
    )
    for secret in (TEST_KEY, LIVE_KEY):
        assert secret not in completed.stdout + completed.stderr
    return Result(completed.returncode, completed.stdout, completed.stderr)


def assert_one_line_error(result: Result, status: int, phrase: str) -> None:
    assert result.status == status, result.stderr
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1, result.stderr
    assert result.stderr.startswith("stripe-actions: ")
    assert phrase in result.stderr


# A loopback stand-in for Stripe that answers what each test asks for.


@dataclass
class Received:
    method: str
    path: str
    headers: dict[str, str]
    body: str


@dataclass
class FakeStripe:
    """What to answer next, and what was asked."""

    base_url: str
    status: int = 200
    body: dict[str, Any] = field(default_factory=lambda: {"id": "obj_1"})
    headers: dict[str, str] = field(default_factory=dict)
    received: list[Received] = field(default_factory=list)

    def answer(
        self, status: int, body: dict[str, Any], headers: dict[str, str] | None = None
    ) -> None:
        self.status, self.body, self.headers = status, body, headers or {}


def _handler(fake: FakeStripe) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def _reply(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length).decode()
            headers = {name.lower(): value for name, value in self.headers.items()}
            fake.received.append(Received(self.command, self.path, headers, body))

            content = json.dumps(fake.body).encode()
            self.send_response(fake.status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(content)))
            self.send_header("Request-Id", "req_fake_123")
            for name, value in fake.headers.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(content)

        do_GET = do_POST = do_DELETE = _reply

        def log_message(self, format: str, *args: Any) -> None:
            """Quiet: the test reads ``fake.received`` instead."""

    return Handler


@pytest.fixture(scope="module")
def fake_server() -> Iterator[FakeStripe]:
    fake = FakeStripe(base_url="")
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(fake))
    fake.base_url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield fake
    server.shutdown()
    server.server_close()
    thread.join()


@pytest.fixture
def fake(fake_server: FakeStripe) -> FakeStripe:
    """The shared fake, answering 200 and with an empty log for this test."""
    fake_server.answer(200, {"id": "obj_1", "object": "customer"})
    fake_server.received.clear()
    return fake_server


def closed_port() -> int:
    """A loopback port nothing listens on (bound, then released)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


# list and describe


def test_list_groups_every_action_by_resource() -> None:
    result = cli("list", key=None)

    assert result.status == 0
    lines = result.stdout.splitlines()
    headings = [line[:-1] for line in lines if not line.startswith(" ")]
    listed = [line.split()[0] for line in lines if line.startswith("  ")]
    assert headings == sorted({action_id.split(".")[0] for action_id in ACTIONS})
    assert sorted(listed) == sorted(ACTIONS)
    assert re.search(r"^customers:\n(  customers\.\S+ +.+\n)+", result.stdout, re.M)
    assert re.search(r"^  customers\.create +Create a customer$", result.stdout, re.M)


def test_describe_shows_route_inputs_and_the_documented_example() -> None:
    result = cli("describe", "customers.create", key=None)

    assert result.status == 0
    out = result.stdout
    assert out.startswith("Create a customer (customers.create)\n")
    assert "\nPOST /v1/customers\n" in out
    assert "Creates a new customer object." in out
    assert re.search(r"^  name +type +required +description$", out, re.M)
    assert re.search(r"^  email +string +no +Customer's email address\.$", out, re.M)
    assert re.search(r'^  address +object \| "" +no ', out, re.M)

    example_text = out.split("Example input:\n", 1)[1].split("\n\n", 1)[0]
    page = (DOCS / "customers.create.md").read_text()
    documented = re.search(r"--input '(.*)'", page)
    assert documented is not None
    assert json.loads(example_text) == json.loads(documented.group(1))
    assert "stripe-actions run customers.create --input '{" in out


def test_describe_lists_required_path_parameters_first() -> None:
    result = cli("describe", "subscriptions.update", key=None)

    table = result.stdout.split("Inputs:\n", 1)[1]
    first_row = table.splitlines()[1]
    assert first_row.split()[:3] == ["subscription_exposed_id", "string", "yes"]
    assert "POST /v1/subscriptions/{subscription_exposed_id}" in result.stdout


def test_describe_an_unknown_action_suggests_the_closest() -> None:
    result = cli("describe", "customer.create", key=None)

    assert_one_line_error(result, 2, "did you mean 'customers.create'?")


def test_bad_usage_is_argparse_exit_two_without_traceback() -> None:
    result = cli("run", key=None)

    assert result.status == 2
    assert "Traceback" not in result.stderr
    assert "required: ID" in result.stderr


# run: reading the input, refusing before sending


def test_invalid_json_gives_the_position_and_sends_nothing(fake: FakeStripe) -> None:
    result = cli(
        "run",
        "customers.create",
        "--base-url",
        fake.base_url,
        "--input",
        '{"email": "a@b.co",}',
    )

    assert_one_line_error(result, 2, "--input is not valid JSON")
    assert "line 1, column 20" in result.stderr
    assert fake.received == []


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ('["email"]', "must be a JSON object"),
        ('{"amount": NaN}', "NaN is not a number Stripe accepts"),
        ("", "Expecting value at line 1, column 1"),
    ],
)
def test_input_that_is_not_an_object_of_parameters_is_refused(
    fake: FakeStripe, text: str, phrase: str
) -> None:
    result = cli("run", "charges.create", "--base-url", fake.base_url, "--input", text)

    assert_one_line_error(result, 2, phrase)
    assert fake.received == []


def test_invalid_params_list_every_problem_and_send_nothing(fake: FakeStripe) -> None:
    result = cli(
        "run",
        "customers.create",
        "--base-url",
        fake.base_url,
        "--input",
        '{"emial": "a@b.co", "balance": "5", "address": 3}',
    )

    assert result.status == 2
    assert result.stderr.splitlines() == [
        "stripe-actions: invalid input for customers.create",
        '  $.address: must be an object or "", not an integer (3)',
        '  $.balance: must be an integer, not a string ("5")',
        "  $.emial: unknown parameter; did you mean 'email'?",
    ]
    assert fake.received == []


@pytest.mark.parametrize("levels", [500, 100_000])
def test_input_nested_too_deeply_is_one_problem_not_a_traceback(
    fake: FakeStripe, levels: int
) -> None:
    metadata = '{"a": ' * levels + '"x"' + "}" * levels

    result = cli(
        "run",
        "customers.create",
        "--base-url",
        fake.base_url,
        "--input",
        "-",
        stdin=f'{{"metadata": {metadata}}}',
    )

    assert result.status == 2
    assert "Traceback" not in result.stderr
    if levels == 500:
        assert result.stderr.splitlines() == [
            "stripe-actions: invalid input for customers.create",
            "  $.metadata: is nested too deeply (more than 32 levels)",
        ]
    else:
        assert_one_line_error(result, 2, "stdin is nested too deeply to read")
    assert fake.received == []


@pytest.mark.parametrize(
    ("option", "value", "problem"),
    [
        (
            "--idempotency-key",
            "key\r\nX-Injected: 1",
            "$.idempotency_key: must not contain a line break or other control "
            "character",
        ),
        (
            "--idempotency-key",
            "",
            "$.idempotency_key: must not be empty (leave it out instead)",
        ),
        (
            "--idempotency-key",
            "k" * 256,
            "$.idempotency_key: must be at most 255 characters long (Stripe's limit), "
            "not 256",
        ),
        (
            "--stripe-account",
            "acct_1\n",
            "$.stripe_account: must not contain a line break or other control "
            "character",
        ),
    ],
    ids=["idempotency-crlf", "idempotency-empty", "idempotency-long", "account-lf"],
)
def test_request_options_that_cannot_be_headers_are_exit_two(
    fake: FakeStripe, option: str, value: str, problem: str
) -> None:
    result = cli(
        "run",
        "customers.create",
        "--base-url",
        fake.base_url,
        option,
        value,
        "--input",
        '{"email": "a@b.co"}',
        key=None,
    )

    assert result.status == 2
    assert result.stderr.splitlines() == [
        "stripe-actions: invalid input for customers.create",
        f"  {problem}",
    ]
    assert fake.received == []


def test_invalid_params_are_reported_before_a_missing_key() -> None:
    result = cli("run", "customers.retrieve", "--input", "{}", key=None)

    assert result.status == 2
    assert "$.customer: is required" in result.stderr


def test_input_from_a_missing_file_is_a_usage_error(tmp_path: Path) -> None:
    result = cli("run", "customers.create", "--input", f"@{tmp_path / 'nope.json'}")

    assert_one_line_error(result, 2, "cannot read")
    assert "No such file or directory" in result.stderr


def test_unknown_action_is_a_usage_error() -> None:
    assert_one_line_error(cli("run", "charges.refund"), 2, "unknown action")


def test_a_base_url_that_is_not_http_is_a_usage_error() -> None:
    result = cli("run", "customers.list", "--base-url", "127.0.0.1:9")

    assert_one_line_error(result, 2, "--base-url must start with http://")


# run: the key


def test_no_key_is_refused_with_exit_three(fake: FakeStripe) -> None:
    result = cli("run", "customers.list", "--base-url", fake.base_url, key=None)

    assert_one_line_error(result, 3, "set STRIPE_API_KEY or pass --api-key-file")
    assert fake.received == []


@pytest.mark.parametrize("live_key", [LIVE_KEY, "rk_live_51Restricted0123456789"])
def test_a_live_key_is_refused_without_live(fake: FakeStripe, live_key: str) -> None:
    result = cli("run", "customers.list", "--base-url", fake.base_url, key=live_key)

    assert_one_line_error(result, 3, "refusing a live-mode key: pass --live")
    assert live_key not in result.stderr
    assert fake.received == []


def test_a_live_key_is_used_with_live(fake: FakeStripe) -> None:
    fake.answer(200, {"object": "list", "data": [], "has_more": False})

    result = cli(
        "run", "customers.list", "--live", "--base-url", fake.base_url, key=LIVE_KEY
    )

    assert result.status == 0, result.stderr
    assert fake.received[0].headers["authorization"] == f"Bearer {LIVE_KEY}"


def test_api_key_file_first_line_wins_over_the_environment(
    fake: FakeStripe, tmp_path: Path
) -> None:
    key_file = tmp_path / "key"
    key_file.write_text("sk_test_fromfile123\nsecond line is ignored\n")

    result = cli(
        "run",
        "customers.retrieve",
        "--base-url",
        fake.base_url,
        "--api-key-file",
        str(key_file),
        "--input",
        '{"customer": "cus_1"}',
    )

    assert result.status == 0, result.stderr
    assert fake.received[0].headers["authorization"] == "Bearer sk_test_fromfile123"
    assert fake.received[0].path == "/v1/customers/cus_1"


def test_a_live_key_from_a_file_is_refused_too(
    fake: FakeStripe, tmp_path: Path
) -> None:
    key_file = tmp_path / "key"
    key_file.write_text(LIVE_KEY + "\n")

    result = cli(
        "run",
        "customers.list",
        "--base-url",
        fake.base_url,
        "--api-key-file",
        str(key_file),
    )

    assert_one_line_error(result, 3, "refusing a live-mode key")
    assert fake.received == []


def test_an_unreadable_key_file_is_exit_three(tmp_path: Path) -> None:
    result = cli("run", "customers.list", "--api-key-file", str(tmp_path / "missing"))

    assert_one_line_error(result, 3, "cannot read --api-key-file")


# run: exit codes by error kind, with Stripe's message and the request id


@pytest.mark.parametrize(
    ("status", "error", "exit_code", "phrases"),
    [
        (
            401,
            {"type": "invalid_request_error", "message": "Invalid API Key provided"},
            3,
            ["HTTP 401", "Invalid API Key provided"],
        ),
        (
            401,
            {"type": "invalid_request_error", "message": f"Bad key: {TEST_KEY}"},
            3,
            ["Bad key: sk_test_***"],
        ),
        (
            403,
            {"type": "invalid_request_error", "message": "Key lacks permission"},
            3,
            ["HTTP 403", "Key lacks permission"],
        ),
        (
            402,
            {
                "type": "card_error",
                "code": "card_declined",
                "decline_code": "insufficient_funds",
                "message": "Your card has insufficient funds.",
            },
            4,
            [
                "card_error (HTTP 402): Your card has insufficient funds.",
                "code=card_declined",
                "decline_code=insufficient_funds",
            ],
        ),
        (
            429,
            {"type": "invalid_request_error", "message": "Too many requests"},
            5,
            ["HTTP 429", "Too many requests"],
        ),
        (
            400,
            {
                "type": "invalid_request_error",
                "param": "amount",
                "message": "Amount must be at least 50 cents",
            },
            6,
            ["HTTP 400", "Amount must be at least 50 cents", "param=amount"],
        ),
        (
            404,
            {"type": "invalid_request_error", "message": "No such charge: 'ch_x'"},
            6,
            ["HTTP 404", "No such charge"],
        ),
        (500, {"type": "api_error", "message": "Something broke"}, 6, ["HTTP 500"]),
    ],
    ids=["401", "401-echoing-the-key", "403", "402", "429", "400", "404", "500"],
)
def test_api_errors_map_to_exit_codes(
    fake: FakeStripe,
    status: int,
    error: dict[str, str],
    exit_code: int,
    phrases: list[str],
) -> None:
    fake.answer(status, {"error": error})

    result = cli(
        "run",
        "charges.create",
        "--base-url",
        fake.base_url,
        "--max-retries",
        "0",
        "--input",
        '{"amount": 2000, "currency": "usd", "source": "tok_visa"}',
    )

    assert_one_line_error(result, exit_code, "request_id=req_fake_123")
    for phrase in phrases:
        assert phrase in result.stderr
    assert len(fake.received) == 1


def test_no_response_is_exit_seven() -> None:
    result = cli(
        "run",
        "customers.list",
        "--max-retries",
        "0",
        "--base-url",
        f"http://127.0.0.1:{closed_port()}",
    )

    assert_one_line_error(result, 7, "Could not get a response from Stripe")


def test_request_options_reach_the_headers(fake: FakeStripe) -> None:
    result = cli(
        "run",
        "customers.create",
        "--base-url",
        fake.base_url,
        "--stripe-account",
        "acct_123",
        "--idempotency-key",
        "idem-cli-1",
        "--input",
        '{"email": "a@b.co"}',
    )

    assert result.status == 0, result.stderr
    (request,) = fake.received
    assert request.headers["stripe-account"] == "acct_123"
    assert request.headers["idempotency-key"] == "idem-cli-1"
    assert request.headers["stripe-version"] == "2023-08-16"
    assert request.body == "email=a%40b.co"


def test_verbose_logs_one_line_per_request_without_the_key(fake: FakeStripe) -> None:
    fake.answer(200, {"object": "list", "data": [], "has_more": False})

    result = cli("-v", "run", "customers.list", "--base-url", fake.base_url)

    assert result.status == 0, result.stderr
    assert "Stripe GET /v1/customers -> 200 request_id=req_fake_123" in result.stderr


def test_verbose_shows_our_one_line_per_request_and_nothing_from_httpx(
    fake: FakeStripe,
) -> None:
    fake.answer(200, {"id": "cus_1", "object": "customer"})

    result = cli(
        "-v",
        "run",
        "customers.retrieve",
        "--base-url",
        fake.base_url,
        "--input",
        '{"customer": "cus_1"}',
    )

    assert result.status == 0, result.stderr
    (line,) = result.stderr.splitlines()
    assert re.fullmatch(
        r"stripe_actions\._base\.client: Stripe GET /v1/customers/cus_1 -> 200 "
        r"request_id=req_fake_123 attempt=1 elapsed=\d+\.\d{3}s done",
        line,
    ), line


def test_help_and_docstring_call_exit_seven_no_response() -> None:
    from stripe_actions._base import cli as cli_module

    result = cli("--help", key=None)

    assert result.status == 0
    assert "7 no response (network)." in " ".join(result.stdout.split())
    assert "7  no response (network)" in (cli_module.__doc__ or "")


def test_result_is_printed_as_indented_json(fake: FakeStripe) -> None:
    fake.answer(200, {"id": "cus_1", "object": "customer", "metadata": {}})

    result = cli(
        "run",
        "customers.retrieve",
        "--base-url",
        fake.base_url,
        "--input",
        '{"customer": "cus_1"}',
    )

    assert result.stdout == json.dumps(result.json, indent=2) + "\n"
    assert result.json["id"] == "cus_1"


# run: end to end against localstripe


@pytest.mark.live
def test_run_end_to_end_against_localstripe(
    localstripe: LocalStripe, tmp_path: Path
) -> None:
    base = ("--base-url", localstripe.base_url)
    key = localstripe.api_key

    created = cli(
        "run",
        "customers.create",
        *base,
        "--input",
        '{"email": "jenny@example.com", "metadata": {"order": "6735"}}',
        key=key,
    )
    assert created.status == 0, created.stderr
    customer = created.json
    assert customer["object"] == "customer"
    assert customer["email"] == "jenny@example.com"
    assert customer["metadata"] == {"order": "6735"}

    input_file = tmp_path / "update.json"
    input_file.write_text(json.dumps({"customer": customer["id"], "name": "Jenny"}))
    updated = cli(
        "run", "customers.update", *base, "--input", f"@{input_file}", key=key
    )
    assert updated.status == 0, updated.stderr
    assert updated.json["name"] == "Jenny"

    for number in range(2):
        email = f"other{number}@example.com"
        extra = cli(
            "run",
            "customers.create",
            *base,
            "--input",
            json.dumps({"email": email}),
            key=key,
        )
        assert extra.status == 0, extra.stderr

    listed = cli(
        "run",
        "customers.list",
        *base,
        "--max-items",
        "2",
        "--input",
        "-",
        stdin='{"limit": 1}',
        key=key,
    )
    assert listed.status == 0, listed.stderr
    assert len(listed.json["data"]) == 2
    assert listed.json["truncated"] is True

    retrieved = cli(
        "run",
        "customers.retrieve",
        *base,
        "--input",
        json.dumps({"customer": customer["id"]}),
        key=key,
    )
    assert retrieved.json["id"] == customer["id"]

    deleted = cli(
        "run",
        "customers.delete",
        *base,
        "--input",
        json.dumps({"customer": customer["id"]}),
        key=key,
    )
    assert deleted.status == 0, deleted.stderr
    assert deleted.json["deleted"] is True


@pytest.mark.live
def test_localstripe_errors_come_back_as_exit_codes(localstripe: LocalStripe) -> None:
    base = ("--base-url", localstripe.base_url, "--max-retries", "0")

    missing = cli(
        "run",
        "customers.retrieve",
        *base,
        "--input",
        '{"customer": "cus_missing"}',
        key=localstripe.api_key,
    )
    assert_one_line_error(missing, 6, "HTTP 404")

    refused = cli("run", "customers.list", *base, key="sk_live_notforlocal")
    assert_one_line_error(refused, 3, "refusing a live-mode key")


@pytest.mark.live
def test_generic_request_action_against_localstripe(localstripe: LocalStripe) -> None:
    result = cli(
        "run",
        "api.request",
        "--base-url",
        localstripe.base_url,
        "--input",
        '{"method": "get", "path": "/v1/customers", "params": {"limit": 1}}',
        key=localstripe.api_key,
    )

    assert result.status == 0, result.stderr
    assert result.json["object"] == "list"
