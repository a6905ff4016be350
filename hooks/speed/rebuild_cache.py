"""`mkdocs serve` does not convert or index again a page that did not change.

After every save, `mkdocs serve` rebuilds every page of every language, though
one page changed. For the life of the serve process this hook remembers, per
page, the two costliest steps of that rebuild (about half of it on a
100-lesson notebook; bench/build_scaling_bench.py measures) and reuses them
while what they read is unchanged:

- Markdown to HTML (MkDocs' `Page.render`), keyed on the page's Markdown after
  every on_page_markdown hook, its source and URL, the site's file list (links
  resolve against it), and mkdocs.yml and the hooks' code (every file under hooks/);
- the page's search entries (Material's `SearchIndex.add_entry_from_context`),
  keyed on the search settings and the HTML, title, table of contents, URL and
  front matter it reads.

It keeps one entry per page, the last rebuild's.

A reused step gives back exactly what it produced, its log messages included:
a broken link in an unchanged page is still reported on every rebuild, and
still stops a strict one. `mkdocs build`, so every published site, never
uses the cache; the tests check that a served rebuild equals a fresh build.
"""

from __future__ import annotations

import copy
import logging
from contextlib import contextmanager
from pathlib import Path

from material.plugins.search.plugin import SearchIndex
from mkdocs.structure.pages import Page

from . import render_cache as render_cache_keys

# Process-wide: MkDocs loads hook modules (and so this one) once per process, and
# `mkdocs serve` keeps them across rebuilds.
_renders: dict[tuple, tuple[tuple, render_cache_keys.RenderResult]] = {}  # (source, URL): (key, result)
_search_entries: dict[str, tuple[tuple, list[dict]]] = {}  # URL: (key, entries)
_fingerprints: dict[int, tuple[object, str]] = {}  # per config and Files object of the current build
enabled = True  # set per build from mkdocs.yml (extra.build_speed.rebuild_cache)


def install() -> None:
    """Wrap Page.render and Material's search entries with the cache (once per process)."""
    if not getattr(Page.render, "cached", False):
        Page.render = _cached_render(Page.render)
        SearchIndex.add_entry_from_context = _cached_search_entries(SearchIndex.add_entry_from_context)


def _fingerprint(obj, compute) -> str:
    """compute(obj), once per object: a build has one config and one Files object per language."""
    known = _fingerprints.get(id(obj))
    if known is None or known[0] is not obj:
        known = _fingerprints[id(obj)] = (obj, compute(obj))
    return known[1]


def _build_digest(config) -> str:
    """mkdocs.yml and the hooks' code: what decides how Markdown is converted."""
    hook_dirs = sorted({Path(module.__file__).parent for module in config.hooks.values()})
    sources = [Path(config.config_file_path), *sorted(p for d in hook_dirs for p in d.rglob("*.py"))]
    return render_cache_keys.digest(path.read_bytes() for path in sources)


def _file_list_digest(files) -> str:
    """Every file's source path and URL: links resolve against them."""
    return render_cache_keys.digest(f"{f.src_uri}\0{f.url}".encode() for f in files)


def forget_build() -> None:
    """The previous build's config and files are garbage now."""
    _fingerprints.clear()


class _Capture(logging.Handler):
    """Keeps the records it sees, each once (one record may reach two of the loggers watched)."""

    def __init__(self, records: list[logging.LogRecord]):
        super().__init__(level=logging.DEBUG)
        self.records = records

    def emit(self, record):
        if not any(seen is record for seen in self.records):
            self.records.append(record)


@contextmanager
def _captured_log():
    """Records logged meanwhile, by any logger, while they are still handled as usual."""
    records: list[logging.LogRecord] = []
    handler = _Capture(records)
    # The mkdocs command stops "mkdocs" propagating to root; a build run from Python does not.
    loggers = [logging.getLogger("mkdocs"), logging.getLogger()]
    for logger in loggers:
        logger.addHandler(handler)
    try:
        yield records
    finally:
        for logger in loggers:
            logger.removeHandler(handler)


def _cached_render(render):
    def cached(page, config, files):
        if not enabled:
            return render(page, config, files)
        where = (page.file.src_uri, page.file.url)
        key = (_fingerprint(config, _build_digest), _fingerprint(files, _file_list_digest), page.markdown)
        known_key, result = _renders.get(where, (None, None))
        if known_key != key:
            with _captured_log() as records:
                render(page, config, files)
            _renders[where] = key, render_cache_keys.RenderResult.of(page, records)
        else:
            for record in result.records:
                logging.getLogger(record.name).handle(record)
            result.restore(page, files)

    cached.cached = True
    return cached


def _cached_search_entries(add_entry_from_context):
    def cached(index, page):
        if not enabled:
            return add_entry_from_context(index, page)
        key = (repr(index.config), render_cache_keys.search_key(page))  # its settings, then the page
        known_key, entries = _search_entries.get(page.url, (None, None))
        if known_key != key:
            start = len(index.entries)
            add_entry_from_context(index, page)
            _search_entries[page.url] = key, copy.deepcopy(index.entries[start:])
        else:
            index.entries.extend(copy.deepcopy(entries))

    return cached
