"""MkDocs hook: syntax-check every code block of every language before anything is written.

The check runs in on_pre_build, which MkDocs calls before it cleans site_dir, so a failed
check leaves the previous site/ untouched. mkdocs-static-i18n builds the other languages
from inside the first build's on_post_build (after that language's pages are written), so
the first on_pre_build checks the pages of all languages at once, straight from docs_dir,
and the nested builds, which reuse the same config object, skip it. mkdocs serve reloads
the config (and this module) on every change, so each rebuild checks again, and the cache
makes that cost only the changed snippets.
"""

from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.exceptions import PluginError

from snippets.cache import Cache
from snippets.checkers.tools import CheckerError
from snippets.engine import check_paths
from snippets.model import ERROR
from snippets.options import Options
from snippets.report import summary

log = logging.getLogger("mkdocs.hooks.snippet_check")

CACHE_DIR = ".cache/snippet-check"
_checked_config = None  # the config of the build run already checked (the i18n sub-builds share it)


def on_config(config, **_):
    try:
        Options.from_mapping(config.extra.get("snippet_check"))
    except ValueError as error:
        raise PluginError(f"mkdocs.yml: {error}") from None
    return config


def on_pre_build(config, **_):
    global _checked_config
    if _checked_config is config:
        return
    _checked_config = config
    root = Path(config.config_file_path).parent
    options = Options.from_mapping(config.extra.get("snippet_check"))
    try:
        result = check_paths([Path(config.docs_dir)], root, options, Cache(root / CACHE_DIR))
    except CheckerError as error:
        raise PluginError(f"snippet check cannot run: {error}") from None
    for finding in result.findings:
        (log.error if finding.severity == ERROR else log.warning)(str(finding))
    line = summary(result)
    if result.errors or (result.warnings and config.strict):
        raise PluginError(line)  # stop before site_dir is cleaned
    log.info(line)
