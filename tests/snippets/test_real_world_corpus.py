"""The snippet check on Markdown as other people write it: 92 small pages that reproduce the
patterns of public Docker documentation (tests/fixtures/real_world/README.txt lists them and
the sources they imitate). Each page states, at its top, exactly what a correct checker reports."""

from __future__ import annotations

import re

import pytest
from project import ROOT

from snippets.cache import Cache
from snippets.engine import check_documents
from snippets.options import Options

CORPUS = ROOT / "tests" / "fixtures" / "real_world"
PAGES = sorted(CORPUS.glob("*.md"))
_EXPECT = re.compile(r"\A<!--\nexpect:\n(?P<body>.*?)-->", re.S)


def expected(text: str) -> list[str]:
    body = _EXPECT.match(text)["body"].strip()
    return [] if body == "none" else [line.removeprefix("- ").strip() for line in body.splitlines()]


@pytest.fixture(scope="module")
def findings() -> dict[str, list[str]]:
    documents = [(page.name, page.read_text(encoding="utf-8")) for page in PAGES]
    result = check_documents(documents, Options(), Cache(None))
    found: dict[str, list[str]] = {page.name: [] for page in PAGES}
    for finding in result.findings:
        found[finding.path].append(f"{finding.line}:{finding.col} {finding.severity} {finding.code}")
    return found


def test_the_corpus_has_at_least_sixty_pages_each_stating_its_findings():
    assert len(PAGES) >= 60
    assert all(_EXPECT.match(page.read_text(encoding="utf-8")) for page in PAGES)


@pytest.mark.parametrize("page", PAGES, ids=lambda page: page.stem)
def test_the_check_reports_exactly_what_the_page_expects(page, findings):
    assert findings[page.name] == expected(page.read_text(encoding="utf-8"))
