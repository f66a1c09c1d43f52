"""Runs localstripe's app on 127.0.0.1 with its state kept in a file we choose.

localstripe's own entry point listens on every interface at a fixed port and pickles
its store to ``/tmp/localstripe.pickle``, so two test runs would meet on the network
and share state. This module, run as a script by ``localstripe.LocalStripe``, serves
the same app from a loopback socket on a free port and writes the store elsewhere.

It is run with ``python -I`` so that this directory, whose ``localstripe.py`` would
shadow the real package, is not put on ``sys.path``.
"""

from __future__ import annotations

import argparse
import logging
import os
import pickle
import socket
from pathlib import Path

from aiohttp import web
from localstripe.resources import store
from localstripe.server import app

logger = logging.getLogger("localstripe.launcher")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--state-file", type=Path, required=True)
    parser.add_argument("--port-file", type=Path, required=True)
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(name)s: %(message)s")

    _keep_state_in(args.state_file)
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    listener.listen(128)
    port = listener.getsockname()[1]
    _publish_port(args.port_file, port)
    logger.info("serving on 127.0.0.1:%d, state in %s", port, args.state_file)

    web.run_app(
        app,
        sock=listener,
        print=None,
        shutdown_timeout=2.0,
        access_log=logging.getLogger("aiohttp.access"),
    )


def _keep_state_in(path: Path) -> None:
    """Point the store's persistence at ``path``; the store starts empty.

    The store calls ``self.dump_to_disk()`` after every change, so an attribute on
    the instance takes the place of the method that writes to /tmp. A plain dict is
    pickled because the store instance now carries that attribute.
    """

    def dump_to_disk() -> None:
        with path.open("wb") as state:
            pickle.dump(dict(store), state, protocol=pickle.HIGHEST_PROTOCOL)

    store.dump_to_disk = dump_to_disk


def _publish_port(path: Path, port: int) -> None:
    """Write the port where the launcher polls for it, in one atomic step."""
    partial = path.with_suffix(".partial")
    partial.write_text(str(port), encoding="ascii")
    os.replace(partial, path)


if __name__ == "__main__":
    main()
