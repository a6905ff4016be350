"""Search as a reader uses it: typed into the search box, answering in the page's language only."""

from __future__ import annotations

from urllib.parse import urlparse

import reader_actions


def search(page, query: str) -> list[str]:
    """The URL paths of the pages and sections searching `query` lists."""
    return [urlparse(url).path for url in reader_actions.search(page, query)]


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
