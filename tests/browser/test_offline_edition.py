"""The offline edition, as a reader meets it: the zip unpacked, pages opened from file://, no network."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from project import ROOT

CHINESE_WORD, CHINESE_PAGE = "镜像", "image-names.html"
ENGLISH_WORD, ENGLISH_PAGE = "entrypoint", "en/dockerfile/entrypoint-cmd.html"
DEEP_PAGE = "dockerfile/run.html"


def open_search(page) -> str:
    """Open the real search box and wait until search is ready; returns its ready message."""
    translations = page.evaluate("JSON.parse(document.getElementById('__config').textContent).translations")
    ready = translations["search.result.placeholder"]
    page.locator(".md-search__input").click()
    expect(page.locator(".md-search-result__meta")).to_have_text(ready, timeout=10_000)  # the index has loaded
    return ready


def search(page, query: str) -> list[str]:
    """Type `query` into the search box; the result links, without their highlight query strings."""
    ready = open_search(page)
    box = page.locator(".md-search__input")
    box.press_sequentially(query, delay=20)
    # Material searches on keyup; Chinese typed through an input method ends with a key
    # (the commit key), which press_sequentially's inserted text lacks.
    box.press("End")
    expect(page.locator(".md-search-result__meta")).not_to_have_text(ready)
    return [href.split("?")[0] for href in page.locator(".md-search-result__link").evaluate_all(
        "links => links.map(a => a.href)")]


def relative(site: Path, urls: list[str]) -> list[str]:
    root = site.resolve().as_uri() + "/"
    return [url.removeprefix(root) for url in urls]


def directory_url(path: str) -> str:
    """The published site's URL for an offline page: "dockerfile/run.html" -> "dockerfile/run/"."""
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


def copy_first_console_block(page) -> str:
    block = page.locator(".highlight:has(.gp)").first
    block.hover()
    block.locator("button.md-code__button[data-md-type=copy]").click()
    return page.evaluate("navigator.clipboard.readText()")


def test_chinese_search_works_offline_and_lists_chinese_pages_only(page, offline_site, screenshot):
    page.goto((offline_site / "index.html").as_uri())
    found = relative(offline_site, search(page, CHINESE_WORD))
    screenshot(page, "offline-search-zh")
    assert CHINESE_PAGE in found
    assert [url for url in found if url.startswith("en/")] == []


def test_english_search_works_offline_and_lists_english_pages_only(page, offline_site, screenshot):
    page.goto((offline_site / "en" / "index.html").as_uri())
    found = relative(offline_site, search(page, ENGLISH_WORD))
    screenshot(page, "offline-search-en")
    assert ENGLISH_PAGE in found
    assert [url for url in found if not url.startswith("en/")] == []


def test_language_switcher_works_offline_from_a_deep_page_and_back(page, offline_site, screenshot):
    page.goto((offline_site / DEEP_PAGE).as_uri())
    page.locator(".md-header__option .md-select").hover()
    page.locator("a.md-select__link[hreflang=en]").click()
    page.wait_for_url((offline_site / "en" / DEEP_PAGE).as_uri())
    assert page.locator("html").get_attribute("lang") == "en"
    screenshot(page, "offline-switch-en")
    page.locator(".md-header__option .md-select").hover()
    page.locator("a.md-select__link[hreflang=zh]").click()
    page.wait_for_url((offline_site / DEEP_PAGE).as_uri())
    screenshot(page, "offline-switch-zh")


def test_copy_button_copies_the_same_text_offline_as_online(page, offline_site, site_url, screenshot):
    target = first_page_with_console_block(offline_site)
    page.goto(f"{site_url}/{directory_url(target)}")
    online = copy_first_console_block(page)
    page.goto((offline_site / target).as_uri())
    offline = copy_first_console_block(page)
    screenshot(page, "offline-copy")
    assert offline.strip()
    assert offline == online


def test_glossary_tooltip_shows_on_hover_offline(page, offline_site, screenshot):
    page.goto((offline_site / first_lesson_page(offline_site)).as_uri())
    term = page.locator("article abbr[title]").first
    definition = term.get_attribute("title")
    term.hover()
    expect(page.locator(".md-tooltip2--active")).to_have_text(definition)
    screenshot(page, "offline-tooltip")


def test_offline_pages_request_nothing_outside_file_urls(page, offline_site):
    page.goto((offline_site / "index.html").as_uri())
    open_search(page)  # loads the search worker, the inlined index and lunr's language scripts
    page.keyboard.press("Escape")
    page.locator(".md-header__option .md-select").hover()
    page.locator("a.md-select__link[hreflang=en]").click()
    page.wait_for_url((offline_site / "en" / "index.html").as_uri())
    open_search(page)
    assert any(url.endswith("search/search_index.js") for url in page.requests)  # the log saw it all load
    assert page.requests.foreign("file://") == []


def test_offline_edition_ships_iframe_worker_from_the_npm_lock(offline_site):
    lock = json.loads((ROOT / "package-lock.json").read_text("utf-8"))
    pinned = lock["packages"]["node_modules/iframe-worker"]["version"]
    installed = json.loads((ROOT / "node_modules/iframe-worker/package.json").read_text("utf-8"))["version"]
    shim = offline_site / "assets/javascripts/iframe-worker/shim.js"
    assert installed == pinned
    assert shim.read_bytes() == (ROOT / "node_modules/iframe-worker/shim/index.js").read_bytes()


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
