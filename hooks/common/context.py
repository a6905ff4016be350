"""One answer, the same everywhere, to "what is this build?".

mkdocs-static-i18n builds the default language at the site root, then every other
language again into `<locale>/`, reusing one MkDocs config and running every event
again for each language (the nested builds start from its on_post_build). Hooks
that treat languages differently, or that keep state for one build run, ask here.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from mkdocs.exceptions import PluginError

from .markdown_source import SourceError, read_source
from .page_names import split_language

I18N_PLUGIN = "i18n"


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

    @property
    def is_default(self) -> bool:
        """The default language's build: the first of a run, the one that sees the whole docs folder first."""
        return self.current == self.default


def i18n_plugin(config):
    """The mkdocs-static-i18n plugin instance; a clear error when mkdocs.yml lacks it."""
    plugin = config.plugins.get(I18N_PLUGIN)
    if plugin is None:
        raise PluginError(f"the '{I18N_PLUGIN}' plugin (mkdocs-static-i18n) is not configured in mkdocs.yml")
    return plugin


def languages(config) -> Languages:
    plugin = i18n_plugin(config)
    built = tuple(lang.locale for lang in plugin.config.languages if lang.build)
    default = plugin.default_language
    # static-i18n sets current_language in its own on_config (priority -100); before
    # that, on the first build of a run, the default language is the one being built.
    return Languages(default=default, built=built, current=plugin.current_language or default)


def in_nested_build(config) -> bool:
    """This is one of the builds static-i18n runs for the other languages from inside the first."""
    return bool(getattr(i18n_plugin(config), "building", False))


def starts_run(config) -> bool:
    """This is the outermost build of a run (the default language's), not a nested one. True
    until static-i18n's own on_config has run, and in every event of the first language's build."""
    return languages(config).is_default and not in_nested_build(config)


def project_root(config) -> Path:
    return Path(config.config_file_path).resolve().parent


def docs_label(config) -> str:
    """How the docs folder is shown in messages: 'docs', relative to the project."""
    docs = Path(config.docs_dir).resolve()
    try:
        return docs.relative_to(project_root(config)).as_posix()
    except ValueError:
        return docs.as_posix()


def is_offline_build(config) -> bool:
    """The offline edition is the build with Material's `offline` plugin enabled (DOCS_OFFLINE=true)."""
    plugin = config.plugins.get("material/offline") or config.plugins.get("offline")
    return bool(plugin is not None and plugin.config.enabled)


# A build writing into a partial folder that will replace site/ (publishing.py): partial -> site/.
_published: dict[str, Path] = {}


def publishing_into(partial: Path, site: Path) -> None:
    _published[str(partial)] = site


def published_site_dir(config) -> Path:
    """The folder this build's site will be published as: site_dir, or the site/ its partial
    folder replaces. Messages name files as a reader of the published site finds them."""
    return _published.get(str(Path(config.site_dir)), Path(config.site_dir))


@dataclass(frozen=True)
class SourcePage:
    base: str  # without the language suffix: 'dockerfile/run'
    lang: str
    shown: str  # as people see the path: 'docs/dockerfile/run.zh.md'
    text: str


def source_pages(files, config) -> Iterator[SourcePage]:
    """Every page written in docs/ with a language suffix, read as MkDocs reads it. A page
    that is not UTF-8 is skipped: authoring_checks reports it, once."""
    label = docs_label(config)
    for file in files.documentation_pages():
        base, lang = split_language(file.src_uri)
        if file.generated_by or lang is None:
            continue
        shown = f"{label}/{file.src_uri}"
        try:
            yield SourcePage(base, lang, shown, read_source(file.abs_src_path, shown))
        except SourceError:
            continue
