"""Keyboard only: the search, the language switcher and the palette toggle are
reached with Tab and used with Enter and Escape, as a reader without a mouse does."""

from __future__ import annotations

import html
import re

import pytest

from site_pages import lesson_pages

TAB_LIMIT = 40  # more Tab presses than the header has stops; past this the control is unreachable


def tab_until(page, selector: str) -> None:
    """Press Tab from the top of the page until `selector` has the focus."""
    for _ in range(TAB_LIMIT):
        page.keyboard.press("Tab")
        if page.evaluate("s => document.activeElement.matches(s)", selector):
            return
    pytest.fail(f"{selector} was not reached with {TAB_LIMIT} presses of Tab on {page.url}")


def _title(page_file) -> str:
    h1 = re.search(r"<h1[^>]*>(.*?)</h1>", page_file.read_text(encoding="utf-8"), re.S)[1]
    h1 = re.sub(r'<a class="headerlink".*?</a>', "", h1, flags=re.S)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", h1)).split())


def _a_lesson_title(built_site) -> str:
    pages = lesson_pages(built_site)
    assert pages, "the built site has no lesson pages"
    return _title(pages[0])


def test_tab_reaches_the_search_box_and_enter_opens_the_best_result(page, site_url, built_site, screenshot):
    title = _a_lesson_title(built_site)
    page.goto(f"{site_url}/")
    tab_until(page, "input.md-search__input")
    # A Chinese input method commits the composed word in one go: one query, one set of results.
    page.keyboard.insert_text(title)
    best = page.locator(".md-search-result__item a").first
    best.wait_for()
    href = best.get_attribute("href")
    screenshot(page, "search-results")
    page.keyboard.press("Enter")
    page.wait_for_url(href)
    assert page.url.startswith(site_url)


def test_escape_closes_the_search(page, site_url):
    page.goto(f"{site_url}/en/")
    tab_until(page, "input.md-search__input")
    assert page.is_checked("#__search"), "focusing the search box should open the search"
    page.keyboard.type("docker")
    page.keyboard.press("Escape")
    assert not page.is_checked("#__search")
    assert not page.evaluate("() => document.activeElement.matches('input.md-search__input')")


@pytest.mark.parametrize("start, lang, twin", [("/containers/", "en", "/en/containers/"),
                                               ("/en/containers/", "zh", "/containers/")])
def test_tab_reaches_the_language_switcher_and_enter_opens_the_twin_page(page, site_url, start, lang, twin):
    page.goto(f"{site_url}{start}")
    tab_until(page, f".md-select__link[hreflang={lang}]")
    page.keyboard.press("Enter")
    page.wait_for_url(f"{site_url}{twin}")
    assert page.get_attribute("html", "lang").startswith(lang)


def test_tab_reaches_the_palette_toggle_and_enter_switches_it_both_ways(page, site_url, screenshot):
    page.goto(f"{site_url}/en/")
    scheme = lambda: page.get_attribute("body", "data-md-color-scheme")  # noqa: E731
    assert scheme() == "default"
    tab_until(page, "input.md-option")
    page.keyboard.press("Enter")
    assert scheme() == "slate"
    screenshot(page, "dark")
    page.keyboard.press("Enter")
    assert scheme() == "default"
