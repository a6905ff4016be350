"""The scanner finds the blocks superfences renders, with the same code, on pages of tricky cases."""

from __future__ import annotations

import pytest
from snippet_support import FIXTURES, read_like_mkdocs, rendered_fences, site_markdown

from common.markdown_source import scan

TRICKY = sorted((FIXTURES / "tricky").glob("*.md"))


@pytest.fixture(scope="module")
def md():
    return site_markdown()


@pytest.mark.parametrize("page", TRICKY, ids=[page.name for page in TRICKY])
def test_scanner_finds_exactly_the_fences_superfences_renders(md, page):
    source = read_like_mkdocs(page)
    rendered = rendered_fences(md, source)
    assert len(rendered) >= 20  # the page really exercises many cases
    assert [(block.lang, block.text) for block in scan(source)] == [(lang or "", code) for lang, code in rendered]
