"""What readers see of translation freshness: the notice on an out-of-date page, and the status page.

Pure: strings in, HTML or Markdown out, in the reader's language (common.ui_text).
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from common import ui_text

from .state import MISSING, SOURCE, PageState

UNCOMMITTED = "uncommitted"  # a page whose working copy differs from its last commit
STATUS_PAGE = "translation-status"  # language-free name of the generated page; its nav entry is in mkdocs.yml


@dataclass(frozen=True)
class Row:
    """One page on the status page; `link` is a Markdown link target, None when the page is not built."""

    title: str
    link: str | None
    state: PageState
    changed: str | None  # a date, UNCOMMITTED, or None when there is no git history


def notice_html(state: PageState, original_url: str, language: str) -> str:
    """The warning put at the top of a translated page that is not current, in the page's language."""
    text = ui_text.strings(language, "notice")
    link = f'<a href="{html.escape(original_url)}" hreflang="{SOURCE}">{html.escape(text["original"])}</a>'
    return (
        f'<div class="admonition warning translation-notice" data-state="{state.state}">\n'
        f'<p class="admonition-title">{html.escape(text.get(f"{state.state} title", text["title"]))}</p>\n'
        f"<p>{html.escape(text[state.state])} {text['read'].format(original=link)}</p>\n</div>\n"
    )


def _cell(text: str) -> str:
    """Text that cannot break out of a table cell or a link's text."""
    return text.replace("|", "\\|").replace("[", "\\[").replace("]", "\\]")


def _state_text(text: dict, state: PageState) -> str:
    if state.state == MISSING:
        return text["missing record"] if state.has_translation else text["missing page"]
    return text[state.state]


def status_markdown(language: str, rows: list[Row], have_history: bool) -> str:
    """The status page in `language`: one table row per page."""
    text = ui_text.strings(language, "status")
    lines = [f"# {text['title']}", "", text["intro"], ""]
    lines.append("| " + " | ".join(text["columns"]) + " |")
    lines.append("| --- | --- | --- |")
    for row in rows:
        page = f"[{_cell(row.title)}]({row.link})" if row.link else _cell(row.title)
        changed = text["unknown"] if row.changed is None else text.get(row.changed, row.changed)
        lines.append(f"| {page} | {_cell(_state_text(text, row.state))} | {changed} |")
    if not have_history:
        lines += ["", text["no history"]]
    return "\n".join(lines) + "\n"
