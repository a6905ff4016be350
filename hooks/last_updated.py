"""MkDocs hook: every page shows when it last changed, in its own language.

The dates come from one `git log` over the docs folder per build; a page without
git history (a source tarball, a file not committed yet) shows its file's
modification date instead, and the build says so once. Material renders
`page.meta.revision_date` at the end of the page. Parsing and wording live in page_dates (pure).
"""

from __future__ import annotations

import logging
import subprocess
from datetime import datetime, timezone
from pathlib import Path

import material_text
import page_dates
import site_languages

log = logging.getLogger("mkdocs.hooks.last_updated")

# Source path -> last change; filled in the default language's build, reused by the others.
_dates: dict[str, datetime] = {}
# Locale -> Material's "Last update" label. Looking it up compiles Material's language
# template (~10 ms), so once per language and build, not once per page.
_labels: dict[str, str] = {}


def _git_dates(docs_dir: str) -> tuple[dict[str, datetime], str]:
    """Dates from git, and why there are none when that is the case."""
    try:
        proc = subprocess.run(page_dates.GIT_LOG, cwd=docs_dir, capture_output=True, text=True, timeout=60)
    except FileNotFoundError:
        return {}, "git is not installed"
    if proc.returncode != 0:
        return {}, (proc.stderr.strip().splitlines() or ["git log failed"])[0]
    return page_dates.parse_git_log(proc.stdout), "not committed yet"


def on_files(files, config, **_):
    _labels.clear()
    languages = site_languages.languages(config)
    if languages.current != languages.default:
        return files
    dates, reason = _git_dates(config.docs_dir)
    _dates.clear()
    without_history = 0
    for file in files.documentation_pages():
        if file.generated_by or not file.abs_src_path:
            continue
        if file.src_uri not in dates:
            without_history += 1
            dates[file.src_uri] = datetime.fromtimestamp(Path(file.abs_src_path).stat().st_mtime, timezone.utc)
        _dates[file.src_uri] = dates[file.src_uri]
    if without_history:
        log.info("last updated: git has no date for %d page(s) (%s); they show their file modification date",
                 without_history, reason)
    return files


def on_page_context(context, page, config, **_):
    when = _dates.get(page.file.src_uri)
    if when is not None:
        locale = site_languages.languages(config).current
        if locale not in _labels:
            _labels[locale] = material_text.translation(config, locale, "source.file.date.updated")
        label = _labels[locale]
        page.meta["revision_date"] = page_dates.last_updated_html(when, locale, label)
    return context
