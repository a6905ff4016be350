"""The HTML fixes the build applies to Material's pages, on plain strings."""

import pytest

from fixes.page_html import MarkupChanged, drop_head_alternates, label_task_checkboxes, name_search_dialog

DIALOG = '<div class="md-search" data-md-component="search" role="dialog">'
INPUT = '<input type="text" class="md-search__input" name="query" aria-label="搜索" placeholder="搜索">'


def test_the_search_dialog_is_named_after_its_search_box():
    html = name_search_dialog(f"<header>{DIALOG}<form>{INPUT}</form></div></header>")
    assert '<div class="md-search" data-md-component="search" role="dialog" aria-label="搜索">' in html


def test_a_search_dialog_that_already_has_a_name_is_left_alone():
    named = DIALOG.replace(">", ' aria-label="Find">')
    html = f"{named}{INPUT}"
    assert name_search_dialog(html) == html


def test_a_page_without_search_is_left_alone():
    assert name_search_dialog("<main>text</main>") == "<main>text</main>"


def test_a_search_dialog_without_a_labelled_box_is_reported():
    with pytest.raises(MarkupChanged):
        name_search_dialog(f"{DIALOG}<input type='text'></div>")


def test_head_alternate_language_links_are_removed():
    html = ('<head>\n  <link rel="alternate" href="./" hreflang="zh">\n'
            '  <link rel="alternate" href="../en/a/" hreflang="en">\n<link rel="icon" href="x.png">\n</head>')
    assert drop_head_alternates(html) == '<head>\n<link rel="icon" href="x.png">\n</head>'


def test_language_selector_links_in_the_body_are_kept():
    html = '<head></head><body><a href="../en/a/" hreflang="en" class="md-select__link">English</a></body>'
    assert drop_head_alternates(html) == html


def test_a_task_checkbox_is_named_after_its_item_text():
    html = ('<li class="task-list-item"><label class="task-list-control"><input type="checkbox" disabled checked/>'
            '<span class="task-list-indicator"></span></label> <a href="x/">镜像 &amp; 容器</a> — 15 分钟</li>')
    assert '<input type="checkbox" disabled checked aria-label="镜像 &amp; 容器 — 15 分钟"/>' in label_task_checkboxes(html)


def test_a_task_checkbox_label_stops_before_a_nested_list():
    html = ('<li class="task-list-item"><label class="task-list-control"><input type="checkbox"/>'
            '<span class="task-list-indicator"></span></label> Parent<ul><li>child</li></ul></li>')
    assert 'aria-label="Parent"' in label_task_checkboxes(html)
