"""Pure: when each page last changed (from one `git log` over the docs), and how a reader sees it."""

from __future__ import annotations

from datetime import datetime
from html import escape

from babel.dates import format_date

# One call for the whole docs folder, run inside it: for each commit a record
# separator, its author date, then the paths it touched relative to the folder.
# Author dates: they keep the day a change was written when branches are rebased.
GIT_LOG = ("git", "log", "--no-renames", "--format=%x1e%aI", "--name-only", "--relative", "-z", "--", ".")

# Languages whose punctuation is full-width.
_FULL_WIDTH = ("zh", "ja")


def parse_git_log(output: str) -> dict[str, datetime]:
    """Path -> the latest author date among the commits that touched it."""
    latest: dict[str, datetime] = {}
    for record in output.split("\x1e")[1:]:
        date, *paths = record.split("\0")
        when = datetime.fromisoformat(date.strip())
        for path in (p.strip("\n") for p in paths):
            if path and (path not in latest or when > latest[path]):
                latest[path] = when
    return latest


def last_updated_html(when: datetime, locale: str, label: str) -> str:
    """'最后更新：<time datetime="2025-11-27">2025年11月27日</time>', in the page's language."""
    day = when.date()
    separator = "：" if locale.startswith(_FULL_WIDTH) else ": "
    shown = format_date(day, format="long", locale=locale.replace("-", "_"))
    return f'{escape(label)}{separator}<time datetime="{day.isoformat()}">{escape(shown)}</time>'
