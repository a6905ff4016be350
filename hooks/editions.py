"""MkDocs hook: the editions beyond the website, and the start page's downloads.

- Offline edition (DOCS_OFFLINE=true, `./dev offline`): works from file:// with no
  network (edition.offline): our own iframe-worker shim instead of Material's CDN
  copy, every language's search index inlined.
- Print page (offline edition only): `print.html` (Chinese) and `en/print.html` hold
  one language's whole notebook in navigation order, with a cover and contents;
  `./dev offline` prints the PDFs from them (edition.print_book assembles it).
- Downloads (normal builds): `./dev offline` leaves the zip and PDFs in dist/ (or
  $DOCS_DOWNLOADS_DIR); a later build publishes them as site/downloads/ and links
  them, with their sizes, where each start page has its `<!-- downloads -->` line.
  MkDocs checks those links like any other, so --strict proves them. With none of
  them in dist/, the build offers no downloads and says so once; with only some, it
  stops and names the missing ones. The offline edition offers none: it is the download.
"""

from __future__ import annotations

import logging
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File
from mkdocs.structure.nav import Section as NavSection
from mkdocs.structure.pages import Page
from mkdocs.utils import get_build_date

from common import context, priorities, ui_text
from edition import downloads, files as edition_files, offline, print_book
from common.page_names import split_language

log = logging.getLogger("mkdocs.hooks.editions")

PRINT_CSS = Path(__file__).parent / "edition" / "print_book.css"

# Downloads found in on_config, for the build run; reset there in every build.
_offered: list[downloads.Download] = []
_dist: Path | None = None
# Print edition, per language: its nav and rendered pages (page URL -> HTML). static-i18n runs
# the other languages' builds inside the default language's on_post_build, so a build's own
# language is remembered when it starts (a stack: the builds nest) and looked up when it ends.
@dataclass
class _Book:
    title: str  # the language's site name and description: the config is the last language's by then
    subtitle: str
    nav: object = None
    rendered: dict[str, str] = field(default_factory=dict)


_books: dict[str, _Book] = {}
_building: list[str] = []


# Before Material's offline plugin, which adds its CDN copy of the shim when no polyfill is listed.
@event_priority(priorities.OFFLINE_SHIM)
def on_config(config, **_):
    if context.is_offline_build(config):
        _use_local_shim(config)
    else:
        _find_downloads(config)
    return config


def _use_local_shim(config) -> None:
    shim = context.project_root(config) / offline.SHIM_SOURCE
    if not shim.is_file():
        raise PluginError(
            f"offline edition: {offline.SHIM_SOURCE} is missing. It comes from the npm package pinned in "
            "package-lock.json: run `npm ci` (./dev offline does it for you)"
        )
    polyfills = config.extra.get("polyfills", [])
    if offline.SHIM_TARGET not in polyfills:  # on_config runs again for each language's build
        config.extra["polyfills"] = [*polyfills, offline.SHIM_TARGET]


def _find_downloads(config) -> None:
    global _dist
    _offered.clear()
    languages = context.languages(config)
    locales = list(languages.built)
    _dist = edition_files.dist_dir(context.project_root(config))
    names = edition_files.download_names(locales)
    present = [name for name in names if (_dist / name).is_file()]
    if not present:
        if languages.is_default:  # say it once, not once per language
            log.info("downloads: no offline edition in %s, so the start page offers none "
                     "(run ./dev offline before building to offer it)", _dist)
        return
    missing = [name for name in names if name not in present]
    if missing:
        raise PluginError(
            f"downloads: {_dist} has only part of the offline edition; missing: {', '.join(missing)}. "
            "Run ./dev offline to make all of it (or delete the folder to publish without downloads)"
        )
    _offered.extend(
        downloads.Download(name, (_dist / name).stat().st_size, edition)
        for name, edition in zip(names, [None, *locales])
    )


def on_pre_build(config, **_):
    languages = context.languages(config)
    if languages.is_default:  # a new run: forget what a failed one left behind
        _building.clear()
        _books.clear()
    _building.append(languages.current)
    _books[languages.current] = _Book(config.site_name, config.site_description or "")


# After the i18n plugin, which rebuilds every file from docs/ and would drop files that live elsewhere.
@event_priority(priorities.DOWNLOAD_FILES)
def on_files(files, config, **_):
    for item in _offered:
        files.append(File.generated(
            config, f"{downloads.DOWNLOADS_URL}/{item.name}", abs_src_path=str(_dist / item.name)
        ))
    return files


def on_nav(nav, config, files, **_):
    _books[_building[-1]].nav = nav
    return nav


# Late, so other hooks see the start page as its author wrote it.
@event_priority(priorities.DOWNLOAD_LINKS)
def on_page_markdown(markdown, page, config, files, **_):
    base, lang = split_language(page.file.src_uri)
    if base != "index" or lang is None:
        return markdown
    if not downloads.has_marker(markdown):
        raise PluginError(
            f"downloads: {page.file.abs_src_path} has no '{downloads.MARKER}' line; "
            "add one to its offline reading section, where the download links belong"
        )
    links = downloads.links(lang, _offered) if _offered else ""
    return downloads.fill_marker(markdown, links)


def on_page_content(html, page, config, files, **_):
    if context.is_offline_build(config):
        _books[_building[-1]].rendered[page.url] = html
    return html


# After the per-language search indexes are written: the offline edition inlines them.
@event_priority(priorities.OFFLINE_INDEXES)
def on_post_build(config, **_):
    language = _building.pop()
    if not context.is_offline_build(config):
        return
    _write_print_page(config, language)
    site = Path(config.site_dir)
    target = site / offline.SHIM_TARGET
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(context.project_root(config) / offline.SHIM_SOURCE, target)
    for index in site.glob("**/search/search_index.json"):
        offline.inline_search_index(index)
        log.debug("offline edition: inlined %s", index.relative_to(site))


def _write_print_page(config, language: str) -> None:
    book = _books.pop(language)
    strings = ui_text.strings(language, "book")
    text = print_book.BookText(
        html_lang=strings["html_lang"],
        title=book.title,
        subtitle=book.subtitle,
        edition=strings["edition"].format(date=get_build_date()),
        contents=strings["contents"],
        footer=strings["footer"],
    )
    site = Path(config.site_dir)
    book_url = print_book.print_page_url(context.languages(config).prefix(language))
    css = site / print_book.PRINT_CSS_URL
    css.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(PRINT_CSS, css)
    document = print_book.assemble(
        _book_items(book.nav.items, book.rendered), text, book_url,
        [*_stylesheets(site, config), print_book.PRINT_CSS_URL],
    )
    (site / book_url).write_text(document, encoding="utf-8")
    log.info("print edition: wrote %s (%d pages)", book_url, len(book.rendered))


def _book_items(nav_items, rendered: dict[str, str]) -> tuple:
    items = []
    for item in nav_items:
        if isinstance(item, NavSection):
            items.append(print_book.Section(item.title, _book_items(item.children, rendered)))
        elif isinstance(item, Page) and item.url in rendered:
            items.append(print_book.Chapter(item.url, item.title, rendered[item.url]))
    return tuple(items)


def _stylesheets(site: Path, config) -> list[str]:
    """The site's CSS as site-relative URLs: Material's (file names carry a hash) and extra_css."""
    material = [*sorted(site.glob("assets/stylesheets/main.*.css")), *sorted(site.glob("assets/stylesheets/palette.*.css"))]
    return [path.relative_to(site).as_posix() for path in material] + [str(sheet) for sheet in config.extra_css]
