"""A real uvicorn server on loopback in a background thread (for the browser tests)."""
from __future__ import annotations

import socket
import threading
import time
from contextlib import contextmanager
from typing import Iterator

import uvicorn


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def serve(app, port: int) -> Iterator[str]:
    from tokumei.review.commands import uvicorn_options

    # the options `tokumei serve` uses (forwarded headers ignored unless --proxy-headers)
    server = uvicorn.Server(uvicorn.Config(app, **uvicorn_options(app.state.settings, "127.0.0.1", port)))
    t = threading.Thread(target=server.run, daemon=True)
    t.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline:
            raise RuntimeError("server did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        t.join(10)
