"""A page's front matter must be what MkDocs can read: otherwise MkDocs publishes it as page text.

MkDocs takes a `---` line, YAML, then `---` or `...` at the top of a page as its metadata, but
only when the YAML parses into a mapping; anything else it silently leaves in the page, and the
reader sees the raw lines. Pure: the text in, the problems out.
"""

from __future__ import annotations

import re

import yaml

from common.problems import ERROR, Problem

_OPEN = re.compile(r"\A-{3}[ \t]*\n")
_BLOCK = re.compile(r"\A-{3}[ \t]*\n(.*?\n)(?:\.{3}|-{3})[ \t]*\n", re.S)  # MkDocs' own pattern (utils.meta)


def check(path: str, text: str) -> list[Problem]:
    text = text.lstrip("\ufeff").replace("\r\n", "\n")
    if not _OPEN.match(text):
        return []
    block = _BLOCK.match(text)
    if block is None:
        return [Problem(path, "the front matter opened here is never closed: end it with a `---` line (MkDocs would "
                              "show every line of the page, front matter included, as text)", 1, 1, ERROR, "front-matter")]
    try:
        data = yaml.safe_load(block[1])
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 2 if mark else 2  # the YAML starts on the page's second line
        col = mark.column + 1 if mark else 1
        what = getattr(error, "problem", None) or str(error).split("\n")[0]
        return [Problem(path, f"the front matter is not valid YAML ({what}): MkDocs would publish it as page text; "
                              "fix the YAML (quote values that contain ': ' or start with a special character)",
                        line, col, ERROR, "front-matter")]
    if data is not None and not isinstance(data, dict):
        return [Problem(path, "the front matter must be YAML `key: value` lines: MkDocs publishes anything else "
                              "as page text", 2, 1, ERROR, "front-matter")]
    return []
