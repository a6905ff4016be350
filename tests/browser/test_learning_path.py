"""The start page's learning path remembers what the reader ticked."""

from __future__ import annotations

from reader_actions import tick

ITEMS = "article .task-list-item"


def _open_start_page(page, url: str):
    page.goto(url)
    items = page.locator(ITEMS)
    assert items.count() > 0, f"{url} has no learning-path checklist (Markdown task list: - [ ] [page](page.md))"
    return items


def test_a_ticked_item_survives_a_reload(page, site_url, screenshot):
    item = _open_start_page(page, f"{site_url}/").first
    assert not item.locator("input[type=checkbox]").is_checked()
    tick(page, item)
    assert item.locator("input[type=checkbox]").is_checked()
    page.reload()
    screenshot(page, "ticked")
    assert page.locator(ITEMS).first.locator("input[type=checkbox]").is_checked()


def test_unticking_survives_a_reload_too(page, site_url, screenshot):
    item = _open_start_page(page, f"{site_url}/").first
    tick(page, item)
    tick(page, item)
    page.reload()
    screenshot(page, "unticked")
    assert not page.locator(ITEMS).first.locator("input[type=checkbox]").is_checked()


def test_a_tick_shows_on_the_start_page_of_the_other_language(page, site_url, screenshot):
    first = _open_start_page(page, f"{site_url}/").first
    target = first.locator("a").get_attribute("href")
    tick(page, first)
    twin = _open_start_page(page, f"{site_url}/en/").filter(has=page.locator(f'a[href="{target}"]'))
    screenshot(page, "ticked-in-english")
    assert twin.locator("input[type=checkbox]").is_checked()
