"""A lesson page, with everything it loads, stays within the transfer budget."""

from __future__ import annotations

import gzip

import pytest

from site_pages import lesson_pages, url_path

BUDGET = 80 * 1024  # bytes, gzip-compressed: a phone on a slow connection still opens a lesson fast


def _heaviest_lesson(built_site, prefix: str) -> str:
    """The lesson whose own HTML transfers the most: the rest of what a lesson loads is the same for all."""
    pages = lesson_pages(built_site, prefix)
    assert pages, f"no lesson pages under /{prefix}"
    return url_path(built_site, max(pages, key=lambda p: _gzip_size(p.read_bytes())))


def _gzip_size(body: bytes) -> int:
    return len(gzip.compress(body, compresslevel=6))  # nginx's gzip_comp_level in nginx/site.conf


@pytest.mark.parametrize("prefix", ["", "en"], ids=["zh", "en"])
def test_the_heaviest_lesson_page_transfers_within_budget(browser, site_url, built_site, prefix):
    path = _heaviest_lesson(built_site, prefix)
    context = browser.new_context()  # a first visit: nothing cached
    page = context.new_page()
    responses = []
    page.on("response", lambda response: responses.append(response))
    try:
        page.goto(f"{site_url}{path}", wait_until="networkidle")  # includes what scripts and the search worker fetch
        sizes = {r.url: _gzip_size(r.body()) for r in responses if r.url.startswith(site_url)}
    finally:
        context.close()
    total = sum(sizes.values())
    listing = "\n".join(f"{size / 1024:7.1f} KiB  {url}" for url, size in sorted(sizes.items(), key=lambda i: -i[1]))
    assert total <= BUDGET, f"{path} loads {total / 1024:.1f} KiB gzip, over {BUDGET // 1024} KiB:\n{listing}"
    assert any("bundle" in url for url in sizes), f"the page's scripts were not counted:\n{listing}"


# The index, the workers (ours: search-worker.js, search-query.js; Material's: search.<hash>.min.js), lunr's languages.
def _search_engine_requests(urls):
    return [u for u in urls if "/search/search_index.json" in u or "/workers/search" in u or "/lunr/" in u]


def test_the_search_engine_loads_only_when_the_reader_opens_the_search(page, site_url):
    page.goto(f"{site_url}/en/", wait_until="networkidle")
    assert _search_engine_requests(page.requests) == []
    with page.expect_request(lambda r: "/search/search_index.json" in r.url), \
            page.expect_request(lambda r: "/workers/search-worker.js" in r.url), \
            page.expect_request(lambda r: "/workers/search." in r.url):
        page.focus("input.md-search__input")
