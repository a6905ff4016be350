"""What a reader does on a page, as browser actions shared by the tests of the site
(over HTTP) and of the offline edition (over file://)."""

from __future__ import annotations

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

SEARCH_BOX = "input[data-md-component=search-query]"

# True once the result list answers `query`: Material marks each result link with the
# query words it matched (?h=...), and renders a query's results all at once.
RESULTS_FOR = """query => [...document.querySelectorAll(".md-search-result__item a")]
    .some(a => new URL(a.href).searchParams.get("h") === query)"""


def search(page, query: str) -> list[str]:
    """Type `query` into the search box; the URLs of the pages and sections it lists."""
    box = page.locator(SEARCH_BOX)
    box.click()
    box.press_sequentially(query)
    # An input method commits Chinese text without a key event per character; Material
    # searches on keyup, which the commit key gives a reader. End plays that part here.
    box.press("End")
    links = page.locator(".md-search-result__item a")
    try:
        # The first search of a page also starts the engine (worker, index, language files).
        page.wait_for_function(RESULTS_FOR, arg=query, timeout=30_000)
    except PlaywrightTimeout:
        shown = links.evaluate_all("els => els.map(a => a.href)")
        pytest.fail(f"searching {query!r} listed nothing for it; the result list showed {shown}")
    return links.evaluate_all("els => els.map(a => a.href)")


def switch_language(page, lang: str) -> None:
    page.locator(".md-header .md-select button").first.click()  # opens the language list
    with page.expect_navigation():
        page.locator(f".md-header a.md-select__link[hreflang={lang}]").click()


def copy_first_console_block(page) -> str:
    """Click the copy button of the page's first console session; what the clipboard then holds."""
    block = page.locator(".highlight:has(.gp)").first  # the console lexer marks prompts `gp`
    block.scroll_into_view_if_needed()
    block.hover()
    # The clipboard outlives the page: empty it first, so a copy that silently failed
    # cannot return what an earlier test copied.
    page.evaluate("navigator.clipboard.writeText('')")
    block.locator("button[data-md-type=copy]").click()
    page.wait_for_function("navigator.clipboard.readText().then(text => text !== '')", timeout=10_000)
    return page.evaluate("navigator.clipboard.readText()")


def hover_first_glossary_term(page) -> tuple[str, str]:
    """Hover the page's first glossary term: (its definition, the tooltip's text)."""
    term = page.locator("article abbr[title]").first
    definition = term.get_attribute("title")
    term.scroll_into_view_if_needed()
    term.hover()
    tooltip = page.locator(".md-tooltip2--active")
    tooltip.wait_for(state="visible")
    return definition.strip(), tooltip.inner_text().strip()


def tick(page, item) -> None:
    """Click a learning-path item's drawn checkbox, as a reader does: Material draws it over the
    real (transparent) one."""
    box = item.locator("input[type=checkbox]")
    box.scroll_into_view_if_needed()
    area = box.bounding_box()
    page.mouse.click(area["x"] + area["width"] / 2, area["y"] + area["height"] / 2)
