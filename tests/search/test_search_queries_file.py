"""The learners' query set is complete enough to judge the search by, and names real pages."""

from __future__ import annotations

from collections import Counter

import pytest

from docs_sources import DOCS
from search_queries import languages, queries

MINIMUM = 40  # queries per language


def test_both_languages_have_a_query_set():
    assert sorted(languages()) == ["en", "zh"]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_each_language_has_enough_queries_and_none_twice(lang):
    texts = [query.text for query in queries(lang)]
    assert len(texts) >= MINIMUM
    assert [text for text, count in Counter(texts).items() if count > 1] == []


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_expected_page_exists_in_that_language(lang):
    missing = {page for query in queries(lang) for page in query.pages if not (DOCS / f"{page}.{lang}.md").is_file()}
    assert missing == set()
