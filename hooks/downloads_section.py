"""Pure: the download links on a start page, in the page's language.

The start page (docs/index.<lang>.md) marks where they go with a MARKER line;
it describes the offline edition in its own words, this only adds the links.
Kept free of MkDocs imports so the wording and links are unit-tested on plain data.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

DOWNLOADS_URL = "downloads"  # site folder the files are published in
MARKER = "<!-- downloads -->"
_MARKER_LINE = re.compile(rf"^{re.escape(MARKER)}[ \t]*$", re.M)

# Per page language; "pdf" names each edition's PDF in that language.
TEXT = {
    "zh": {
        "lead": "下载：",
        "zip": "离线版（zip，{size}）",
        "pdf": {"zh": "中文版 PDF（{size}）", "en": "英文版 PDF（English，{size}）"},
    },
    "en": {
        "lead": "Download:",
        "zip": "Offline edition (zip, {size})",
        "pdf": {"zh": "Chinese PDF (简体中文, {size})", "en": "English PDF ({size})"},
    },
}


@dataclass(frozen=True)
class Download:
    name: str  # file name under downloads/
    size: int  # bytes
    edition: str | None = None  # language of a PDF; None for the zip


def missing_text(page_languages: list[str], editions: list[str]) -> list[str]:
    """What TEXT lacks for these languages, as "language: key" (empty when complete)."""
    missing = []
    for lang in page_languages:
        strings = TEXT.get(lang)
        if strings is None:
            missing.append(f"{lang}: everything")
            continue
        missing += [f"{lang}: pdf.{edition}" for edition in editions if edition not in strings["pdf"]]
    return missing


def human_size(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB" if size >= 100_000 else f"{max(1, round(size / 1000))} KB"


def links(lang: str, downloads: list[Download]) -> str:
    """Markdown: a lead-in with a stable id, then one link per file. The links are relative to
    the docs root, like the start page itself, so MkDocs checks them and makes them relative
    for each language."""
    strings = TEXT[lang]
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
