"""Which characters are Chinese (CJK) for typography, and which are full-width punctuation.

One definition for the whole concern: the soft-break rule and the prose check must agree
on what counts as Chinese, or the check would ask for a space the renderer then removes.
"""

from __future__ import annotations

import re

# Ideographs, kana, hangul, bopomofo and their radicals and supplements.
_LETTERS = (
    "\u2e80-\u2fdf"          # CJK radicals, Kangxi radicals
    "\u3040-\u31ff"          # hiragana, katakana, bopomofo, hangul jamo, kanbun, CJK strokes
    "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"  # ideographs
    "\uac00-\ud7af"          # hangul syllables
    "\U00020000-\U0003134f"  # ideographs, supplementary planes
)
# Punctuation set full-width: a Chinese font draws its own space into the glyph.
_PUNCTUATION = (
    "\u3000-\u303f"          # CJK symbols and punctuation: 、。「」《》【】〔〕…
    "\ufe10-\ufe1f\ufe30-\ufe4f"  # vertical and compatibility forms
    "\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65"  # full-width ！（），：；？ …
)
# Full-width letters and digits (ＡＢＣ１２３): wide, but not punctuation.
_FULLWIDTH_ALNUM = "\uff10-\uff19\uff21-\uff3a\uff41-\uff5a"
# Punctuation shared with Latin text: wide next to Chinese, narrow next to Latin.
_SHARED = "\u201c\u201d\u2018\u2019\u2026\u2014\u00b7"  # “ ” ‘ ’ … — ·

_WIDE = re.compile(f"[{_LETTERS}{_PUNCTUATION}{_FULLWIDTH_ALNUM}]")
_FULLWIDTH_PUNCTUATION = re.compile(f"[{_PUNCTUATION}]")
_SHARED_PUNCTUATION = re.compile(f"[{_SHARED}]")
HAS_CJK = re.compile(f"[{_LETTERS}]")


def is_wide(char: str) -> bool:
    """A Chinese (CJK) character or full-width punctuation: set without spaces around it."""
    return bool(_WIDE.match(char))


def is_fullwidth_punctuation(char: str) -> bool:
    return bool(_FULLWIDTH_PUNCTUATION.match(char))


def joins_without_space(before: str, after: str) -> bool:
    """Whether two characters on either side of a line break belong together with no space.

    Chinese beside Chinese, and full-width punctuation beside anything, join: Chinese is
    written without spaces and a full-width mark carries its own. Chinese beside Latin
    letters or digits keeps the space (the house rule); so do quotes, dashes and ellipses
    shared with Latin text unless Chinese is on their other side.
    """
    if not before or not after:
        return False
    if is_wide(before) and is_wide(after):
        return True
    if is_fullwidth_punctuation(before) or is_fullwidth_punctuation(after):
        return True
    return bool(
        _SHARED_PUNCTUATION.match(before) and is_wide(after)
        or is_wide(before) and _SHARED_PUNCTUATION.match(after)
    )
