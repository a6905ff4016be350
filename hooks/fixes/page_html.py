"""Pure fixes to Material's page HTML that no configuration option reaches.

Each one is a small, exact edit; when Material's markup changes so the edit no
longer applies, the caller is told (and the strict build fails) rather than
the fix silently disappearing.
"""

from __future__ import annotations

import html as html_lib
import re

_SEARCH_DIALOG = re.compile(r'<div class="md-search" data-md-component="search" role="dialog"(?P<rest>[^>]*)>')
_SEARCH_INPUT_LABEL = re.compile(r'<input type="text" class="md-search__input"[^>]*\saria-label="(?P<label>[^"]+)"')

# Material expects these <head> links to point at each language's root, from
# where it fetches `sitemap.xml`; mkdocs-static-i18n points them at the page's
# twin instead, so every page fetched `<page>/sitemap.xml` (two 404s in the
# console) and Lighthouse rejected the relative hrefs. The language selector
# links already lead to the twin page, and sitemap.xml lists every page's
# hreflang alternates for search engines, so these links add nothing.
_HEAD_ALTERNATE = re.compile(r'[ \t]*<link rel="alternate" href="[^"]*" hreflang="[^"]*">\r?\n?')


class MarkupChanged(Exception):
    """Material's markup no longer looks as this fix expects."""


def name_search_dialog(html: str) -> str:
    """Give the search dialog an accessible name: the search box's own (translated) label."""
    dialog = _SEARCH_DIALOG.search(html)
    if dialog is None or "aria-label" in dialog["rest"]:
        return html
    label = _SEARCH_INPUT_LABEL.search(html, dialog.end())
    if label is None:
        raise MarkupChanged("the search dialog has no labelled search box after it")
    start, end = dialog.span()
    named = dialog[0][:-1] + f' aria-label="{label["label"]}">'
    return html[:start] + named + html[end:]


def drop_head_alternates(html: str) -> str:
    """Remove the per-page `<link rel="alternate" hreflang>` links from <head>."""
    head_end = html.find("</head>")
    if head_end < 0:
        return html
    return _HEAD_ALTERNATE.sub("", html[:head_end]) + html[head_end:]


_TASK_ITEM = re.compile(
    r'(?P<before><li class="task-list-item">(?:<p>)?<label class="task-list-control"><input type="checkbox")'
    r'(?P<attrs>[^>]*?)(?P<close>/?>)(?P<after><span class="task-list-indicator"></span></label>)'
    r'(?P<text>.*?)(?=</li>|<ul|<ol|</p>)',
    re.DOTALL,
)
_TAG = re.compile(r"<[^>]+>")


def label_task_checkboxes(html: str) -> str:
    """Name each task-list checkbox after its item's text.

    pymdownx.tasklist puts the checkbox in a <label> that holds only a styling
    <span>, so a screen reader announces a nameless "checkbox".
    """

    def named(item: re.Match) -> str:
        if "aria-label" in item["attrs"]:
            return item[0]
        text = " ".join(html_lib.unescape(_TAG.sub("", item["text"])).split())
        label = html_lib.escape(text, quote=True)
        return f'{item["before"]}{item["attrs"]} aria-label="{label}"{item["close"]}{item["after"]}{item["text"]}'

    return _TASK_ITEM.sub(named, html)
