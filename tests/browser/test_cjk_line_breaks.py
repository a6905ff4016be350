"""Chromium shows a line break of the Markdown source as a space; inside a Chinese sentence
there must be none (typography.soft_breaks), online and on the print page the PDFs are made of."""

from __future__ import annotations

from docs_sources import DOCS
from wrapped_lines import wrapped_lines

RUN_ZH = DOCS / "dockerfile" / "run.zh.md"
RUN_EN = DOCS / "dockerfile" / "run.en.md"


def shown_text(page, selector: str = "article") -> str:
    """What the reader sees, with every self-check answer opened (a closed <details> shows none)."""
    page.evaluate("document.querySelectorAll('details').forEach(d => d.open = true)")
    return page.locator(selector).inner_text()


def assert_read_as_written(text: str, source) -> None:
    breaks = wrapped_lines(source.read_text(encoding="utf-8"))
    assert breaks, f"{source.name} wraps no sentence: this test would prove nothing"
    for wrapped in breaks:
        assert wrapped.rendered in text, f"{source.name}:{wrapped.line}: {wrapped.rendered!r} not shown"
        assert wrapped.wrong not in text, f"{source.name}:{wrapped.line}: {wrapped.wrong!r} shown"


def test_a_wrapped_chinese_paragraph_shows_no_space_where_the_source_broke_the_line(page, site_url, screenshot):
    page.goto(f"{site_url}/dockerfile/run/")
    text = shown_text(page)
    screenshot(page)
    assert "执行这条命令，把执行结果提交为" in text  # the example
    assert "只实现 POSIX 规定的功能" in text      # Latin then Chinese across a break: the house rule's space
    assert_read_as_written(text, RUN_ZH)


def test_wrapped_english_lines_still_show_a_space_between_words(page, site_url):
    page.goto(f"{site_url}/en/dockerfile/run/")
    assert_read_as_written(shown_text(page), RUN_EN)


def test_the_print_page_of_the_pdfs_shows_no_space_where_a_chinese_line_was_wrapped(page, offline_site, screenshot):
    page.goto((offline_site / "print.html").as_uri())
    text = shown_text(page, "body")
    assert_read_as_written(text, RUN_ZH)
