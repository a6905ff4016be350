"""Nothing the site shows needs another host: no CDN scripts, styles or fonts."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

_EXTERNAL = re.compile(r"^(?:[a-z][a-z0-9+.-]*:)?//", re.IGNORECASE)
_CSS_URL = re.compile(r"""(?:url\(\s*['"]?|@import\s+['"])([^'")\s]+)""")


class _Resources(HTMLParser):
    """Collects what a browser would fetch to render: scripts, stylesheets, fonts, icons, images, frames."""

    def __init__(self):
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in ("script", "img", "iframe", "source", "audio", "video") and attrs.get("src"):
            self.urls.append(attrs["src"])
        if tag == "link" and attrs.get("href") and set((attrs.get("rel") or "").split()) & {
            "stylesheet", "preload", "modulepreload", "icon", "preconnect", "dns-prefetch", "manifest"}:
            self.urls.append(attrs["href"])
        if attrs.get("style"):
            self.urls.extend(_CSS_URL.findall(attrs["style"]))

    def handle_data(self, data):
        if self.lasttag == "style":
            self.urls.extend(_CSS_URL.findall(data))


def _external_resources(html: str) -> list[str]:
    parser = _Resources()
    parser.feed(html)
    return [url for url in parser.urls if _EXTERNAL.match(url)]


def test_the_detector_catches_a_cdn_script_and_a_web_font():
    html = ('<script src="https://cdn.example/x.js"></script>'
            '<link rel="stylesheet" href="//fonts.example/css"><style>@import "https://f.example/a.css";</style>')
    assert len(_external_resources(html)) == 3


def test_the_detector_ignores_outbound_links():
    assert _external_resources('<a href="https://docs.docker.com/">docs</a>') == []


def test_no_built_page_loads_scripts_styles_or_fonts_from_another_host(built_site: Path):
    offenders = {
        page.relative_to(built_site).as_posix(): found
        for page in built_site.rglob("*.html")
        if (found := _external_resources(page.read_text(encoding="utf-8")))
    }
    assert offenders == {}


def test_no_built_stylesheet_imports_from_another_host(built_site: Path):
    offenders = {
        sheet.relative_to(built_site).as_posix(): found
        for sheet in built_site.rglob("*.css")
        if (found := [u for u in _CSS_URL.findall(sheet.read_text(encoding="utf-8")) if _EXTERNAL.match(u)])
    }
    assert offenders == {}
