"""Line breaks in the Markdown source: none shows between Chinese characters, a space stays
between Latin words and between Chinese and Latin (typography.soft_breaks)."""

from __future__ import annotations

import xml.etree.ElementTree as etree

import markdown
import pytest

from glossary.tooltips import GlossaryTooltips
from typography.cjk import joins_without_space
from typography.soft_breaks import CjkSoftBreaks, CjkSoftBreaksExtension, collapse, join_lines

# The project's own Markdown extensions that put text where a break can sit.
EXTENSIONS = ["admonition", "attr_list", "def_list", "footnotes", "md_in_html", "tables",
              "pymdownx.details", "pymdownx.superfences", "pymdownx.tabbed", "pymdownx.inlinehilite"]


def render(text: str, *extra) -> str:
    return markdown.Markdown(extensions=[*EXTENSIONS, *extra, CjkSoftBreaksExtension()]).convert(text)


@pytest.mark.parametrize("before, after, joined", [
    ("令", "把", True),      # Chinese, Chinese
    ("，", "把", True),      # full-width punctuation, Chinese
    ("层", "，", True),      # Chinese, full-width punctuation
    ("，", "D", True),       # full-width punctuation carries its own space, even before Latin
    ("D", "（", True),
    ("”", "把", True),       # quotes shared with Latin text, next to Chinese
    ("端", "B", False),      # Chinese, Latin: the house rule keeps a space
    ("X", "规", False),
    ("端", "1", False),      # Chinese, digit
    ("d", "w", False),       # Latin words
    ("”", "a", False),       # a quote next to Latin stays Latin typography
    (".", "把", False),      # an ASCII full stop is Latin punctuation
])
def test_which_neighbours_join_without_a_space(before, after, joined):
    assert joins_without_space(before, after) is joined


def test_a_wrapped_chinese_sentence_reads_as_one():
    assert join_lines("执行这条命令，\n把执行结果提交为新的一层\n镜像层。") == "执行这条命令，把执行结果提交为新的一层镜像层。"


def test_latin_and_chinese_next_to_latin_keep_their_break():
    text = "现在默认的构建后端\nBuildKit 只实现 POSIX\n规定的功能。Latin words\nwrap here."
    assert join_lines(text) == text


def test_indentation_and_trailing_spaces_around_a_break_go_with_it():
    assert join_lines("中文  \t\n    中文") == "中文中文"


def test_neighbours_in_other_texts_decide_and_only_editable_texts_change():
    # "…用 <code>CMD</code>\n（见…": the code's last letter and the tail's first mark decide.
    assert collapse(["用 ", "CMD", "\n（见"], [True, False, True]) == ["用 ", "CMD", "（见"]
    assert collapse(["中文\n", "中文"], [False, True]) == ["中文\n", "中文"]


def test_paragraph_with_markup_on_both_sides_of_breaks():
    html = render("把结果提交为**新的一层\n镜像层**，\n下一条指令用 `ENTRYPOINT` / `CMD`\n（见 [ENTRYPOINT 与 CMD](x.md)）。")
    assert html == ('<p>把结果提交为<strong>新的一层镜像层</strong>，下一条指令用 <code>ENTRYPOINT</code> / '
                    '<code>CMD</code>（见 <a href="x.md">ENTRYPOINT 与 CMD</a>）。</p>')


def test_breaks_inside_admonitions_lists_and_tables_cells_content():
    html = render('!!! tip "提示"\n\n    `RUN` 和 `CMD` 很容易混淆；\n    `CMD` 什么都不执行。\n\n'
                  "- 第一项写到\n  第二行\n- 第二项\n")
    assert "混淆；<code>CMD</code>" in html
    assert "第一项写到第二行" in html


def test_code_is_never_changed():
    html = render("行内代码 `中文\n中文` 不变。\n\n```text\n中文\n中文\n```\n\n    缩进代码\n    中文\n")
    assert "<code>中文\n中文</code>" in html
    assert "中文\n中文\n</code></pre>" in html
    assert "缩进代码\n中文" in html


def test_a_hard_break_stays_a_line_break():
    assert render("中文  \n中文") == "<p>中文<br />\n中文</p>"


def test_a_break_does_not_join_across_blocks():
    assert render("- 中文\n- 中文") == "<ul>\n<li>中文</li>\n<li>中文</li>\n</ul>"


def test_attributes_are_never_touched():
    # Markdown itself cannot put a line break into an attribute, so the tree is made by hand.
    root = etree.Element("div")
    paragraph = etree.SubElement(root, "p", {"title": "标题\n第二行"})
    paragraph.text = "正文\n第二行"
    CjkSoftBreaks(markdown.Markdown()).run(root)
    assert (paragraph.get("title"), paragraph.text) == ("标题\n第二行", "正文第二行")


def test_a_glossary_term_wrapped_across_lines_gets_its_tooltip():
    tooltips = GlossaryTooltips()
    tooltips.definitions.update({"镜像层": "只读的一层"})
    assert '<abbr title="只读的一层">镜像层</abbr>' in render("新的一层镜像\n层。", tooltips)


def test_an_attribute_line_after_a_chinese_paragraph_still_names_the_paragraph():
    html = render("**下载：**\n{: #downloads }\n\n- 离线版")
    assert '<p id="downloads"><strong>下载：</strong></p>' in html
