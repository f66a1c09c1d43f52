"""Starting and stopping a private localstripe for the live tests.

localstripe is a stateful fake of the Stripe API. Each ``LocalStripe`` runs one in
its own process through ``_localstripe_app.py``: bound to 127.0.0.1 on a free port,
with an empty store pickled inside a fresh temporary directory, and stopped by its
own PID.

    with LocalStripe() as server:
        httpx.post(f"{server.base_url}/v1/customers", headers=server.auth_headers)
"""

from __future__ import annotations

import logging
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import TracebackType
from typing import IO

import httpx

__all__ = ["LocalStripe", "LocalStripeError", "TEST_API_KEY"]

logger = logging.getLogger(__name__)

TEST_API_KEY = "sk_test_localstripe"
"""A key localstripe accepts (it takes any ``sk_`` key)."""

_APP = Path(__file__).with_name("_localstripe_app.py")
_POLL_SECONDS = 0.05
_STOP_SECONDS = 5.0


class LocalStripeError(RuntimeError):
    """localstripe did not start; the message carries the end of its log."""


class LocalStripe:
    """One localstripe process of our own, with fresh state on every start."""

    api_key = TEST_API_KEY

    def __init__(self, *, startup_timeout: float = 20.0) -> None:
        self._startup_timeout = startup_timeout
        self._directory: tempfile.TemporaryDirectory[str] | None = None
        self._log: IO[bytes] | None = None
        self._process: subprocess.Popen[bytes] | None = None
        self._port: int | None = None

    @property
    def pid(self) -> int:
        """The process id of the running server."""
        return self._running().pid

    @property
    def port(self) -> int:
        """The loopback port the server listens on."""
        self._running()
        assert self._port is not None
        return self._port

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def state_file(self) -> Path:
        """Where this server pickles its store (inside its temporary directory)."""
        return self._workdir() / "state.pickle"

    @property
    def auth_headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.api_key}"}

    def start(self) -> LocalStripe:
        """Launch the server and return once it answers an authenticated request."""
        if self._process is not None:
            raise RuntimeError("localstripe is already running")
        self._directory = tempfile.TemporaryDirectory(prefix="localstripe-")
        workdir = self._workdir()
        self._log = (workdir / "server.log").open("wb")
        command = [
            sys.executable,
            "-I",
            str(_APP),
            "--state-file",
            str(self.state_file),
            "--port-file",
            str(workdir / "port"),
        ]
        self._process = subprocess.Popen(
            command,
            cwd=workdir,
            stdin=subprocess.DEVNULL,
            stdout=self._log,
            stderr=subprocess.STDOUT,
        )

        try:
            deadline = time.monotonic() + self._startup_timeout
            self._port = self._wait_for_port(workdir / "port", deadline)
            self._wait_until_answering(deadline)
        except BaseException:
            self.stop()
            raise
        logger.debug("localstripe pid %d on %s", self.pid, self.base_url)
        return self

    def stop(self) -> None:
        """Stop the process by its PID, then remove its directory."""
        process, self._process, self._port = self._process, None, None
        if process is not None and process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=_STOP_SECONDS)
            except subprocess.TimeoutExpired:
                logger.warning("localstripe pid %d ignored SIGTERM", process.pid)
                process.kill()
                process.wait()

        if self._log is not None:
            self._log.close()
            self._log = None
        if self._directory is not None:
            self._directory.cleanup()
            self._directory = None

    def reset(self) -> None:
        """Empty the store, for a server shared between tests."""
        httpx.delete(f"{self.base_url}/_config/data").raise_for_status()

    def __enter__(self) -> LocalStripe:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()

    def _running(self) -> subprocess.Popen[bytes]:
        if self._process is None:
            raise RuntimeError("localstripe is not running")
        return self._process

    def _workdir(self) -> Path:
        if self._directory is None:
            raise RuntimeError("localstripe is not running")
        return Path(self._directory.name)

    def _wait_for_port(self, port_file: Path, deadline: float) -> int:
        """Read the port the child bound, failing early if the child died."""
        while time.monotonic() < deadline:
            self._check_alive()
            if port_file.exists():
                return int(port_file.read_text(encoding="ascii"))
            time.sleep(_POLL_SECONDS)
        raise LocalStripeError(f"no port within the timeout\n{self._log_tail()}")

    def _wait_until_answering(self, deadline: float) -> None:
        """Poll a cheap list call until the app serves it."""
        with httpx.Client(base_url=self.base_url, headers=self.auth_headers) as client:
            while time.monotonic() < deadline:
                self._check_alive()
                try:
                    if client.get("/v1/customers").status_code == 200:
                        return
                except httpx.TransportError:
                    pass
                time.sleep(_POLL_SECONDS)
        raise LocalStripeError(f"no answer within the timeout\n{self._log_tail()}")

    def _check_alive(self) -> None:
        code = self._running().poll()
        if code is not None:
            raise LocalStripeError(f"exited with {code}\n{self._log_tail()}")

    def _log_tail(self, lines: int = 20) -> str:
        log = self._workdir() / "server.log"
        text = log.read_text(encoding="utf-8", errors="replace") if log.exists() else ""
        return "\n".join(text.splitlines()[-lines:])
