"""A missing URL shows the 404 page of its language."""

from __future__ import annotations

import re

import pytest

HAN = re.compile(r"[\u4e00-\u9fff]")


@pytest.mark.parametrize("missing, lang, home", [
    ("/no-such-page/", "zh", "/"),
    ("/en/no-such-page/", "en", "/en/"),
])
def test_a_missing_page_shows_the_404_page_in_its_language(page, site_url, screenshot, missing, lang, home):
    response = page.goto(f"{site_url}{missing}")
    screenshot(page, f"404-{lang}")
    assert response.status == 404
    assert page.locator("html").get_attribute("lang") == lang
    heading = page.locator("article h1").inner_text()
    assert bool(HAN.search(heading)) == (lang == "zh")
    page.locator("article a", has_text=re.compile(".")).first.click()
    assert page.url == f"{site_url}{home}"
