"""Helpers shared by the snippet-check tests: Markdown rendered exactly as the site renders it."""

from __future__ import annotations

import os
from pathlib import Path

import markdown
from mkdocs.config import load_config
from mkdocs.utils.meta import get_data

from project import ROOT
FIXTURES = ROOT / "tests" / "fixtures" / "snippets"


def site_markdown() -> markdown.Markdown:
    """A Markdown instance configured from the project's mkdocs.yml, as MkDocs builds it."""
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    config = load_config(str(ROOT / "mkdocs.yml"))
    return markdown.Markdown(extensions=config.markdown_extensions, extension_configs=config.mdx_configs)


def read_like_mkdocs(path: Path) -> str:
    with open(path, encoding="utf-8-sig") as handle:
        return handle.read()


def rendered_fences(md: markdown.Markdown, source: str) -> list[tuple[str, str]]:
    """(language, code) of every fence superfences renders on the page, in order.

    Each superfences formatter is swapped for one that records what it is given and
    returns a marker; a fence counts when its marker reaches the final HTML (a fence
    inside an indented code block is formatted, then put back as literal text)."""
    calls: list[tuple[str, str]] = []
    extension = md.preprocessors["fenced_code_block"].extension
    for entry in extension.superfences:
        def record(src="", language="", **_):
            calls.append((language, src))
            return f"<pre>FENCE-MARK-{len(calls) - 1}-END</pre>"
        entry["formatter"] = record
    md.reset()
    html = md.convert(get_data(source)[0])
    return [call for number, call in enumerate(calls) if f"FENCE-MARK-{number}-END" in html]
