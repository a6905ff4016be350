"""What readers see of translation freshness: the notice on an out-of-date English page, and the status page.

Pure: strings in, HTML or Markdown out, in the reader's language.
"""

from __future__ import annotations

import html
from dataclasses import dataclass

from freshness_git import UNCOMMITTED
from freshness_state import CURRENT, MISSING, SOURCE, STALE, PageState

STATUS_PAGE = "translation-status"  # language-free name of the generated page; its nav entry is in mkdocs.yml

_NOTICE_REASON = {
    STALE: "The Chinese original of this page has changed since this English translation was last "
           "brought up to date, so parts of it may be out of date.",
    MISSING: "This English translation does not record which version of the Chinese original it follows, "
             "so it may be out of date.",
}

TEXT = {
    "zh": {
        "title": "翻译状态",
        "intro": "中文是原文，英文是译文。下表列出每个页面的英文译文是否跟得上中文："
                 "**最新**：英文译自当前的中文；"
                 "**过时**：翻译之后中文又改过，英文页顶部会提示读者；"
                 "**缺失**：还没有英文译文，或者英文页没有记录译自哪个中文版本。"
                 "本页在每次构建网站时生成。",
        "columns": ("页面", "英文译文", "中文最后修改"),
        CURRENT: "最新",
        STALE: "过时",
        "missing page": "缺失：还没有英文页",
        "missing record": "缺失：没有记录译自哪个中文版本",
        UNCOMMITTED: "尚未提交",
        "unknown": "未知",
        "no history": "这份副本没有 git 历史，所以不知道中文的修改日期；译文状态仍然准确。",
    },
    "en": {
        "title": "Translation status",
        "intro": "Chinese is the original and English the translation. The table shows whether each page's "
                 "English translation keeps up with the Chinese: "
                 "**current**: translated from the Chinese as it is now; "
                 "**stale**: the Chinese has changed since, and the English page warns its readers; "
                 "**missing**: there is no English translation yet, or it does not record which version "
                 "of the Chinese it follows. This page is generated every time the site is built.",
        "columns": ("Page", "English translation", "Chinese last changed"),
        CURRENT: "current",
        STALE: "stale",
        "missing page": "missing: no English page yet",
        "missing record": "missing: no record of the Chinese version it follows",
        UNCOMMITTED: "not yet committed",
        "unknown": "unknown",
        "no history": "This copy of the notebook has no git history, so when the Chinese changed is unknown; "
                      "the translation states are still exact.",
    },
}


@dataclass(frozen=True)
class Row:
    """One page on the status page; `link` is a Markdown link target, None when the page is not built."""

    title: str
    link: str | None
    state: PageState
    changed: str | None  # a date, UNCOMMITTED, or None when there is no git history


def notice_html(state: PageState, original_url: str) -> str:
    """The warning put at the top of an English page that is not current."""
    return (
        f'<div class="admonition warning translation-notice" data-state="{state.state}">\n'
        f'<p class="admonition-title">This translation may be out of date</p>\n'
        f"<p>{html.escape(_NOTICE_REASON[state.state])} "
        f'Read the <a href="{html.escape(original_url)}" hreflang="{SOURCE}">Chinese original</a> '
        f"for the latest version.</p>\n</div>\n"
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
    text = TEXT[language]
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
