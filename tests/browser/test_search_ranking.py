"""The learners' query set (tests/search/queries.yml), typed into the real search box.

For every query the page that teaches it is among the first three results, and for at
least 90 % of them it is the first, on the site and in the offline edition, in both
languages. Chinese is typed through an input method (composed, then committed). Each run
writes what every query found to test-artifacts/search-ranking/, for a person to read.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest

from project import ROOT
from reader_actions import search_pages
from search_queries import queries

FIRST_SHARE = 0.9
REPORTS = ROOT / "test-artifacts" / "search-ranking"


def page_name(url: str, root: str) -> str:
    """A result URL as the page's name in docs/: .../en/dockerfile/run/ or .../en/dockerfile/run.html -> dockerfile/run."""
    path = unquote(urlparse(url).path)
    assert path.startswith(root), f"{url} is outside the language root {root}"
    name = path[len(root):]
    name = re.sub(r"(^|/)index\.html$", "", name).removesuffix(".html")
    return name.strip("/") or "index"


def _start(request, edition: str, lang: str) -> tuple[str, str]:
    """The start page's URL, and the URL path of the language's root."""
    prefix = "en/" if lang == "en" else ""
    if edition == "online":
        return f"{request.getfixturevalue('site_url')}/{prefix}", f"/{prefix}"
    site: Path = request.getfixturevalue("offline_site")
    return (site / prefix / "index.html").as_uri(), urlparse((site / prefix).as_uri()).path.rstrip("/") + "/"


def _report(edition: str, lang: str, rows: list[dict]) -> None:
    REPORTS.mkdir(parents=True, exist_ok=True)
    (REPORTS / f"{edition}-{lang}.json").write_text(json.dumps(rows, ensure_ascii=False, indent=1), encoding="utf-8")


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("edition", ["online", "offline"])
def test_the_page_that_teaches_a_query_comes_first(browser, request, edition, lang):
    start, root = _start(request, edition, lang)
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-US")
    page = context.new_page()  # one page for the whole query set, as one reader searching again and again
    try:
        page.goto(start)
        rows = []
        for query in queries(lang):
            found = [page_name(url, root) for url in search_pages(page, query.text)][:3]
            rows.append({"query": query.text, "kind": query.kind, "expected": list(query.pages), "first_three": found,
                         "first": bool(found) and found[0] in query.pages,
                         "in_three": any(name in query.pages for name in found)})
    finally:
        context.close()
    _report(edition, lang, rows)

    def listing(selected: list[dict]) -> str:
        return "\n".join(f"  {row['query']!r}: expected {row['expected']}, found {row['first_three']}" for row in selected)

    not_in_three = [row for row in rows if not row["in_three"]]
    assert not_in_three == [], f"not among the first three results:\n{listing(not_in_three)}"
    first = sum(row["first"] for row in rows)
    assert first >= FIRST_SHARE * len(rows), (
        f"first for {first} of {len(rows)} queries, fewer than {FIRST_SHARE:.0%}; not first:\n"
        f"{listing([row for row in rows if not row['first']])}")


def test_page_names_are_read_from_both_kinds_of_url():
    assert page_name("http://127.0.0.1:8000/en/dockerfile/run/?h=run", "/en/") == "dockerfile/run"
    assert page_name("file:///tmp/x/offline/en/dockerfile/run.html?h=run", "/tmp/x/offline/en/") == "dockerfile/run"
    assert page_name("http://127.0.0.1:8000/#offline", "/") == "index"
    assert page_name("file:///tmp/x/offline/index.html", "/tmp/x/offline/") == "index"
