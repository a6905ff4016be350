"""Hover tooltips: which occurrences of a term get an <abbr title>."""

import markdown

from glossary.tooltips import GlossaryTooltips


def render(text: str, definitions: dict[str, str]) -> str:
    extension = GlossaryTooltips()
    extension.definitions.update(definitions)
    return markdown.Markdown(extensions=[extension]).convert(text)


def test_a_chinese_term_is_found_inside_chinese_text():
    assert '<abbr title="只读模板">镜像</abbr>名' in render("镜像名很长。", {"镜像": "只读模板"})


def test_only_the_first_occurrence_on_a_page_gets_a_tooltip():
    html = render("镜像一。\n\n镜像二。", {"镜像": "只读模板"})
    assert html.count("<abbr") == 1


def test_an_entrys_other_spelling_later_on_the_page_gets_no_second_tooltip():
    definition = "容器启动时加在镜像层之上的可写层"
    html = render("可写容器层在上面。\n\n可写层也是它。", {"可写容器层": definition, "可写层": definition})
    assert html.count("<abbr") == 1 and '<abbr title="容器启动时加在镜像层之上的可写层">可写容器层</abbr>' in html


def test_a_latin_term_needs_word_boundaries():
    html = render("cgroups and cgroup", {"cgroup": "control group"})
    assert html == '<p>cgroups and <abbr title="control group">cgroup</abbr></p>'


def test_a_latin_term_next_to_chinese_text_is_found():
    assert "<abbr" in render("使用cgroup来限制", {"cgroup": "控制组"})


def test_headings_links_and_code_are_left_alone():
    html = render("# 镜像\n\n[镜像](x.md) `镜像`", {"镜像": "只读模板"})
    assert "<abbr" not in html


def test_the_longest_term_wins():
    html = render("构建上下文", {"构建": "build", "构建上下文": "build context"})
    assert '<abbr title="build context">构建上下文</abbr>' in html


def test_text_after_a_marked_term_is_still_searched():
    html = render("镜像和容器", {"镜像": "a", "容器": "b"})
    assert html == '<p><abbr title="a">镜像</abbr>和<abbr title="b">容器</abbr></p>'
