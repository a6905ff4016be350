"""MkDocs hook: in the offline edition, write each language's print page.

`print.html` (Chinese) and `en/print.html` hold the whole notebook of one
language, in navigation order, with a cover and a table of contents;
tools/offline_edition prints the PDFs from them. They stay in the offline
edition too, so a reader can print the notebook from the browser.
The assembly is pure (print_book); this module gathers pages and writes files.
"""

from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.structure.nav import Section as NavSection
from mkdocs.structure.pages import Page
from mkdocs.utils import get_build_date

import print_book
import site_languages
from site_context import is_offline_build

log = logging.getLogger("mkdocs.hooks.print_edition")

PRINT_CSS = Path(__file__).with_name("print_book.css")

# What the book says around the notes, per language ({date}: the build date).
BOOK_TEXT = {
    "zh": {"html_lang": "zh-Hans", "edition": "中文版 · {date}", "contents": "目录",
           "footer": "{title} · 第 {page} 页，共 {pages} 页"},
    "en": {"html_lang": "en", "edition": "English edition · {date}", "contents": "Contents",
           "footer": "{title} · page {page} of {pages}"},
}

# Rendered pages of the language being built: page URL -> HTML. The i18n plugin
# builds one language after the other, each with its own nav and pages.
_rendered: dict[str, str] = {}
_nav = None


def on_pre_build(config, **_):
    _rendered.clear()


def on_nav(nav, config, files, **_):
    global _nav
    _nav = nav
    return nav


def on_page_content(html, page, config, files, **_):
    if is_offline_build(config):
        _rendered[page.url] = html
    return html


def on_post_build(config, **_):
    if not is_offline_build(config):
        return
    languages = site_languages.languages(config)
    locale, prefix = languages.current, languages.current_prefix
    if locale not in BOOK_TEXT:
        raise PluginError(
            f"print edition: hooks/print_edition.py has no BOOK_TEXT for language '{locale}'; "
            f"add its cover, contents and footer strings there"
        )
    strings = BOOK_TEXT[locale]
    text = print_book.BookText(
        html_lang=strings["html_lang"],
        title=config.site_name,
        subtitle=config.site_description or "",
        edition=strings["edition"].format(date=get_build_date()),
        contents=strings["contents"],
        footer=strings["footer"],
    )
    site = Path(config.site_dir)
    book_url = print_book.print_page_url(prefix)
    document = print_book.assemble(
        _book_items(_nav.items), text, book_url, _stylesheets(site, config), PRINT_CSS.read_text(encoding="utf-8")
    )
    (site / book_url).write_text(document, encoding="utf-8")
    log.info("print edition: wrote %s (%d pages)", book_url, len(_rendered))


def _book_items(nav_items) -> tuple:
    items = []
    for item in nav_items:
        if isinstance(item, NavSection):
            items.append(print_book.Section(item.title, _book_items(item.children)))
        elif isinstance(item, Page) and item.url in _rendered:
            items.append(print_book.Chapter(item.url, item.title, _rendered[item.url]))
    return tuple(items)


def _stylesheets(site: Path, config) -> list[str]:
    """The site's CSS as site-relative URLs: Material's (file names carry a hash) and extra_css."""
    material = [*sorted(site.glob("assets/stylesheets/main.*.css")), *sorted(site.glob("assets/stylesheets/palette.*.css"))]
    return [path.relative_to(site).as_posix() for path in material] + [str(sheet) for sheet in config.extra_css]
