"""`icpcheck serve`: starts uvicorn on 127.0.0.1 by default and answers; a missing extra is one
clear line."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest

from tests.conftest import run_cli

httpx = pytest.importorskip("httpx")
pytest.importorskip("uvicorn")


def test_serve_starts_on_loopback_and_answers() -> None:
    from tests.web.conftest import free_port

    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "icpcheck", "serve", "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                r = httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=2)
                break
            except httpx.TransportError:
                if time.monotonic() > deadline or proc.poll() is not None:
                    raise
                time.sleep(0.1)
        assert r.json()["ok"] is True
        assert httpx.get(f"http://127.0.0.1:{port}/").status_code == 200
    finally:
        proc.terminate()
        out, _ = proc.communicate(timeout=20)
    assert f"http://127.0.0.1:{port}" in out


def test_serve_without_the_extra_says_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "uvicorn", None)  # `import uvicorn` raises ImportError
    result = run_cli(["serve", "--lang", "en"])
    assert result.exit_code == 2
    assert "needs the web extra" in result.stderr and "pip install 'icpcheck[web]'" in result.stderr
    assert os.linesep.join(result.stderr.splitlines()[:1]).startswith("icpcheck:")
