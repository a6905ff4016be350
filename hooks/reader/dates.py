"""Pure: how a reader sees when a page last changed (the date itself comes from common.git_history)."""

from __future__ import annotations

from datetime import datetime
from html import escape

from babel.dates import format_date

# Languages whose punctuation is full-width.
_FULL_WIDTH = ("zh", "ja")


def last_updated_html(when: datetime, locale: str, label: str) -> str:
    """'最后更新：<time datetime="2025-11-27">2025年11月27日</time>', in the page's language."""
    day = when.date()
    separator = "：" if locale.startswith(_FULL_WIDTH) else ": "
    shown = format_date(day, format="long", locale=locale.replace("-", "_"))
    return f'{escape(label)}{separator}<time datetime="{day.isoformat()}">{escape(shown)}</time>'
