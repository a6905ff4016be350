"""The published server: Debian's nginx with nginx/site.conf over the built site.

nginx_server.py wraps the very same site.conf that the Docker image uses
(through nginx/default.conf) with only local paths and a free port; the
`nginx` fixture (tests/conftest.py) serves the built site with it.
"""

from __future__ import annotations

import gzip
import http.client
import re
from pathlib import Path
from urllib.parse import urlparse

from csp import nginx as csp_nginx
from nginx_server import image_server_block, nginx_test, write_conf


def get_all(server, path: str, gzip_ok: bool = False) -> tuple[int, list[tuple[str, str]], bytes]:
    """Status, every header line (lower-case names, repeats kept) and raw body, exactly as nginx sent them."""
    netloc = urlparse(server.url).netloc
    connection = http.client.HTTPConnection(netloc, timeout=10)
    connection.request("GET", path, headers={"Accept-Encoding": "gzip"} if gzip_ok else {})
    response = connection.getresponse()
    result = response.status, [(k.lower(), v) for k, v in response.getheaders()], response.read()
    connection.close()
    return result


def get(server, path: str, gzip_ok: bool = False) -> tuple[int, dict[str, str], bytes]:
    """Status, headers (lower-case names) and raw body, exactly as nginx sent them."""
    status, headers, body = get_all(server, path, gzip_ok)
    return status, dict(headers), body


def html_lang(body: bytes, headers: dict[str, str]) -> str | None:
    """The page's <html lang>, or None for a body that is not one of our pages (nginx's own error page)."""
    if headers.get("content-encoding") == "gzip":
        body = gzip.decompress(body)
    match = re.search(rb'<html[^>]*\blang="([^"]+)"', body)
    return match[1].decode() if match else None


def fingerprinted_stylesheet(site: Path) -> str:
    [css] = site.glob("assets/stylesheets/main.*.min.css")
    return "/" + css.relative_to(site).as_posix()


def test_nginx_accepts_the_image_configuration(tmp_path, built_site):
    conf = write_conf(tmp_path, "image.conf", image_server_block(), built_site)
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


# The security headers (nginx/security-headers.conf), the same on every response.
SECURITY_HEADERS = {
    "x-content-type-options": "nosniff",
    "referrer-policy": "same-origin",
    "x-frame-options": "DENY",
    "cross-origin-opener-policy": "same-origin",
}
# Features the notes never use are off; the copy buttons' clipboard stays on.
FEATURES_OFF = ("camera", "microphone", "geolocation", "payment", "usb")


def every_kind_of_response(site: Path) -> dict[str, int]:
    """One path per location and outcome of site.conf, with the status nginx answers it with."""
    return {
        "/": 200, "/en/containers/": 200, "/sitemap.xml": 200,
        "/assets/stylesheets/accessibility.css": 200, fingerprinted_stylesheet(site): 200,
        "/no-such-lesson/": 404, "/en/no-such-lesson/": 404, "/en/containers": 301,
    }


def served_policy(site: Path) -> str:
    """The policy the build wrote beside the site for nginx."""
    conf = csp_nginx.conf_path(site).read_text(encoding="utf-8")
    return re.search(r'add_header Content-Security-Policy "([^"]+)" always;', conf)[1]


def test_every_response_carries_each_security_header_once(nginx, built_site):
    policy = served_policy(built_site)
    for path, status in every_kind_of_response(built_site).items():
        got, headers, _ = get_all(nginx, path)
        assert got == status, path
        names = [name for name, _ in headers]
        sent = dict(headers)
        for name, value in SECURITY_HEADERS.items():
            assert sent.get(name) == value, f"{path}: {name}"
        assert sent.get("content-security-policy") == policy, path
        for name in (*SECURITY_HEADERS, "content-security-policy", "permissions-policy"):
            assert names.count(name) == 1, f"{path}: {name} sent {names.count(name)} times"
        assert "strict-transport-security" not in sent, path  # the TLS terminator's to send


def test_the_served_policy_is_strict(nginx):
    _, headers, _ = get(nginx, "/containers/")
    directives = {part.split()[0]: part.split()[1:] for part in headers["content-security-policy"].split("; ")}
    assert directives["default-src"] == ["'self'"]
    assert directives["script-src"][0] == "'self'"
    assert directives["script-src"][1:] and all(re.fullmatch(r"'sha256-[A-Za-z0-9+/]{43}='", source)
                                                for source in directives["script-src"][1:])
    assert directives["style-src"] == ["'self'"]
    assert directives["img-src"] == ["'self'", "data:"]
    assert directives["object-src"] == ["'none'"]
    assert directives["base-uri"] == ["'self'"]
    assert directives["form-action"] == ["'self'"]
    assert directives["frame-ancestors"] == ["'none'"]


def test_features_the_notes_never_use_are_turned_off_but_not_the_clipboard(nginx):
    _, headers, _ = get(nginx, "/en/")
    features = dict(item.strip().split("=", 1) for item in headers["permissions-policy"].split(","))
    assert {name: features.get(name) for name in FEATURES_OFF} == {name: "()" for name in FEATURES_OFF}
    assert "clipboard-write" not in features
