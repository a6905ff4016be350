"""The published server: Debian's nginx with nginx/site.conf over the built site.

nginx_server.py wraps the very same site.conf that the Docker image uses
(through nginx/default.conf) with only local paths and a free port.
"""

from __future__ import annotations

import gzip
import http.client
import re
from pathlib import Path
from urllib.parse import urlparse

import pytest

from nginx_server import NGINX_MISSING, NginxServer, image_server_block, nginx_test, write_conf


@pytest.fixture(scope="module")
def nginx(built_site, tmp_path_factory):
    if NGINX_MISSING:
        pytest.fail("nginx is missing: run the tests through ./dev test, which installs Debian's nginx")
    with NginxServer(built_site, tmp_path_factory.mktemp("nginx")) as server:
        yield server


def get(server, path: str, gzip_ok: bool = False) -> tuple[int, dict[str, str], bytes]:
    """Status, headers (lower-case names) and raw body, exactly as nginx sent them."""
    netloc = urlparse(server.url).netloc
    connection = http.client.HTTPConnection(netloc, timeout=10)
    connection.request("GET", path, headers={"Accept-Encoding": "gzip"} if gzip_ok else {})
    response = connection.getresponse()
    result = response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
    connection.close()
    return result


def html_lang(body: bytes, headers: dict[str, str]) -> str | None:
    """The page's <html lang>, or None for a body that is not one of our pages (nginx's own error page)."""
    if headers.get("content-encoding") == "gzip":
        body = gzip.decompress(body)
    match = re.search(rb'<html[^>]*\blang="([^"]+)"', body)
    return match[1].decode() if match else None


def fingerprinted_stylesheet(site: Path) -> str:
    [css] = site.glob("assets/stylesheets/main.*.min.css")
    return "/" + css.relative_to(site).as_posix()


def test_nginx_accepts_the_image_configuration(tmp_path):
    conf = write_conf(tmp_path, "image.conf", image_server_block())
    result = nginx_test(tmp_path, conf)
    assert result.returncode == 0, result.stderr
    assert "test is successful" in result.stderr


def test_a_chinese_page_is_served(nginx):
    status, headers, body = get(nginx, "/containers/")
    assert status == 200
    assert headers["content-type"].startswith("text/html")
    assert html_lang(body, headers) == "zh"


def test_an_english_page_is_served(nginx):
    status, headers, body = get(nginx, "/en/containers/")
    assert status == 200
    assert html_lang(body, headers) == "en"


def test_a_missing_chinese_url_gets_the_chinese_404_page(nginx):
    status, headers, body = get(nginx, "/no-such-lesson/")
    assert status == 404
    assert html_lang(body, headers) == "zh"


def test_a_missing_english_url_gets_the_english_404_page(nginx):
    status, headers, body = get(nginx, "/en/no-such-lesson/")
    assert status == 404
    assert html_lang(body, headers) == "en"


def test_a_folder_without_its_slash_is_redirected_relatively(nginx):
    status, headers, _ = get(nginx, "/en/containers")
    assert status == 301
    assert headers["location"] == "/en/containers/"  # no host or port: right behind any proxy


def test_pages_and_stylesheets_are_gzipped_for_browsers_that_accept_it(nginx, built_site):
    for path in ("/containers/", fingerprinted_stylesheet(built_site)):
        status, headers, body = get(nginx, path, gzip_ok=True)
        assert status == 200 and headers.get("content-encoding") == "gzip", path
        assert headers.get("vary") == "Accept-Encoding", path
        assert gzip.decompress(body), path


def test_clients_without_gzip_get_plain_text(nginx):
    _, headers, body = get(nginx, "/containers/")
    assert "content-encoding" not in headers
    assert body.lstrip().startswith(b"<!doctype html>")


def test_pages_are_revalidated_on_every_visit(nginx):
    for path in ("/", "/en/containers/", "/sitemap.xml"):
        _, headers, _ = get(nginx, path)
        assert headers.get("cache-control") == "no-cache", path


def test_the_404_page_is_not_cached(nginx):
    _, headers, _ = get(nginx, "/en/no-such-lesson/")
    assert headers.get("cache-control") == "no-cache"


def test_fingerprinted_assets_are_cached_for_a_year(nginx, built_site):
    _, headers, _ = get(nginx, fingerprinted_stylesheet(built_site))
    assert headers.get("cache-control") == "public, max-age=31536000, immutable"


def test_assets_without_a_fingerprint_are_revalidated(nginx):
    _, headers, _ = get(nginx, "/assets/stylesheets/accessibility.css")
    assert headers.get("cache-control") == "no-cache"
