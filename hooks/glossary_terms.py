"""MkDocs hook: glossary.yml becomes the glossary page's table and every page's hover tooltips.

Tooltips are set per page in the page's own language. Python-Markdown's abbr
extension (what pymdownx.snippets auto-append feeds) takes one list for the
whole site and cannot match terms inside Chinese text, hence this hook; see
glossary.tooltips for the matching rules.
"""

from __future__ import annotations

import logging

from mkdocs.exceptions import PluginError

from common import context
from common.markdown_source import SourceError, read_source
from glossary import entries as glossary
from glossary.tooltips import GlossaryTooltips

log = logging.getLogger("mkdocs.hooks.glossary_terms")

GLOSSARY_FILE = glossary.GLOSSARY_FILE
# Where a glossary page wants the table of its language.
TABLE_MARKER = "<!-- glossary-table -->"

_state: dict = {}


def on_config(config, **_):
    path = context.project_root(config) / GLOSSARY_FILE
    if not path.is_file():
        raise PluginError(f"{GLOSSARY_FILE} is missing next to mkdocs.yml: the glossary and the tooltips are built from it")
    try:
        _state["entries"] = glossary.parse(read_source(path, GLOSSARY_FILE), GLOSSARY_FILE)
    except (glossary.GlossaryError, SourceError) as exc:
        raise PluginError(str(exc)) from None
    extension = next((e for e in config.markdown_extensions if isinstance(e, GlossaryTooltips)), None)
    if extension is None:
        extension = GlossaryTooltips()
        config.markdown_extensions.append(extension)
    _state["extension"] = extension
    return config


def on_page_markdown(markdown, page, config, **_):
    lang = context.languages(config).current
    entries = _state["entries"]
    definitions = _state["extension"].definitions
    definitions.clear()
    if TABLE_MARKER in markdown:
        # The glossary page itself needs no tooltips: every definition is on screen.
        return markdown.replace(TABLE_MARKER, glossary.table(entries, lang))
    definitions.update(glossary.tooltips(entries, lang))
    return markdown
