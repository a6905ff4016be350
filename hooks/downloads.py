"""MkDocs hook: offer the offline edition (zip and PDFs) on the start page of each language.

How the published site and the downloads relate: `./dev offline` makes them in
dist/ (or $DOCS_DOWNLOADS_DIR); a later normal build publishes them as
site/downloads/ and puts links to them, with their sizes, where each start
page has its `<!-- downloads -->` line. MkDocs checks those links like any
other, so --strict proves them.
- dist/ holds none of them: the build offers no downloads and says so once
  (the start page never links a file that is not there);
- it holds only some: the build stops, naming the missing ones;
- the offline edition itself offers none: it is the download.
"""

from __future__ import annotations

import logging

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File

import downloads_section
import edition_files
import site_languages
from i18n_parity import split_language
from site_context import is_offline_build, project_root

log = logging.getLogger("mkdocs.hooks.downloads")

_offered: list[downloads_section.Download] = []
_dist = None


def on_config(config, **_):
    global _dist
    _offered.clear()
    if is_offline_build(config):
        return config
    languages = site_languages.languages(config)
    locales = list(languages.built)
    _dist = edition_files.dist_dir(project_root(config))
    names = edition_files.download_names(locales)
    present = [name for name in names if (_dist / name).is_file()]
    if not present:
        if languages.current == languages.default:  # say it once, not once per language
            log.info("downloads: no offline edition in %s, so the start page offers none "
                     "(run ./dev offline before building to offer it)", _dist)
        return config
    missing = [name for name in names if name not in present]
    if missing:
        raise PluginError(
            f"downloads: {_dist} has only part of the offline edition; missing: {', '.join(missing)}. "
            "Run ./dev offline to make all of it (or delete the folder to publish without downloads)"
        )
    problems = downloads_section.missing_text(locales, locales)
    if problems:
        raise PluginError(
            f"downloads: hooks/downloads_section.py TEXT lacks strings for {'; '.join(problems)}; add them"
        )
    _offered.extend(
        downloads_section.Download(name, (_dist / name).stat().st_size, edition)
        for name, edition in zip(names, [None, *locales])
    )
    return config


# After the i18n plugin (-100), which rebuilds every file from docs/ and would
# drop files that live elsewhere.
@event_priority(-110)
def on_files(files, config, **_):
    for item in _offered:
        files.append(File.generated(
            config, f"{downloads_section.DOWNLOADS_URL}/{item.name}", abs_src_path=str(_dist / item.name)
        ))
    return files


# Late, so other hooks see the start page as its author wrote it.
@event_priority(-50)
def on_page_markdown(markdown, page, config, files, **_):
    base, lang = split_language(page.file.src_uri)
    if base != "index" or lang is None:
        return markdown
    if not downloads_section.has_marker(markdown):
        raise PluginError(
            f"downloads: {page.file.abs_src_path} has no '{downloads_section.MARKER}' line; "
            "add one to its offline reading section, where the download links belong"
        )
    links = downloads_section.links(lang, _offered) if _offered else ""
    return downloads_section.fill_marker(markdown, links)
