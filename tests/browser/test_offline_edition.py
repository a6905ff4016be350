"""The offline edition, as a reader meets it: the zip unpacked, pages opened from file://, no network."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from project import ROOT
from reader_actions import copy_first_console_block, hover_first_glossary_term, search, switch_language

CHINESE_WORD, CHINESE_PAGE = "镜像", "image-names.html"
ENGLISH_WORD, ENGLISH_PAGE = "entrypoint", "en/dockerfile/entrypoint-cmd.html"
DEEP_PAGE = "dockerfile/run.html"


def found(site: Path, urls: list[str]) -> list[str]:
    """Search result URLs as paths inside the offline site, without highlight queries and anchors."""
    root = site.resolve().as_uri() + "/"
    return [re.sub(r"[?#].*", "", url).removeprefix(root) for url in urls]


def wait_until_search_is_ready(page) -> None:
    """Open the search box; Material says it is ready once the worker has loaded the index."""
    config = json.loads(page.locator("#__config").text_content())
    page.locator("input[data-md-component=search-query]").click()
    expect(page.locator(".md-search-result__meta")).to_have_text(
        config["translations"]["search.result.placeholder"], timeout=10_000
    )
    page.keyboard.press("Escape")


def published_url(path: str) -> str:
    """Where the published site has an offline page: "dockerfile/run.html" -> "dockerfile/run/"."""
    return path.removesuffix("index.html") if path.endswith("index.html") else path.removesuffix(".html") + "/"


def first_lesson_page(site: Path) -> str:
    """The first lesson: where the start page's "next" link leads."""
    return re.search(r'<link rel="next" href="([^"]+)"', (site / "index.html").read_text("utf-8"))[1]


def first_page_with_console_block(site: Path) -> str:
    """A Chinese page with a `console` block: the lexer marks its prompts as Generic.Prompt (`gp`)."""
    for html in sorted(site.rglob("*.html")):
        if "en" not in html.relative_to(site).parts[:1] and '<span class="gp">' in html.read_text("utf-8"):
            return html.relative_to(site).as_posix()
    pytest.fail("no page of the notes has a `console` block to copy from")


def test_chinese_search_works_offline_and_lists_chinese_pages_only(page, offline_site, screenshot):
    page.goto((offline_site / "index.html").as_uri())
    pages = found(offline_site, search(page, CHINESE_WORD))
    screenshot(page, "offline-search-zh")
    assert CHINESE_PAGE in pages
    assert [path for path in pages if path.startswith("en/")] == []


def test_english_search_works_offline_and_lists_english_pages_only(page, offline_site, screenshot):
    page.goto((offline_site / "en" / "index.html").as_uri())
    pages = found(offline_site, search(page, ENGLISH_WORD))
    screenshot(page, "offline-search-en")
    assert ENGLISH_PAGE in pages
    assert [path for path in pages if not path.startswith("en/")] == []


def test_language_switcher_works_offline_from_a_deep_page_and_back(page, offline_site, screenshot):
    page.goto((offline_site / DEEP_PAGE).as_uri())
    switch_language(page, "en")
    assert page.url == (offline_site / "en" / DEEP_PAGE).as_uri()
    assert page.locator("html").get_attribute("lang") == "en"
    screenshot(page, "offline-switched-to-en")
    switch_language(page, "zh")
    assert page.url == (offline_site / DEEP_PAGE).as_uri()
    screenshot(page, "offline-switched-back-to-zh")


def test_copy_button_copies_the_same_text_offline_as_online(page, offline_site, site_url, screenshot):
    target = first_page_with_console_block(offline_site)
    page.goto(f"{site_url}/{published_url(target)}")
    online = copy_first_console_block(page)
    page.goto((offline_site / target).as_uri())
    offline = copy_first_console_block(page)
    screenshot(page, "offline-copied")
    assert offline.strip()
    assert offline == online


def test_glossary_tooltip_shows_on_hover_offline(page, offline_site, screenshot):
    page.goto((offline_site / first_lesson_page(offline_site)).as_uri())
    definition, shown = hover_first_glossary_term(page)
    screenshot(page, "offline-tooltip")
    assert shown == definition


def test_offline_pages_request_nothing_outside_file_urls(page, offline_site):
    page.goto((offline_site / "index.html").as_uri())
    wait_until_search_is_ready(page)  # loads the search worker, the inlined index, lunr's languages
    switch_language(page, "en")
    wait_until_search_is_ready(page)
    assert any(url.endswith("en/search/search_index.js") for url in page.requests)  # the log saw it all
    assert page.requests.foreign("file://") == []


def test_offline_edition_ships_iframe_worker_from_the_npm_lock(offline_site):
    lock = json.loads((ROOT / "package-lock.json").read_text("utf-8"))
    pinned = lock["packages"]["node_modules/iframe-worker"]["version"]
    installed = json.loads((ROOT / "node_modules/iframe-worker/package.json").read_text("utf-8"))["version"]
    shim = offline_site / "assets/javascripts/iframe-worker/shim.js"
    assert installed == pinned
    assert shim.read_bytes() == (ROOT / "node_modules/iframe-worker/shim/index.js").read_bytes()


# What a browser fetches by itself when it renders a page (not <a> or rel=canonical links).
LOADED = re.compile(
    r'<(?:script|img|iframe)\b[^>]*\bsrc="([^"]+)"'
    r'|<link\b[^>]*\brel="(?:stylesheet|icon|preload|modulepreload|manifest)"[^>]*\bhref="([^"]+)"'
)


def test_offline_pages_load_nothing_from_another_host(offline_site):
    for html in offline_site.rglob("*.html"):
        loaded = [src or href for src, href in LOADED.findall(html.read_text("utf-8"))]
        assert loaded, html
        assert [url for url in loaded if re.match(r"[a-z]+:|//", url)] == [], html


def test_online_build_carries_no_offline_machinery(built_site):
    assert not (built_site / "search" / "search_index.js").exists()
    assert not (built_site / "assets/javascripts/iframe-worker").exists()
    assert not list(built_site.rglob("print.html"))
