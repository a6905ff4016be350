"""The published site offers the offline edition on both start pages, and serves the files."""

from __future__ import annotations

import pytest

from edition import files as edition_files
from project import ROOT, run_mkdocs_build
from site_server import SiteServer

START_PAGES = {"zh": "/", "en": "/en/"}


@pytest.fixture(scope="session")
def published_url(offline_edition, tmp_path_factory):
    """The site built as it is published after `./dev offline`, over HTTP."""
    with pytest.MonkeyPatch.context() as env:
        env.setenv(edition_files.DIST_ENV, str(offline_edition))
        result = run_mkdocs_build(ROOT, tmp_path_factory.mktemp("published") / "site")
    assert result.ok, result.output
    with SiteServer(result.site) as server:
        yield server.url


@pytest.mark.parametrize("lang", START_PAGES)
def test_start_page_links_the_zip_and_every_pdf_and_each_link_serves_the_file(
    page, published_url, offline_edition, lang, screenshot
):
    page.goto(published_url + START_PAGES[lang])
    links = page.locator("#downloads + ul a")
    page.locator("#downloads").scroll_into_view_if_needed()
    screenshot(page, f"downloads-{lang}")
    names = edition_files.download_names(["zh", "en"])
    hrefs = links.evaluate_all("links => links.map(a => a.href)")
    assert [href.rsplit("/", 1)[1] for href in hrefs] == names
    for href, name in zip(hrefs, names):
        response = page.request.get(href)
        assert response.ok, href
        assert response.body() == (offline_edition / name).read_bytes(), href
