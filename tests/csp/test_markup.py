"""Finding the inline scripts a page runs, and the inline code no hash can allow (pure)."""

from __future__ import annotations

import pytest

from csp.markup import attributes, scan, sha256_source


def running(html: str) -> list[str]:
    return scan(html).running_scripts


def test_the_hash_is_the_one_the_csp_specification_gives_for_its_example():
    # Content Security Policy Level 3, "Hash usage for script elements".
    assert sha256_source("alert('Hello, world.');") == "'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='"


def test_line_breaks_are_hashed_as_the_html_parser_leaves_them():
    assert sha256_source("a();\r\nb();\rc();") == sha256_source("a();\nb();\nc();")


def test_the_text_is_hashed_exactly_with_its_whitespace():
    assert sha256_source(" a();") != sha256_source("a();")


@pytest.mark.parametrize("tag", [
    "<script>", "<SCRIPT>", '<script type="">', '<script type="text/javascript">',
    "<script type=' Text/JavaScript '>", '<script type="module">', '<script type="importmap">',
    '<script language="javascript">', "<script\ndefer>",
])
def test_scripts_that_run_are_found_with_their_exact_text(tag):
    assert running(f"<p>x</p>{tag}\n  go();\n</script><p>y</p>") == ["\n  go();\n"]


@pytest.mark.parametrize("tag", [
    '<script id="__config" type="application/json">', '<script type="application/ld+json">',
    '<script type="text/template">', '<script type="text/javascript; charset=utf-8">',
    '<script src="bundle.js">', '<script type="module" src="a.js">',
])
def test_data_blocks_and_external_scripts_are_not_inline_code(tag):
    assert running(f"{tag}go();</script>") == []


def test_a_script_in_a_comment_does_not_run():
    assert running("<!-- <script>old();</script> --><script>now();</script>") == ["now();"]


def test_markup_inside_a_script_is_part_of_its_text():
    text = 'document.write("<p style=x onclick=y>")'
    found = scan(f"<script>{text}</script>")
    assert found.running_scripts == [text]
    assert found.blocked == ()


def test_a_script_ends_only_at_its_own_end_tag():
    assert running("<script>a = '</scripts>';</script >") == ["a = '</scripts>';"]


def test_the_line_of_each_script_is_known():
    [first, second] = scan("<html>\n<script>a()</script>\n\n<script>b()</script>").scripts
    assert (first.line, second.line) == (2, 4)


@pytest.mark.parametrize("html, what", [
    ('<span style="color: red">x</span>', "style attribute on <span>"),
    ("<div class=x STYLE='top:0'>", "style attribute on <div>"),
    ('<svg><style>path{fill:red}</style></svg>', "<style> element"),
    ('<button onclick="go()">', "onclick attribute on <button>"),
    ('<img src=x.png onerror=alert(1)>', "onerror attribute on <img>"),
    ('<a href=" JavaScript:go()">', "javascript: URL in href of <a>"),
    ('<form action="javascript:void 0">', "javascript: URL in action of <form>"),
])
def test_inline_code_no_hash_can_allow_is_reported_with_its_line(html, what):
    [blocked] = scan(f"<p>\n</p>\n{html}").blocked
    assert blocked.line == 3
    assert blocked.message.startswith(what)


@pytest.mark.parametrize("html", [
    '<abbr title="a style=b and onclick=c">x</abbr>',
    '<a title="x > y" href="https://docs.docker.com/">',
    '<details open="open">', '<a href="javascript.html">', "<p>style=x onclick=y</p>",
    "<!-- <p style=x> -->", '<link rel="stylesheet" href="assets/a.css">',
])
def test_look_alikes_are_not_reported(html):
    assert scan(html).blocked == ()


def test_attributes_are_read_with_any_quoting():
    assert attributes(""" id="a" class='b c' data-x=1 defer TYPE="Module" id="again" """) == {
        "id": "a", "class": "b c", "data-x": "1", "defer": "", "type": "Module",
    }
