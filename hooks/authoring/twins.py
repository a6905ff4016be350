"""Is an English page really a translation of its Chinese twin? Pure functions on the two texts.

A twin that is only a copy (still mostly Chinese) or that lost, gained or changed a code block
would be published as a translation it is not. The code must be the same in both languages,
in the same order; what a translator rightly changes is left out of the comparison: comments,
the words of echo/printf and `${VAR:?…}` messages, placeholders (`<镜像名>` / `<image>`), and text fences.
"""

from __future__ import annotations

import re

from common.markdown_source import Block, lines_outside_fences, scan
from common.problems import ERROR, Problem

UNTRANSLATED_ABOVE = 0.5  # share of Chinese among the letters of an English page's prose
# Fences whose content is prose or a picture, translated with the page.
TEXT_FENCES = ("", "text", "txt", "plain", "plaintext", "markdown", "md", "mermaid")

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_LATIN = re.compile(r"[A-Za-z]")
_NOT_PROSE = re.compile(r"`[^`]*`|\]\([^)]*\)|<[^>]+>|https?://\S+|\{[^}]*\}")
_PLACEHOLDER = re.compile(r"(?<![<\w])<[^\W\d_][^<>\s]*>")
_MESSAGE = re.compile(r"\b(echo|printf)\b[^;&|)\n]*")
_REQUIRED_MESSAGE = re.compile(r"(\$\{\w+:?\?)[^}]*\}")  # ${VAR:?message shown when VAR is unset}
_SLASH_COMMENT = re.compile(r'"(?:\\.|[^"\\\n])*"|//[^\n]*|/\*.*?\*/', re.S)
_HASH_COMMENT = re.compile(r"""("(?:\\.|[^"\\\n])*"|'[^'\n]*')|(?:^|(?<=\s))#[^\n]*""", re.M)


def chinese_share(markdown: str) -> float:
    """Share of Chinese characters among the letters of the page's prose (code, links, HTML left out)."""
    prose = " ".join(_NOT_PROSE.sub(" ", line) for _, line in lines_outside_fences(markdown))
    han, latin = len(_HAN.findall(prose)), len(_LATIN.findall(prose))
    return han / (han + latin) if han + latin else 0.0


def untranslated(path: str, markdown: str) -> list[Problem]:
    share = chinese_share(markdown)
    if share <= UNTRANSLATED_ABOVE:
        return []
    return [Problem(path, f"looks untranslated ({share:.0%} Chinese): translate the page, then run "
                          "`scripts/translation mark` for it", 1)]


def comparable_code(block: Block) -> str | None:
    """The block's code as the comparison sees it; None for a text fence (translated freely)."""
    lang = block.lang.lower()
    if lang in TEXT_FENCES:
        return None
    text = _PLACEHOLDER.sub("<>", block.text)
    if lang in ("json", "jsonc", "js", "javascript", "ts", "typescript", "go", "java", "c", "cpp", "rust"):
        text = _SLASH_COMMENT.sub(lambda m: m[0] if m[0].startswith('"') else "", text)
    else:
        text = _HASH_COMMENT.sub(lambda m: m[1] or "", text)
    text = _REQUIRED_MESSAGE.sub(r"\1}", _MESSAGE.sub(r"\1", text))
    return "\n".join(" ".join(line.split()) for line in text.split("\n") if line.strip())


def code_differences(original: tuple[str, str], translation: tuple[str, str]) -> list[Problem]:
    """The first place where the translation's code blocks stop matching the original's."""
    (source_path, source), (path, text) = original, translation
    theirs, ours = scan(source), scan(text)
    for index, (want, have) in enumerate(zip(theirs, ours)):
        if want.lang.lower() != have.lang.lower():
            why = f"a ```{have.lang or 'untagged'} block where {source_path}:{want.fence_line} has ```{want.lang or 'untagged'}"
        elif comparable_code(want) != comparable_code(have):
            why = f"its code differs from {source_path}:{want.fence_line} (beyond comments, echo/printf text and placeholders)"
        else:
            continue
        return [Problem(path, f"code block {index + 1} is {why}; the twins must have the same code blocks in "
                              "the same order", have.fence_line, have.fence_col, ERROR, "twin-code")]
    if len(theirs) != len(ours):
        extra = (theirs if len(theirs) > len(ours) else ours)[min(len(theirs), len(ours))]
        where = f"{source_path}:{extra.fence_line}" if len(theirs) > len(ours) else f"{path}:{extra.fence_line}"
        line = ours[-1].fence_line if ours and len(theirs) > len(ours) else extra.fence_line if len(ours) > len(theirs) else 1
        return [Problem(path, f"{len(ours)} code block(s), but {source_path} has {len(theirs)}: the block at {where} "
                              "has no twin; the twins must have the same code blocks in the same order",
                        line, None, ERROR, "twin-code")]
    return []
