"""Pure: the download links on a start page, in the page's language.

The start page (docs/index.<lang>.md) marks where they go with a MARKER line;
it describes the offline edition in its own words, this only adds the links.
Kept free of MkDocs imports so the wording and links are unit-tested on plain data.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from common import ui_text

DOWNLOADS_URL = "downloads"  # site folder the files are published in
MARKER = "<!-- downloads -->"
_MARKER_LINE = re.compile(rf"^{re.escape(MARKER)}[ \t]*$", re.M)


@dataclass(frozen=True)
class Download:
    name: str  # file name under downloads/
    size: int  # bytes
    edition: str | None = None  # language of a PDF; None for the zip


def human_size(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB" if size >= 100_000 else f"{max(1, round(size / 1000))} KB"


def links(lang: str, downloads: list[Download]) -> str:
    """Markdown: a lead-in with a stable id, then one link per file. The links are relative to
    the docs root, like the start page itself, so MkDocs checks them and makes them relative
    for each language."""
    strings = ui_text.strings(lang, "downloads")
    lines = [f"**{strings['lead']}**", "{: #downloads }", ""]
    for item in downloads:
        label = strings["zip"] if item.edition is None else strings["pdf"][item.edition]
        lines.append(f"- [{label.format(size=human_size(item.size))}]({DOWNLOADS_URL}/{item.name})")
    return "\n".join(lines)


def has_marker(markdown: str) -> bool:
    return bool(_MARKER_LINE.search(markdown))


def fill_marker(markdown: str, replacement: str) -> str:
    """The start page with its marker line replaced (by nothing when there is nothing to offer)."""
    return _MARKER_LINE.sub(lambda _: replacement, markdown)
