"""Glossary terms explain themselves on hover."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("home", ["/", "/en/"])
def test_hovering_a_glossary_term_shows_its_definition(page, site_url, screenshot, home):
    page.goto(f"{site_url}{home}dockerfile/run/")
    term = page.locator("article abbr[title]").first
    definition = term.get_attribute("title")
    term.scroll_into_view_if_needed()
    term.hover()
    tooltip = page.locator(".md-tooltip2--active")
    tooltip.wait_for(state="visible")
    screenshot(page, "tooltip")
    assert tooltip.inner_text().strip() == definition.strip()
