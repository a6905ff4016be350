"""MkDocs hook: each language searches only its own pages.

Writes `search/search_index.json` (default language) and `<locale>/search/search_index.json`
(every other language) from the entries Material's search plugin collected, and
rebases the pages of other languages so their search loads their own index
(see common.material_theme). The splitting rules live in search.split (pure).
"""

from __future__ import annotations

import logging
from pathlib import Path

import jieba
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from common import context, priorities
from common.material_theme import ConfigScriptMissing, rebase
from search import split

log = logging.getLogger("mkdocs.hooks.search_per_language")

INDEX_PATH = "search/search_index.json"


def _search_plugin(config):
    plugin = config.plugins.get("material/search") or config.plugins.get("search")
    return plugin if plugin is not None and getattr(plugin, "search_index", None) is not None else None


def _lunr_supported(config) -> set[str]:
    """Languages Material ships a lunr.js plugin for (the worker loads lunr.<lang>.min.js)."""
    scripts = (Path(d) / "assets" / "javascripts" / "lunr" / "min" for d in config.theme.dirs)
    return {path.name.split(".")[1] for d in scripts for path in d.glob("lunr.*.min.js")} | {"en"}


def on_post_page(output, page, config, **_):
    languages = context.languages(config)
    if languages.current == languages.default:
        return output
    try:
        return rebase(output, languages.current_prefix)
    except ConfigScriptMissing as error:
        raise PluginError(f"search_per_language: {page.file.src_uri}: {error}; "
                          f"the per-language search cannot point this page at its own index") from None


# In static-i18n's last on_post_build it has built every language, merged their entries
# into the search plugin and written the merged index we replace here.
@event_priority(priorities.SEARCH_INDEXES)
def on_post_build(config, **_):
    plugin = _search_plugin(config)
    if plugin is None or not plugin.config.enabled:
        return
    languages = context.languages(config)
    groups = split.split_entries(
        plugin.search_index.entries, {locale: languages.prefix(locale) for locale in languages.built}
    )
    supported = _lunr_supported(config)
    for locale, docs in groups.items():
        if not docs:  # that language is not built yet in this run
            continue
        path = Path(config.site_dir) / languages.prefix(locale) / INDEX_PATH
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(split.index_json(
            split.with_inner_words(docs, jieba.cut_for_search),
            lang=split.lunr_languages(locale, supported),
            separator=plugin.config.separator,  # mkdocs.yml's: the same for every language
            pipeline=plugin.config.pipeline,
            fields=plugin.config.fields,
        ), encoding="utf-8")
        log.debug("search index for '%s': %d entries in %s", locale, len(docs), path)
