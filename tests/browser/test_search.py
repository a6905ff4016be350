"""Search as a reader uses it: typed into the search box, answering in the page's language only."""

from __future__ import annotations

from urllib.parse import urlparse

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

SEARCH_BOX = "input[data-md-component=search-query]"

# True once the result list answers `query`: Material marks each result link with the
# query words it matched (?h=...), and renders a query's results all at once.
RESULTS_FOR = """query => [...document.querySelectorAll(".md-search-result__item a")]
    .some(a => new URL(a.href).searchParams.get("h") === query)"""


def search(page, query: str) -> list[str]:
    """Type `query` into the search box; the URL paths of the pages and sections it lists."""
    box = page.locator(SEARCH_BOX)
    box.click()
    box.press_sequentially(query)
    # An input method commits Chinese text without a key event per character; Material
    # searches on keyup, which the commit key gives a reader. End plays that part here.
    box.press("End")
    links = page.locator(".md-search-result__item a")
    try:
        page.wait_for_function(RESULTS_FOR, arg=query, timeout=10_000)
    except PlaywrightTimeout:
        shown = links.evaluate_all("els => els.map(a => a.href)")
        pytest.fail(f"searching {query!r} listed nothing for it; the result list showed {shown}")
    return [urlparse(href).path for href in links.evaluate_all("els => els.map(a => a.href)")]


def test_a_chinese_word_inside_a_longer_word_finds_its_page(page, site_url, screenshot):
    page.goto(f"{site_url}/")
    paths = search(page, "上下文")  # written only inside 构建上下文 (build context)
    screenshot(page, "search-zh")
    assert "/dockerfile/copy-context/" in paths


def test_a_chinese_page_lists_chinese_pages_only(page, site_url, screenshot):
    page.goto(f"{site_url}/")
    paths = search(page, "entrypoint")
    screenshot(page, "search-zh-english-word")
    assert "/dockerfile/entrypoint-cmd/" in paths
    assert [path for path in paths if path.startswith("/en/")] == []


def test_an_english_whole_word_finds_its_page(page, site_url, screenshot):
    page.goto(f"{site_url}/en/")
    paths = search(page, "emulation")
    screenshot(page, "search-en")
    assert "/en/multi-platform/" in paths


def test_an_english_prefix_finds_its_page(page, site_url, screenshot):
    page.goto(f"{site_url}/en/")
    paths = search(page, "entryp")
    screenshot(page, "search-en-prefix")
    assert "/en/dockerfile/entrypoint-cmd/" in paths


def test_an_english_page_lists_english_pages_only(page, site_url, screenshot):
    page.goto(f"{site_url}/en/dockerfile/run/")
    paths = search(page, "dockerfile")
    screenshot(page, "search-en-only")
    assert paths and [path for path in paths if not path.startswith("/en/")] == []
