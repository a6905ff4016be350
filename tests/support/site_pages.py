"""The pages of a built site, as URL paths a browser visits."""

from __future__ import annotations

from pathlib import Path


def url_path(site: Path, html: Path) -> str:
    """site/en/containers/index.html -> /en/containers/ ; site/404.html -> /404.html"""
    rel = html.relative_to(site).as_posix()
    if rel == "index.html":
        return "/"
    if rel.endswith("/index.html"):
        return "/" + rel[: -len("index.html")]
    return "/" + rel


def html_pages(site: Path) -> list[str]:
    """Every HTML page of the site, both languages, 404 pages included, in a stable order."""
    return sorted(url_path(site, page) for page in site.rglob("*.html"))


def lesson_pages(site: Path, language_prefix: str = "") -> list[Path]:
    """HTML files of one language's lessons: not the start page, the glossary or the 404 page.

    `language_prefix` is "" for Chinese (the site root) or "en" for English.
    """
    root = site / language_prefix if language_prefix else site
    skip_top = {"index.html", "404.html", "glossary", "search", "assets", "en", "downloads"}
    return sorted(
        page for page in root.rglob("index.html")
        if page.relative_to(root).parts[0] not in skip_top
    )
