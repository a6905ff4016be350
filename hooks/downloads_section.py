"""Pure: the start page's "read offline" section, in the page's language.

Kept free of MkDocs imports so the wording and links are unit-tested on plain data.
"""

from __future__ import annotations

from dataclasses import dataclass

DOWNLOADS_URL = "downloads"  # site folder the files are published in

# Per page language. "pdf" names each edition's PDF in that language.
TEXT = {
    "zh": {
        "heading": "离线阅读",
        "zip": "离线版网站（zip，{size}）",
        "zip_how": "：解压后用浏览器打开其中的 `index.html`（英文版是 `en/index.html`），"
                   "搜索和语言切换都不需要联网。",
        "pdf": {"zh": "中文版 PDF（{size}）", "en": "英文版 PDF（English，{size}）"},
        "pdf_how": "：整本笔记，带目录和页码，适合打印。",
    },
    "en": {
        "heading": "Read offline",
        "zip": "Offline website (zip, {size})",
        "zip_how": ": unzip it and open `index.html` in a browser (English: `en/index.html`); "
                   "search and the language switch work without a network.",
        "pdf": {"zh": "Chinese PDF (简体中文, {size})", "en": "English PDF ({size})"},
        "pdf_how": ": the whole notebook with contents and page numbers, ready to print.",
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


def section(lang: str, downloads: list[Download]) -> str:
    """Markdown for the end of a start page. Links are relative to the docs root, like the
    start page itself, so MkDocs checks them and makes them relative for each language."""
    strings = TEXT[lang]
    lines = [f"## {strings['heading']} {{#downloads}}", ""]
    for item in downloads:
        size = human_size(item.size)
        if item.edition is None:
            label, how = strings["zip"].format(size=size), strings["zip_how"]
        else:
            label, how = strings["pdf"][item.edition].format(size=size), strings["pdf_how"]
        lines.append(f"- [{label}]({DOWNLOADS_URL}/{item.name}){how}")
    return "\n".join(lines) + "\n"
