"""Glossary terms explain themselves on hover."""

from __future__ import annotations

import pytest

from reader_actions import hover_first_glossary_term


@pytest.mark.parametrize("home", ["/", "/en/"])
def test_hovering_a_glossary_term_shows_its_definition(page, site_url, screenshot, home):
    page.goto(f"{site_url}{home}dockerfile/run/")
    definition, shown = hover_first_glossary_term(page)
    screenshot(page, "tooltip")
    assert shown == definition
