"""The page `mkdocs serve` shows after a rebuild failed: what went wrong, in the reader's language.

MkDocs leaves every request waiting after a failed rebuild ("the server will appear stuck
until build errors are resolved"); the preview answers instead, with this page for every
page URL, listing the problems the build reported (file:line:col and message). It reloads
itself, through MkDocs' own live-reload script, on the first good rebuild. It stands alone:
after a failed build the site folder may hold no stylesheet to link.
"""

from __future__ import annotations

import html

from common import ui_text

_STYLE = (
    "body{font:16px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;color:#1a1a1a}"
    "h1{font-size:1.5rem;color:#a40000}ol{padding-left:1.5rem}"
    "li{margin:.4rem 0;font-family:ui-monospace,monospace;font-size:.9rem;white-space:pre-wrap;word-break:break-word}"
    ".warning{color:#6b4e00}@media(prefers-color-scheme:dark){body{background:#1e1e1e;color:#eee}"
    "h1{color:#ff8a80}.warning{color:#ffd180}}"
)


def language_of(path: str, mount: str, languages: list[str], default: str) -> str:
    """The page language of a requested URL path: its language prefix, else the default."""
    rest = path[len(mount):] if path.startswith(mount) else path.lstrip("/")
    return next((lang for lang in languages if lang != default and (rest + "/").startswith(f"{lang}/")), default)


def page(lang: str, problems: list[tuple[str, str]]) -> bytes:
    """(level, message) problems as a whole HTML page in `lang`."""
    text = ui_text.strings(lang, "preview")
    items = "\n".join(f'<li class="{html.escape(level)}">{html.escape(message)}</li>' for level, message in problems)
    listing = f"<ol>\n{items}\n</ol>" if problems else f"<p>{html.escape(text['no details'])}</p>"
    return (
        f'<!doctype html>\n<html lang="{html.escape(lang)}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta name="viewport" content="width=device-width,initial-scale=1">\n'
        f"<title>{html.escape(text['title'])}</title>\n<style>{_STYLE}</style>\n</head>\n<body>\n"
        f"<h1>{html.escape(text['title'])}</h1>\n<p>{html.escape(text['lead'])}</p>\n{listing}\n</body>\n</html>\n"
    ).encode("utf-8")


def is_page_request(path: str) -> bool:
    return path.endswith("/") or path.endswith(".html")
