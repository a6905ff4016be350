"""Search as a reader uses it: typed into the search box, answering in the page's language only."""

from __future__ import annotations

from urllib.parse import urlparse

import pytest

import reader_actions


def search(page, query: str) -> list[str]:
    """The URL paths of the pages and sections searching `query` lists."""
    return [urlparse(url).path for url in reader_actions.search(page, query)]


def test_a_chinese_word_inside_a_longer_word_finds_its_page(page, site_url, screenshot):
    page.goto(f"{site_url}/")
    paths = search(page, "上下文")  # written only inside 构建上下文 (build context)
    screenshot(page, "search-zh")
    assert "/dockerfile/copy-context/" in paths


def test_a_chinese_page_lists_chinese_pages_only(page, site_url, screenshot):
    page.goto(f"{site_url}/")
    paths = search(page, "entrypoint")
    screenshot(page, "search-zh-english-word")
    assert "/dockerfile/entrypoint-cmd/" in paths
    assert [path for path in paths if path.startswith("/en/")] == []


def test_an_english_whole_word_finds_its_page(page, site_url, screenshot):
    page.goto(f"{site_url}/en/")
    paths = search(page, "emulation")
    screenshot(page, "search-en")
    assert "/en/multi-platform/" in paths


def test_an_english_prefix_finds_its_page(page, site_url, screenshot):
    page.goto(f"{site_url}/en/")
    paths = search(page, "entryp")
    screenshot(page, "search-en-prefix")
    assert "/en/dockerfile/entrypoint-cmd/" in paths


def test_an_english_page_lists_english_pages_only(page, site_url, screenshot):
    page.goto(f"{site_url}/en/dockerfile/run/")
    paths = search(page, "dockerfile")
    screenshot(page, "search-en-only")
    assert paths and [path for path in paths if not path.startswith("/en/")] == []


def test_a_chinese_question_finds_the_page_that_answers_it(page, site_url, screenshot):
    page.goto(f"{site_url}/")
    paths = search(page, "从容器里复制文件")  # typed through an input method: composed, then committed
    screenshot(page, "search-zh-question")
    assert paths[:1] and paths[0] == "/files-out/"


def test_an_input_method_commit_searches_without_another_keystroke(page, site_url, screenshot):
    page.goto(f"{site_url}/")
    reader_actions.search_for(page, "")  # opened, and the search engine ready
    page.evaluate("""() => { window.keys = 0;
        document.addEventListener("keydown", () => window.keys++, true); }""")
    reader_actions.commit_with_input_method(page, "镜像名")
    page.wait_for_function(reader_actions.IDLE, arg=reader_actions.RESULTS)
    screenshot(page, "search-zh-input-method")
    assert page.evaluate("window.keys") == 0
    assert "/image-names/" in [urlparse(url).path for url in reader_actions.result_pages(page)]


# What lunr's query syntax reads as operators: + must, - must not, ~ fuzzy, ^ boost,
# : field, * wildcard, " phrase, \ escape.
OPERATORS = '+-~^:*"\\'


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_no_operator_character_a_reader_types_empties_the_result_list(page, site_url, lang):
    page.goto(f"{site_url}/{'en/' if lang == 'en' else ''}")
    empty = [query for operator in OPERATORS for query in (f"{operator}entrypoint", f"entrypoint{operator}")
             if not search(page, query)]
    assert empty == []
