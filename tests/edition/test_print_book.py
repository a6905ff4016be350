"""The print page's assembly (hooks/edition/print_book.py), on plain strings."""

from __future__ import annotations

import re

from edition.print_book import BookText, Chapter, Section, assemble, chapter_anchor, rewrite_chapter

RUN = "en/dockerfile/run.html"
NAMES = "en/image-names.html"
BOOK = "en/print.html"
ANCHORS = {RUN: chapter_anchor(RUN), NAMES: chapter_anchor(NAMES)}
TEXT = BookText(html_lang="en", title="Notes", subtitle="About Docker", edition="English edition",
                contents="Contents", footer="{title} · page {page} of {pages}")


def rewrite(content: str, url: str = RUN) -> str:
    return rewrite_chapter(Chapter(url, "RUN", content), BOOK, ANCHORS)


def test_chapter_ids_are_prefixed_so_pages_cannot_clash():
    assert rewrite('<h2 id="usage">Usage</h2>') == f'<h2 id="{ANCHORS[RUN]}--usage">Usage</h2>'


def test_tab_inputs_labels_and_radio_groups_are_prefixed_together():
    out = rewrite('<input id="__tabbed_1_1" name="__tabbed_1"><label for="__tabbed_1_1">Linux</label>')
    prefix = ANCHORS[RUN]
    assert out == f'<input id="{prefix}--__tabbed_1_1" name="{prefix}--__tabbed_1"><label for="{prefix}--__tabbed_1_1">Linux</label>'


def test_link_within_the_page_follows_the_prefixed_id():
    assert rewrite('<a href="#usage">x</a>') == f'<a href="#{ANCHORS[RUN]}--usage">x</a>'


def test_link_to_another_chapter_becomes_a_link_inside_the_book():
    assert rewrite('<a href="../image-names.html">x</a>') == f'<a href="#{ANCHORS[NAMES]}">x</a>'


def test_link_to_a_heading_of_another_chapter_keeps_its_heading():
    assert rewrite('<a href="../image-names.html#tags">x</a>') == f'<a href="#{ANCHORS[NAMES]}--tags">x</a>'


def test_image_is_rebased_from_the_chapter_onto_the_print_page():
    assert rewrite('<img src="../../assets/diagram.svg">') == '<img src="../assets/diagram.svg">'


def test_link_to_another_site_is_left_alone():
    assert rewrite('<a href="https://docs.docker.com/reference/?x=1&amp;y=2">x</a>') == (
        '<a href="https://docs.docker.com/reference/?x=1&amp;y=2">x</a>'
    )


def test_collapsed_answers_are_printed_open():
    assert rewrite('<details class="question"><summary>Q</summary>A</details>') == (
        '<details open class="question"><summary>Q</summary>A</details>'
    )


def test_book_holds_cover_contents_then_chapters_in_navigation_order():
    items = (Section("Dockerfile", (Chapter(RUN, "RUN", "<h1>RUN</h1>"),)), Chapter(NAMES, "Names", "<h1>Names</h1>"))
    book = assemble(items, TEXT, BOOK, ["assets/stylesheets/main.css"])
    order = [book.index(marker) for marker in ('class="book-cover"', 'class="book-toc', "<h1>RUN</h1>", "<h1>Names</h1>")]
    assert order == sorted(order)


def test_contents_have_a_page_number_slot_per_chapter_linking_to_it():
    items = (Chapter(RUN, "RUN", ""), Chapter(NAMES, "Names", ""))
    book = assemble(items, TEXT, BOOK, [])
    slots = re.findall(r'<a href="#([^"]+)"><span class="book-toc__title">[^<]+</span>'
                       r'<span class="book-toc__page" data-page-of="([^"]+)"></span>', book)
    assert slots == [(ANCHORS[RUN], ANCHORS[RUN]), (ANCHORS[NAMES], ANCHORS[NAMES])]


def test_site_stylesheets_are_linked_relative_to_the_print_page():
    book = assemble((), TEXT, BOOK, ["assets/stylesheets/main.css"])
    assert '<link rel="stylesheet" href="../assets/stylesheets/main.css">' in book


def test_footer_template_has_chromium_page_number_fields():
    book = assemble((), TEXT, BOOK, [])
    footer = re.search(r'<template id="book-footer">(.*?)</template>', book, re.S)[1]
    assert 'Notes · page <span class="pageNumber"></span> of <span class="totalPages"></span>' in footer
