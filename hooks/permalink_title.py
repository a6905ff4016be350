"""MkDocs hook: the heading permalink's tooltip in the page's language.

`toc.permalink_title` is one string for the whole site ("Permanent link"), but
the Markdown processor is created anew for every page from `mdx_configs`, so
setting it per page gives each language its own.
"""

from __future__ import annotations

import site_languages

TITLES = {"zh": "本节链接", "en": "Link to this section"}


def on_page_markdown(markdown, page, config, **_):
    lang = site_languages.languages(config).current
    config.mdx_configs.setdefault("toc", {})["permalink_title"] = TITLES.get(lang, TITLES["en"])
    return markdown
