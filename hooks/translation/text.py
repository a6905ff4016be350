"""What counts as a change to a Chinese page: its fingerprint and its comparable lines.

Pure functions, shared by the build hook (is the English twin stale?) and the
translator command (which lines changed?), so both agree on what a change is.

Whitespace-only edits must not make a translation stale, so:

* in prose (front matter included, since its title and description are
  translated too) every whitespace character is ignored, line breaks
  included: re-wrapping a paragraph, adding blank lines or adding a space
  between 中文 and Latin words changes nothing;
* inside fenced code blocks whitespace can change what the code does (YAML
  and Python indentation, `a b` versus `ab`), so only trailing whitespace,
  blank lines and the indentation of the fence itself (an admonition being
  re-indented) are ignored.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from common.markdown_source import scan

_WHITESPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Line:
    """A non-blank source line: its 1-based number, its text, and what is compared of it."""

    number: int
    text: str
    key: str
    is_code: bool


def _strip_indent(line: str, indent: int) -> str:
    """A code line without its fence's indentation (only as much as is really there)."""
    cut = 0
    while cut < indent and cut < len(line) and line[cut].isspace():
        cut += 1
    return line[cut:].rstrip()


def comparable_lines(text: str) -> list[Line]:
    """Every line that can carry a change, keyed the way it is compared; blank lines are dropped.

    Fenced code blocks are those superfences renders (common.markdown_source)."""
    code_indent: dict[int, int] = {}  # line number -> its block's indentation
    closing: set[int] = set()
    for block in scan(text):
        code_indent.update((number, block.indent) for number in range(block.first_line, block.end_line))
        closing.add(block.end_line)
    lines: list[Line] = []
    source = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    for number, raw in enumerate(source.split("\n"), start=1):
        if number in code_indent:
            key, is_code = _strip_indent(raw, code_indent[number]), True
        elif number in closing:
            key, is_code = raw.strip(), False
        else:
            key, is_code = _WHITESPACE.sub("", raw), False
        if key:
            lines.append(Line(number, raw.rstrip(), key, is_code))
    return lines


def fingerprint(text: str) -> str:
    """sha256 (hex) of the text with whitespace-only differences normalised away.

    Consecutive prose lines are joined with nothing between them, so moving a
    line break inside a paragraph is not a change; code lines stay separate.
    """
    parts: list[str] = []
    prose = ""
    for line in comparable_lines(text):
        if line.is_code:
            if prose:
                parts.append("P" + prose)
                prose = ""
            parts.append("C" + line.key)
        else:
            prose += line.key
    if prose:
        parts.append("P" + prose)
    return hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()
