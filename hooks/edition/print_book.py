"""Pure assembly of the print edition: every page of one language in one HTML document.

The PDFs are printed from this document, so it must stand on its own: each page's
ids are made unique (pages reuse ids such as `__tabbed_1_1`), links between pages
become links inside the book, and asset URLs are rebased onto the print page.
Kept free of MkDocs imports so it is unit-tested on plain strings.
"""

from __future__ import annotations

import html
import posixpath
import re
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

PRINT_PAGE = "print.html"
# Where the offline edition ships print_book.css, the print page's own stylesheet.
PRINT_CSS_URL = "assets/stylesheets/print_book.css"

# Attributes that name something inside the page (prefixed per chapter) and
# attributes that point somewhere (rewritten). The HTML comes from Python-Markdown
# and Pygments, which escape quotes in text, so ` name="` only occurs in tags.
_NAMING_ATTR = re.compile(r'(\s(?:id|for|name))="([^"]*)"')
_POINTING_ATTR = re.compile(r'(\s(?:href|src))="([^"]*)"')
_CLOSED_DETAILS = re.compile(r"<details(?![^>]*\sopen)")


@dataclass(frozen=True)
class Chapter:
    """One page of the notebook as rendered for the site."""

    url: str  # site-relative URL of the page, e.g. "en/dockerfile/run.html"
    title: str  # its navigation title
    content: str  # its rendered HTML, with links relative to `url`


@dataclass(frozen=True)
class Section:
    """A navigation section (学习路径, ...) and what it holds, in order."""

    title: str
    items: tuple  # of Chapter | Section


@dataclass(frozen=True)
class BookText:
    """What the book says around the notes, in the book's language."""

    html_lang: str  # e.g. "zh-Hans", so fonts with the right regional glyphs are chosen
    title: str
    subtitle: str
    edition: str  # e.g. "中文版 · 2026-11-27"
    contents: str  # heading of the table of contents
    footer: str  # page footer, with {title}, {page} and {pages}


def print_page_url(language_prefix: str) -> str:
    """Where a language's print page lives: "" -> "print.html", "en/" -> "en/print.html"."""
    return f"{language_prefix}{PRINT_PAGE}"


def chapter_anchor(url: str) -> str:
    """A stable id for a chapter, from its URL: "en/dockerfile/run.html" -> "ch-en-dockerfile-run"."""
    stem = url[: -len(".html")] if url.endswith(".html") else url.rstrip("/") or "index"
    return "ch-" + re.sub(r"[^A-Za-z0-9]+", "-", stem).strip("-")


def chapters(items) -> list[Chapter]:
    """Every chapter under `items`, depth first, in navigation order."""
    found: list[Chapter] = []
    for item in items:
        found.extend(chapters(item.items) if isinstance(item, Section) else [item])
    return found


def rewrite_chapter(chapter: Chapter, book_url: str, book_anchors: dict[str, str]) -> str:
    """The chapter's HTML made to live inside the book at `book_url`.

    `book_anchors` maps each chapter URL to its anchor: a link to a chapter
    (with or without a fragment) becomes a link inside the book; anything else
    relative (images, other files) is rebased from the chapter onto the book.
    """
    anchor = book_anchors[chapter.url]

    def own(name: str) -> str:
        return f"{anchor}--{name}"

    def pointing(match: re.Match) -> str:
        attr, value = match.groups()
        return f'{attr}="{_rebase(html.unescape(value), chapter.url, book_url, book_anchors, own)}"'

    content = _NAMING_ATTR.sub(lambda m: f'{m[1]}="{own(m[2])}"', chapter.content)
    content = _POINTING_ATTR.sub(pointing, content)
    # Collapsed answers (self-check) would print as a bare question.
    return _CLOSED_DETAILS.sub("<details open", content)


def _rebase(value: str, page_url: str, book_url: str, book_anchors: dict[str, str], own) -> str:
    parts = urlsplit(value)
    if parts.scheme or parts.netloc or not value:
        return html.escape(value)
    if not parts.path:  # "#fragment" on the same page
        return "#" + html.escape(own(parts.fragment)) if parts.fragment else ""
    target = urlsplit(urljoin("http://site/" + page_url, value)).path.lstrip("/")
    if target in book_anchors:
        target_anchor = book_anchors[target]
        fragment = f"{target_anchor}--{parts.fragment}" if parts.fragment else target_anchor
        return "#" + html.escape(fragment)
    relative = posixpath.relpath(target, posixpath.dirname(book_url) or ".")
    suffix = (f"?{parts.query}" if parts.query else "") + (f"#{parts.fragment}" if parts.fragment else "")
    return html.escape(relative + suffix)


def footer_template(text: BookText) -> str:
    """The footer Chromium prints on every page; it fills the pageNumber/totalPages spans."""
    line = html.escape(text.footer).format(
        title=html.escape(text.title),
        page='<span class="pageNumber"></span>',
        pages='<span class="totalPages"></span>',
    )
    # Its look (Chromium gives footer templates no page styles) is tools/book_pdf.py's:
    # a style="" attribute here would be one the page's Content-Security-Policy forbids.
    return line


def table_of_contents(items, book_anchors: dict[str, str]) -> str:
    """Nested lists of sections and chapters; each chapter line has an empty page-number slot
    (`data-page-of`) that the PDF printer fills in once it knows where chapters landed."""
    lines = ['<ol class="book-toc__list">']
    for item in items:
        if isinstance(item, Section):
            lines.append(
                f'<li class="book-toc__section"><span class="book-toc__section-title">{html.escape(item.title)}</span>'
                f"{table_of_contents(item.items, book_anchors)}</li>"
            )
        else:
            anchor = book_anchors[item.url]
            lines.append(
                f'<li class="book-toc__chapter"><a href="#{anchor}">'
                f'<span class="book-toc__title">{html.escape(item.title)}</span>'
                f'<span class="book-toc__page" data-page-of="{anchor}"></span></a></li>'
            )
    lines.append("</ol>")
    return "".join(lines)


def assemble(items, text: BookText, book_url: str, stylesheets: list[str]) -> str:
    """The whole print page: cover, table of contents, then every chapter in navigation order.

    `stylesheets` are site-relative URLs of the site's own CSS (Material's and any
    extra_css), so the notes look as they do online, then the print edition's own
    (PRINT_CSS_URL): linked, not inlined, as the page's Content-Security-Policy allows
    no inline style.
    """
    book_chapters = chapters(items)
    book_anchors = {chapter.url: chapter_anchor(chapter.url) for chapter in book_chapters}
    base = posixpath.dirname(book_url)
    links = "\n".join(
        f'<link rel="stylesheet" href="{html.escape(posixpath.relpath(sheet, base or "."))}">' for sheet in stylesheets
    )
    body = "\n".join(
        f'<section class="book-chapter" id="{book_anchors[chapter.url]}">\n'
        f"{rewrite_chapter(chapter, book_url, book_anchors)}\n</section>"
        for chapter in book_chapters
    )
    return f"""<!doctype html>
<html lang="{html.escape(text.html_lang)}" dir="ltr">
<head>
<meta charset="utf-8">
<title>{html.escape(text.title)}</title>
{links}
<template id="book-footer">{footer_template(text)}</template>
</head>
<body class="book" data-md-color-scheme="default">
<section class="book-cover">
<h1 class="book-cover__title">{html.escape(text.title)}</h1>
<p class="book-cover__subtitle">{html.escape(text.subtitle)}</p>
<p class="book-cover__edition">{html.escape(text.edition)}</p>
</section>
<nav class="book-toc md-typeset">
<h1 class="book-toc__heading">{html.escape(text.contents)}</h1>
{table_of_contents(items, book_anchors)}
</nav>
<article class="book-body md-typeset">
{body}
</article>
</body>
</html>
"""
