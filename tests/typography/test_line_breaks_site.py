"""No stray spaces in the published site: wherever a Chinese page's source wraps a sentence
onto the next line, the page and the search index read it as one (Latin keeps its space)."""

from __future__ import annotations

import html
import json
import re

import pytest

from docs_sources import page_url, sources
from wrapped_lines import wrapped_lines

CHINESE_PAGES = sources("zh")
_TAG = re.compile(r"<[^>]+>")


def read_as_text(markup: str) -> str:
    """What a reader reads of some HTML: tags out, entities decoded, Material's search word marks
    out, white space collapsed as a browser does."""
    return re.sub(r"\s+", " ", html.unescape(_TAG.sub("", markup)).replace("\u200b", ""))


def article_text(site, source) -> str:
    page = site / page_url(source).lstrip("/") / "index.html"
    return read_as_text(re.search(r"<article[^>]*>(.*)</article>", page.read_text(encoding="utf-8"), re.S)[1])


@pytest.fixture(scope="module")
def search_text(built_site) -> dict[str, str]:
    """The search index's text of each Chinese page, by page location."""
    index = json.loads((built_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    found: dict[str, list[str]] = {}
    for doc in index["docs"]:
        found.setdefault(doc["location"].split("#")[0], []).append(read_as_text(doc["text"]))
    return {location: "\n".join(texts) for location, texts in found.items()}


def test_the_chinese_pages_do_wrap_chinese_sentences():
    """Else the tests below would prove nothing."""
    breaks = [b for source in CHINESE_PAGES for b in wrapped_lines(source.read_text(encoding="utf-8"))]
    assert sum(b.joined for b in breaks) >= 30 and any(not b.joined for b in breaks)


@pytest.mark.parametrize("source", CHINESE_PAGES, ids=lambda p: p.name)
def test_page_html_has_no_space_where_a_chinese_line_was_wrapped(built_site, source):
    text = article_text(built_site, source)
    for wrapped in wrapped_lines(source.read_text(encoding="utf-8")):
        assert wrapped.rendered in text and wrapped.wrong not in text, f"{source.name}:{wrapped.line}"


@pytest.mark.parametrize("source", CHINESE_PAGES, ids=lambda p: p.name)
def test_search_index_has_no_space_where_a_chinese_line_was_wrapped(search_text, source):
    text = search_text[page_url(source).lstrip("/")]
    for wrapped in wrapped_lines(source.read_text(encoding="utf-8")):
        assert wrapped.rendered in text and wrapped.wrong not in text, f"{source.name}:{wrapped.line}"
