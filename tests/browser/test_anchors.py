"""Heading anchors keep the heading's Chinese text."""

from __future__ import annotations

import re
from urllib.parse import unquote, urlparse

from docs_sources import page_url, sources

# A level-2 heading made of Chinese characters only, with no explicit {#id}.
_CHINESE_HEADING = re.compile(r"^## ([\u4e00-\u9fff]+)[ \t]*$", re.M)


def test_a_chinese_headings_permalink_is_its_chinese_text(page, site_url, screenshot):
    source, heading = next((s, m[1]) for s in sources("zh") for m in [_CHINESE_HEADING.search(s.read_text("utf-8"))] if m)
    page.goto(f"{site_url}{page_url(source)}")
    page.locator("article h2", has_text=heading).locator("a.headerlink").click()
    screenshot(page, "anchor")
    assert unquote(urlparse(page.url).fragment) == heading
    assert page.locator(f'article h2[id="{heading}"]').is_visible()
