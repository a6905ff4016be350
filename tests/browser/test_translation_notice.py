"""A reader of an English page whose Chinese original has moved on, as they meet it in the browser."""

from __future__ import annotations

import pytest

from project import copy_project, run_mkdocs_build
from site_server import SiteServer
from translation_fixtures import change_chinese

STALE = "dockerfile/run"


@pytest.fixture(scope="module")
def stale_site_url(tmp_path_factory):
    """The notebook after its Chinese RUN page changed, previewed as `./dev serve` builds it."""
    project = copy_project(tmp_path_factory.mktemp("stale") / "project")
    change_chinese(project / "docs", STALE)
    result = run_mkdocs_build(project, tmp_path_factory.mktemp("stale-site") / "site", "--no-strict")
    assert result.ok, result.output
    with SiteServer(result.site) as server:
        yield server.url


def test_the_notice_is_visible_above_the_title_of_a_stale_english_page(page, stale_site_url, screenshot):
    page.goto(f"{stale_site_url}/en/{STALE}/")
    notice = page.locator(".translation-notice")
    assert notice.is_visible()
    assert notice.bounding_box()["y"] < page.locator("article h1").bounding_box()["y"]
    screenshot(page)


def test_the_notice_leads_the_reader_to_the_chinese_original(page, stale_site_url):
    page.goto(f"{stale_site_url}/en/{STALE}/")
    page.locator(".translation-notice").get_by_role("link", name="Chinese original").click()
    page.wait_for_url(f"{stale_site_url}/{STALE}/")
    assert page.locator("html").get_attribute("lang").startswith("zh")
