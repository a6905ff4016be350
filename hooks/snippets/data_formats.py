"""JSON, JSON with comments (devcontainer.json) and YAML: parsed in-process, never executed."""

from __future__ import annotations

import json
import re

import yaml

from .model import ERROR, Issue

_JSONC_COMMENT = re.compile(r'"(?:\\.|[^"\\\n])*"|//[^\n]*|/\*.*?\*/', re.S)
_JSONC_TRAILING_COMMA = re.compile(r'"(?:\\.|[^"\\\n])*"|,(?=\s*[}\]])', re.S)


def _error_at(text: str, error: json.JSONDecodeError) -> tuple[int, int, str]:
    """(line, col, what) of a JSON error; a trailing comma is reported at the comma itself
    (Python's parser points at the bracket after it)."""
    before = text[:error.pos].rstrip()
    if before.endswith(",") and text[error.pos:error.pos + 1] in "]}":
        comma = len(before) - 1
        line = text.count("\n", 0, comma)
        return line, comma - (text.rfind("\n", 0, comma) + 1), "a trailing comma"
    return error.lineno - 1, error.colno - 1, error.msg


def check_json(text: str) -> list[Issue]:
    try:
        json.loads(text)
    except json.JSONDecodeError as error:
        line, col, what = _error_at(text, error)
        return [Issue(line, col, ERROR, "json", f"{what} (strict JSON: no comments, no trailing commas; use ```jsonc for those)")]
    return []


def strip_jsonc(text: str) -> str:
    """`text` with comments and trailing commas blanked out, every other character in place.
    Comments first: a trailing comma may be followed by one (`"x", // note` then `]`)."""
    def blank(match: re.Match) -> str:
        token = match[0]
        return token if token.startswith('"') else re.sub(r"[^\n]", " ", token)
    return _JSONC_TRAILING_COMMA.sub(blank, _JSONC_COMMENT.sub(blank, text))


def check_jsonc(text: str) -> list[Issue]:
    try:
        json.loads(strip_jsonc(text))
    except json.JSONDecodeError as error:
        return [Issue(error.lineno - 1, error.colno - 1, ERROR, "jsonc", error.msg)]
    return []


def yaml_position(text: str, mark: yaml.Mark | None) -> tuple[int, int]:
    """(line, col) of a YAML mark in the block's own lines. PyYAML also breaks lines at U+0085,
    U+2028 and U+2029, which Markdown keeps inside a line, so its own line count can run past
    the block: the position is counted from the mark's character index instead."""
    if mark is None:
        return 0, 0
    index = min(mark.index, len(text))
    return text.count("\n", 0, index), index - (text.rfind("\n", 0, index) + 1)


def check_yaml(text: str) -> list[Issue]:
    try:
        for _document in yaml.compose_all(text, Loader=yaml.SafeLoader):
            pass  # composing reads the syntax without building objects, so unknown tags (!reference) are fine
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        problem = " ".join(part for part in (error.context, error.problem) if part)
        return [Issue(*yaml_position(text, mark), ERROR, "yaml", problem or str(error))]
    except yaml.YAMLError as error:
        return [Issue(0, 0, ERROR, "yaml", str(error).replace("\n", " "))]
    return []
