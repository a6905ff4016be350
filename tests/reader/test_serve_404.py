"""`mkdocs serve` (the preview server behind ./dev serve) answers missing URLs in their language."""

from __future__ import annotations

import re
import urllib.error
import urllib.request

import pytest

from preview_server import PreviewServer, fetch
from project import copy_project


@pytest.fixture(scope="module")
def preview_url(tmp_path_factory):
    # A copy: the preview writes the snippet cache and watches docs/, which are the project's own.
    project = copy_project(tmp_path_factory.mktemp("project") / "project")
    with PreviewServer(project, tmp_path_factory.mktemp("serve")) as server:
        yield server.url


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


def test_served_pages_carry_no_policy_that_would_block_live_reload(preview_url):
    """Live reload's script is inline and new on every reload: no hash could allow it."""
    html = fetch(f"{preview_url}/en/")
    assert "livereload" in html
    assert "Content-Security-Policy" not in html
