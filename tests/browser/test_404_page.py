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


def test_on_a_host_with_one_404_page_a_missing_english_url_ends_on_the_english_404_page(page, pages_like_host, screenshot):
    page.goto(f"{pages_like_host}/en/no-such-page/")
    page.wait_for_url(f"{pages_like_host}/en/404.html")
    screenshot(page, "404-en-one-page-host")
    assert page.locator("html").get_attribute("lang") == "en"
    assert not HAN.search(page.locator("article h1").inner_text())


def test_on_a_host_with_one_404_page_a_missing_chinese_url_stays_on_the_chinese_404_page(page, pages_like_host):
    page.goto(f"{pages_like_host}/no-such-page/")
    page.wait_for_load_state("load")
    assert page.url == f"{pages_like_host}/no-such-page/"
    assert page.locator("html").get_attribute("lang") == "zh"
