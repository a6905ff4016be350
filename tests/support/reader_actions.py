"""What a reader does on a page, as browser actions shared by the tests of the site
(over HTTP) and of the offline edition (over file://)."""

from __future__ import annotations

import json
import re

SEARCH_BOX = "input[data-md-component=search-query]"
RESULTS = "[data-md-component=search-result]"
HAN_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")

# The search has answered the last thing typed: the page marks the result list busy from
# a query's sending (synchronous with the keystroke) until its results are shown.
IDLE = "selector => document.querySelector(selector).getAttribute('aria-busy') === 'false'"
# Ready and idle with an empty box: Material shows its placeholder once the worker has
# loaded the index and answered the empty query.
EMPTY = """([selector, placeholder]) => document.querySelector(selector).getAttribute('aria-busy') === 'false'
    && document.querySelector('.md-search-result__meta').textContent.trim() === placeholder"""


def commit_with_input_method(page, text: str) -> None:
    """What a Chinese input method does: compose (here the text itself), then commit; no key events."""
    session = page.context.new_cdp_session(page)
    try:
        session.send("Input.imeSetComposition", {"text": text, "selectionStart": len(text), "selectionEnd": len(text)})
        session.send("Input.insertText", {"text": text})
    finally:
        session.detach()


def type_like_a_reader(page, box, text: str) -> None:
    """Keys for what a keyboard has, Chinese through an input method."""
    at = 0
    for run in HAN_RUN.finditer(text):
        if run.start() > at:
            box.press_sequentially(text[at:run.start()])
        commit_with_input_method(page, run.group())
        at = run.end()
    if at < len(text):
        box.press_sequentially(text[at:])


def search_for(page, query: str) -> None:
    """Open the search, type `query` over what the box holds, as a reader does, and wait for its results."""
    box = page.locator(SEARCH_BOX)
    box.click()
    if not box.input_value():
        placeholder = json.loads(page.locator("#__config").text_content())["translations"]["search.result.placeholder"]
        page.wait_for_function(EMPTY, arg=[RESULTS, placeholder], timeout=15_000)
    box.press("Control+A")  # what is typed next replaces the previous query
    if query:
        type_like_a_reader(page, box, query)
    else:
        box.press("Backspace")
    page.wait_for_function(IDLE, arg=RESULTS, timeout=10_000)


def search(page, query: str) -> list[str]:
    """Type `query` into the search box; the URLs of the pages and sections it lists."""
    search_for(page, query)
    return page.locator(".md-search-result__item a").evaluate_all("els => els.map(a => a.href)")


def result_pages(page) -> list[str]:
    """The URLs of the pages the result list shows, best first."""
    return page.locator(".md-search-result__item").evaluate_all(
        "items => items.map(item => item.querySelector('a').href)")


def search_pages(page, query: str) -> list[str]:
    """Type `query` into the search box; the URLs of the pages it lists, best first."""
    search_for(page, query)
    return result_pages(page)


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
