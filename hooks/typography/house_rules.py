"""The house rules for prose, per language, and the one door to autocorrect.

autocorrect (huacnlee/autocorrect; its Python binding `autocorrect-py`, pinned in
requirements.txt) knows the rules; this module says which of them the notes follow in
which language (the README's "House rules" list them for authors) and runs them.

Chinese pages follow autocorrect's rules except:
- `space-bracket`: its fix for `中文(注释)` is `中文 (注释)`, but a Chinese sentence puts
  its asides in full-width （）, and ASCII brackets belong to Latin text (`namespaces(7)`);
- `halfwidth-punctuation`: it takes any stretch without a Chinese character for English,
  so it would rewrite the Chinese list punctuation between cited English titles
  (`Docker Docs：[docker build](…)、[docker run](…)`) into `: ` and `, `;
- `spellcheck`: it only fixes the capitalization of a fixed word list, which would
  rewrite command names written in lower case on purpose.
They also follow the one house rule autocorrect has no rule for: quotations in “…”.

English pages follow only the rules about English text: no full-width punctuation in an
English sentence, no full-width letters or digits. autocorrect's other rules are about
Chinese next to other text, and would misfire on an English page: a Chinese word in an
English sentence would make `no-space-fullwidth-quote` glue “quotes” to the words around.
They are also written in American spelling, as Docker's own documentation is: the British
forms are those of codespell's en-GB_to_en-US dictionary (codespell, pinned in
requirements.txt), except in a cited source's title (a link to another site), which keeps
its own spelling.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable

from .cjk import HAS_CJK

# Every rule autocorrect 2.14 has, with what it asks of a writer.
RULES: dict[str, str] = {
    "space-word": "a space between Chinese and Latin letters or digits",
    "space-punctuation": "a space around - | + between Chinese words",
    "space-bracket": "a space between Chinese and ASCII brackets",
    "space-dash": "a space around a dash between Chinese words",
    "space-backticks": "a space between Chinese and inline code",
    "fullwidth": "full-width punctuation in a Chinese sentence",
    "no-space-fullwidth": "no space beside full-width punctuation",
    "no-space-fullwidth-quote": "no space beside quotation marks in a Chinese sentence",
    "halfwidth-word": "ASCII letters and digits, not full-width ones",
    "halfwidth-punctuation": "ASCII punctuation in an English sentence",
    "spellcheck": "the usual spelling of a known word",
}
# Ours: the house style for quotations in Chinese, which autocorrect leaves alone, and one
# spelling for English.
QUOTE_MARKS = "quote-marks"
AMERICAN_SPELLING = "american-spelling"
OUR_RULES: dict[str, str] = {
    QUOTE_MARKS: "Chinese quotations in “…” (‘…’ inside), not 「…」 or ASCII quotes",
    AMERICAN_SPELLING: "American spelling, as in Docker's documentation",
}
# Rules that leave cited titles alone (typography.prose.Segment.cited).
NOT_IN_CITED_TITLES = frozenset({AMERICAN_SPELLING})

HOUSE_RULES: dict[str, tuple[str, ...]] = {
    "zh": (
        "space-word", "space-punctuation", "space-dash", "space-backticks", "fullwidth",
        "no-space-fullwidth", "no-space-fullwidth-quote", "halfwidth-word", QUOTE_MARKS,
    ),
    "en": ("halfwidth-word", "halfwidth-punctuation", AMERICAN_SPELLING),
}


# Corner brackets, and ASCII double quotes around text with Chinese in it.
_CORNER_QUOTES = str.maketrans("「」『』", "“”‘’")
_ASCII_QUOTED = re.compile(r'"([^"\n]+)"')


def quote_marks(text: str) -> str:
    """`text` with its Chinese quotations in “…”."""
    text = text.translate(_CORNER_QUOTES)
    return _ASCII_QUOTED.sub(lambda m: f"“{m[1]}”" if HAS_CJK.search(m[1]) else m[0], text)


_WORD = re.compile(r"[A-Za-z]+")


def american_spelling(text: str, british: dict[str, str]) -> str:
    """`text` with each British spelling in `british` (lower case -> American) replaced, case kept."""
    def american(match: re.Match) -> str:
        word = match[0]
        found = british.get(word.lower())
        if found is None:
            return word
        return found.upper() if word.isupper() and len(word) > 1 else found.capitalize() if word[0].isupper() else found
    return _WORD.sub(american, text)


def british_to_american(dictionary: str) -> dict[str, str]:
    """codespell's `british->american` lines as a mapping (the first American form when it offers more)."""
    pairs = (line.split("->", 1) for line in dictionary.splitlines() if "->" in line)
    return {british.strip().lower(): american.split(",")[0].strip() for british, american in pairs}


def description(rule: str) -> str:
    return {**RULES, **OUR_RULES}.get(rule, "what the house rules want together")


class LinterMissing(RuntimeError):
    """autocorrect-py is not installed; the message says how to install it."""


class Autocorrect:
    """The house rules' formatter for plain text: autocorrect with a chosen set of its rules,
    then ours.

    autocorrect keeps one configuration for the whole process, so every call sets
    every rule, on or off, unless the previous call already did.
    """

    def __init__(self):
        try:
            import autocorrect_py
            from importlib.resources import files
            spellings = files("codespell_lib") / "data" / "dictionary_en-GB_to_en-US.txt"
            self._british = british_to_american(spellings.read_text(encoding="utf-8"))
        except (ImportError, OSError) as error:
            raise LinterMissing(
                f"the prose check needs autocorrect-py and codespell ({error}): install them with "
                "`.venv/bin/pip install -r requirements.txt` (or ./dev setup)"
            ) from None
        self._library = autocorrect_py
        self._loaded: frozenset[str] | None = None

    def __call__(self, text: str, rules: Iterable[str]) -> str:
        wanted = frozenset(rules)
        theirs = wanted & RULES.keys()
        if theirs != self._loaded:
            self._library.load_config(json.dumps({"rules": {rule: 1 if rule in theirs else 0 for rule in RULES}}))
            self._loaded = theirs
        # format(), the plain-text formatter: format_for(text, "text") skips space-backticks.
        text = self._library.format(text) if theirs else text
        text = american_spelling(text, self._british) if AMERICAN_SPELLING in wanted else text
        return quote_marks(text) if QUOTE_MARKS in wanted else text
