"""What mkdocs-static-i18n knows about the site's languages, for our hooks.

static-i18n builds the default language at the site root, then every other
language again into `<locale>/`, reusing one MkDocs config. Hooks that treat
languages differently ask here which language is being built and where it lives.
"""

from __future__ import annotations

from dataclasses import dataclass

from mkdocs.exceptions import PluginError


@dataclass(frozen=True)
class Languages:
    default: str
    built: tuple[str, ...]
    current: str

    def prefix(self, locale: str) -> str:
        """URL prefix of a language inside the site: '' for the default, 'en/' for English."""
        return "" if locale == self.default else f"{locale}/"

    @property
    def current_prefix(self) -> str:
        return self.prefix(self.current)


def languages(config) -> Languages:
    plugin = config.plugins.get("i18n")
    if plugin is None:
        raise PluginError("the 'i18n' plugin (mkdocs-static-i18n) is not configured in mkdocs.yml")
    built = tuple(lang.locale for lang in plugin.config.languages if lang.build)
    default = plugin.default_language
    # static-i18n sets current_language in its own on_config (priority -100); before
    # that, on the first build, the default language is the one being built.
    return Languages(default=default, built=built, current=plugin.current_language or default)
