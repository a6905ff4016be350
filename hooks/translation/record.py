"""The record an English page keeps of the Chinese text it translates.

It is one line in the page's YAML front matter,

    translated_from: <fingerprint of the Chinese twin, see freshness_text>

written by `scripts/translation mark` when the translator has brought the
English up to date. Reading and writing touch that one line only, so the rest
of the front matter (and the translator's formatting) is never rewritten.
Pure functions on strings; the callers do the file I/O.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

FIELD = "translated_from"
_DELIMITER = re.compile(r"^---[ \t]*$")
_END = re.compile(r"^(?:---|\.\.\.)[ \t]*$")  # YAML front matter may also end with '...'
_FIELD_LINE = re.compile(rf"^{FIELD}[ \t]*:[ \t]*(?P<value>.*?)[ \t]*$")
_FINGERPRINT = re.compile(r"^[0-9a-f]{64}$")
# What `./dev new` writes in a new lesson's English page: not translated yet, on purpose.
PENDING = "pending"


class RecordError(ValueError):
    """The record is there but unusable; `line` is 1-based."""

    def __init__(self, line: int, message: str):
        super().__init__(message)
        self.line = line


@dataclass(frozen=True)
class Record:
    """The recorded fingerprint (None when the page has no record) and the line that holds it or should."""

    fingerprint: str | None
    line: int


def _front_matter_end(lines: list[str]) -> int | None:
    """Index of the line closing the front matter, or None when the page has none."""
    if not lines or not _DELIMITER.match(lines[0].rstrip("\r\n")):
        return None
    for index in range(1, len(lines)):
        if _END.match(lines[index].rstrip("\r\n")):
            return index
    return None


def read_record(text: str) -> Record:
    """The page's record. Raises RecordError for a duplicated or malformed one."""
    lines = text.splitlines()
    end = _front_matter_end(lines)
    if end is None:
        return Record(None, 1)
    found: Record | None = None
    for index in range(1, end):
        match = _FIELD_LINE.match(lines[index])
        if not match:
            continue
        if found is not None:
            raise RecordError(index + 1, f"'{FIELD}' is set twice (also on line {found.line}); keep one")
        value = match["value"].strip("'\"")
        if value != PENDING and not _FINGERPRINT.match(value):
            raise RecordError(
                index + 1,
                f"'{FIELD}: {match['value']}' is not a fingerprint (64 lowercase hex digits) or '{PENDING}'",
            )
        found = Record(value, index + 1)
    return found or Record(None, end + 1)


def write_record(text: str, fingerprint: str) -> str:
    """The page with its record set to `fingerprint`, adding the line (and front matter) if needed."""
    lines = text.splitlines(keepends=True)
    newline = "\r\n" if lines and lines[0].endswith("\r\n") else "\n"
    entry = f"{FIELD}: {fingerprint}{newline}"
    end = _front_matter_end(lines)
    if end is None:
        return f"---{newline}{entry}---{newline}" + text
    fields = [i for i in range(1, end) if _FIELD_LINE.match(lines[i].rstrip("\r\n"))]
    if not fields:
        lines.insert(end, entry)
        return "".join(lines)
    lines[fields[0]] = entry
    for index in reversed(fields[1:]):  # a duplicated record is repaired, not kept
        del lines[index]
    return "".join(lines)
