"""Characters a Chinese keyboard (or a word processor) slips into commands.

`docker run -p 8080：80`, `$（pwd）`, a curly quote or an ideographic space all look
right on screen and break the command. They are errors only in shell code: inside a
string, a comment or a here-document they are just text.
"""

from __future__ import annotations

import unicodedata

from .model import ERROR, Issue
from .shell_lexer import code_mask

CODE = "CJK001"

# Punctuation outside the full-width block (U+FF01-FF5E, handled by arithmetic below).
_REPLACEMENTS = {
    "\u3001": ",",  # 、 ideographic comma
    "\u3002": ".",  # 。 ideographic full stop
    "\u3008": "<", "\u3009": ">", "\u300a": "<", "\u300b": ">",  # 〈〉《》
    "\u300c": '"', "\u300d": '"', "\u300e": '"', "\u300f": '"',  # 「」『』
    "\u3010": "[", "\u3011": "]",  # 【】
    "\u201c": '"', "\u201d": '"', "\u201e": '"',  # curly double quotes
    "\u2018": "'", "\u2019": "'", "\u201a": "'",  # curly single quotes
    "\u2013": "-", "\u2014": "-", "\u2212": "-",  # en dash, em dash (an IME's `--`), minus sign
    "\u2026": "...",  # … ellipsis
}
_INVISIBLE = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"}  # zero-width characters


def replacement(char: str) -> str | None:
    """The ASCII the author meant, '' for an invisible character, None when `char` is no trap."""
    point = ord(char)
    if 0xFF01 <= point <= 0xFF5E:  # full-width forms of ASCII: ： ， ； （ ） ！ ＝ ８ ...
        return chr(point - 0xFEE0)
    if char in _REPLACEMENTS:
        return _REPLACEMENTS[char]
    if char in _INVISIBLE:
        return ""
    if char != " " and unicodedata.category(char) == "Zs":  # U+3000, no-break and other spaces
        return " "
    return None


def describe(char: str, ascii_text: str) -> str:
    name = unicodedata.name(char, "UNNAMED CHARACTER")
    shown = f"'{char}' " if unicodedata.category(char) not in ("Zs", "Cf") else ""
    fix = f"type ASCII '{ascii_text}' instead" if ascii_text else "delete it"
    return f"{shown}(U+{ord(char):04X} {name}) in shell code, as a Chinese input method types it; {fix}"


def find_traps(text: str) -> list[Issue]:
    """One error per trap character found in the code parts of a shell snippet."""
    mask = code_mask(text)
    issues = []
    line = col = 0
    for index, char in enumerate(text):
        if char == "\n":
            line, col = line + 1, 0
            continue
        if mask[index] and ord(char) > 127:
            ascii_text = replacement(char)
            if ascii_text is not None:
                issues.append(Issue(line, col, ERROR, CODE, describe(char, ascii_text)))
        col += 1
    return issues
