"""The Markdown sources of the notebook, and where each one is published."""

from __future__ import annotations

from pathlib import Path

from project import ROOT

DOCS = ROOT / "docs"
DEFAULT_LANGUAGE = "zh"


def sources(lang: str) -> list[Path]:
    """Every page of one language, e.g. docs/dockerfile/run.en.md, in a stable order."""
    return sorted(DOCS.rglob(f"*.{lang}.md"))


def page_url(source: Path) -> str:
    """docs/dockerfile/run.en.md -> /en/dockerfile/run/ ; docs/index.zh.md -> /"""
    stem, lang = source.relative_to(DOCS).as_posix()[: -len(".xx.md")], source.name.split(".")[-2]
    path = "" if stem == "index" else stem.removesuffix("/index") + "/"
    return ("/" if lang == DEFAULT_LANGUAGE else f"/{lang}/") + path
