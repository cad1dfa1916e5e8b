"""A running server for the web tests: uvicorn serving icpcheck.web.app on 127.0.0.1 at a free
port, in a thread of the test process; and the questionnaire walked as a person would."""

from __future__ import annotations

import re
import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest

pytest.importorskip("starlette")
uvicorn = pytest.importorskip("uvicorn")
httpx = pytest.importorskip("httpx")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


class Live:
    def __init__(self, url: str) -> None:
        self.url = url


@pytest.fixture(scope="session")
def live() -> Iterator[Live]:
    """uvicorn on 127.0.0.1 (loopback only), stopped at the end of the session."""
    port = free_port()
    config = uvicorn.Config("icpcheck.web.app:app", host="127.0.0.1", port=port, log_level="warning",
                            timeout_keep_alive=5, limit_concurrency=256, h11_max_incomplete_event_size=16384)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    yield Live(f"http://127.0.0.1:{port}")
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture()
def client(live: Live) -> Iterator[Any]:
    with httpx.Client(base_url=live.url, timeout=30, follow_redirects=True) as c:
        yield c


def asked(html: str) -> str | None:
    """The question a questionnaire page asks (its hidden `asked` field), or None."""
    found = re.search(r'name="asked" value="([^"]+)"', html)
    return found.group(1) if found else None
