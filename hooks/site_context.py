"""Facts about the build in progress that several hooks (and tools/offline_edition.py) need.

Which edition is being built, where the project is, and which languages exist:
asked here so each rule lives in one place.
"""

from __future__ import annotations

from pathlib import Path


def is_offline_build(config) -> bool:
    """The offline edition is the build with Material's `offline` plugin enabled (DOCS_OFFLINE=true)."""
    plugin = config.plugins.get("material/offline") or config.plugins.get("offline")
    return bool(plugin is not None and plugin.config.enabled)


def project_root(config) -> Path:
    return Path(config.config_file_path).resolve().parent


def built_languages(config) -> list[tuple[str, str]]:
    """(locale, URL prefix) of every built language, default first: [("zh", ""), ("en", "en/")]."""
    languages = [lang for lang in config.plugins["i18n"].config.languages if lang.build]
    return [
        (lang.locale, "" if lang.default else f"{lang.locale}/")
        for lang in sorted(languages, key=lambda lang: not lang.default)
    ]


def current_language(config) -> tuple[str, str]:
    """(locale, URL prefix) of the language being built; the i18n plugin builds them one by one."""
    i18n = config.plugins["i18n"]
    # Unset until the i18n plugin's own on_config (priority -100) first runs: the default language.
    locale = i18n.current_language or i18n.default_language
    return next(language for language in built_languages(config) if language[0] == locale)
