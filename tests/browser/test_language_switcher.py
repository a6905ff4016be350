"""The language switcher keeps the reader on the same page."""

from __future__ import annotations

from urllib.parse import urlparse

from docs_sources import page_url, sources
from reader_actions import switch_language


def test_from_a_deep_page_to_english_and_back(page, site_url, screenshot):
    deep = next(source for source in sources("zh") if "/" in page_url(source).strip("/"))
    chinese = page_url(deep)
    english = page_url(deep.with_name(deep.name.replace(".zh.md", ".en.md")))

    page.goto(f"{site_url}{chinese}")
    screenshot(page, "before-switching")
    switch_language(page, "en")
    assert urlparse(page.url).path == english
    assert page.locator("html").get_attribute("lang") == "en"
    screenshot(page, "switched-to-en")

    switch_language(page, "zh")
    screenshot(page, "switched-back-to-zh")
    assert urlparse(page.url).path == chinese
    assert page.locator("html").get_attribute("lang") == "zh"
