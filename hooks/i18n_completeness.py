"""MkDocs hook: refuse to build when a page or title exists in one language only.

The rules live in i18n_parity (pure); this module only reads the config and
the docs folder, and turns problems into one PluginError.
"""

from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.exceptions import PluginError

import i18n_parity

log = logging.getLogger("mkdocs.hooks.i18n_completeness")

# Strings every non-default language must set for itself.
REQUIRED_LANGUAGE_KEYS = ("site_name", "site_description")


def _i18n_config(config):
    plugin = config.plugins.get("i18n")
    if plugin is None:
        raise PluginError("i18n_completeness: the 'i18n' plugin (mkdocs-static-i18n) is not configured in mkdocs.yml")
    return plugin.config


def on_config(config, **_):
    i18n = _i18n_config(config)
    languages = [lang.locale for lang in i18n.languages if lang.build]
    others = [lang for lang in i18n.languages if lang.build and not lang.default]
    docs_dir = Path(config.docs_dir)
    docs_name = Path(config.docs_dir).relative_to(Path(config.config_file_path).parent).as_posix()
    pages = [p.relative_to(docs_dir).as_posix() for p in docs_dir.rglob("*.md")]

    problems = i18n_parity.page_problems(pages, languages, docs_name)
    problems += i18n_parity.nav_problems(config.nav, {lang.locale: lang.nav_translations for lang in others})
    problems += i18n_parity.config_problems(
        {lang.locale: {key: lang[key] for key in REQUIRED_LANGUAGE_KEYS} for lang in others},
        REQUIRED_LANGUAGE_KEYS,
    )
    problems += i18n_parity.palette_problems(config.theme.get("palette"), {lang.locale: lang.theme for lang in others})
    if problems:
        listing = "\n".join(f"  {problem}" for problem in problems)
        raise PluginError(
            f"{len(problems)} page(s) or title(s) exist in one language only:\n{listing}"
        )
    log.debug("i18n completeness: %d pages in %s", len(pages), ", ".join(languages))
    return config
