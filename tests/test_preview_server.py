"""`mkdocs serve` (the preview server behind ./dev serve) answers missing URLs in their language."""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest

from project import ROOT


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def preview_url():
    port = _free_port()
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "--livereload", "--dev-addr", f"127.0.0.1:{port}"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            if server.poll() is not None:
                pytest.fail(f"mkdocs serve exited:\n{server.stderr.read()}")
            try:
                urllib.request.urlopen(f"{url}/", timeout=2).close()
                break
            except (urllib.error.URLError, ConnectionError):
                time.sleep(0.3)
        else:
            pytest.fail("mkdocs serve did not answer within two minutes")
        yield url
    finally:
        server.terminate()
        server.wait(timeout=30)


def _missing(url: str) -> tuple[int, str]:
    try:
        urllib.request.urlopen(url, timeout=10)
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8")
    raise AssertionError(f"{url} exists")


@pytest.mark.parametrize("path, lang", [("/en/no-such-page/", "en"), ("/no-such-page/", "zh")])
def test_a_missing_url_gets_the_404_page_of_its_language(preview_url, path, lang):
    status, body = _missing(f"{preview_url}{path}")
    assert status == 404
    assert re.search(r'<html lang="([^"]+)"', body)[1] == lang
