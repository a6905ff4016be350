"""The glossary (glossary.yml): load and validate it, and derive per-language views.

One YAML list is the single source of the glossary page of each language and of
the hover tooltips on every page, so a term and its definition never drift
between the two, nor between Chinese and English.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import yaml

from common import ui_text

# Next to mkdocs.yml.
GLOSSARY_FILE = "glossary.yml"
LANGUAGES = ("zh", "en")
_REQUIRED = ("zh", "en", "zh_def", "en_def")
# Parentheses of either width hold a clarification that is not part of the term as written in prose.
_PARENTHESISED = re.compile(r"\s*[（(][^）)]*[）)]")


class GlossaryError(ValueError):
    """glossary.yml is malformed; the message names the entry and the fix."""


@dataclass(frozen=True)
class Entry:
    zh: str
    en: str
    zh_def: str
    en_def: str
    zh_aliases: tuple[str, ...] = field(default=())
    en_aliases: tuple[str, ...] = field(default=())

    def term(self, lang: str) -> str:
        return getattr(self, lang)

    def definition(self, lang: str) -> str:
        return getattr(self, f"{lang}_def")

    def spellings(self, lang: str) -> list[str]:
        """How the term appears in running text: the term (without a parenthesised note) and its aliases."""
        term = self.term(lang)
        bare = _PARENTHESISED.sub("", term).strip()
        found = [bare] + list(getattr(self, f"{lang}_aliases"))
        return [s for i, s in enumerate(found) if s and s not in found[:i]]


def parse(text: str, source: str = "glossary.yml") -> list[Entry]:
    """Entries of a glossary file; GlossaryError names the first problem found."""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{source}:{mark.line + 1}:{mark.column + 1}" if mark else source
        raise GlossaryError(f"{where}: not valid YAML ({getattr(exc, 'problem', exc)})") from None
    if not isinstance(data, list):
        raise GlossaryError(f"{source}: must be a YAML list of entries with keys {', '.join(_REQUIRED)}")
    entries: list[Entry] = []
    seen: dict[tuple[str, str], int] = {}
    for number, item in enumerate(data, start=1):
        where = f"{source}: entry {number}"
        if not isinstance(item, dict):
            raise GlossaryError(f"{where}: must be a mapping with keys {', '.join(_REQUIRED)}")
        missing = [key for key in _REQUIRED if not str(item.get(key) or "").strip()]
        if missing:
            label = item.get("zh") or item.get("en") or "?"
            raise GlossaryError(f"{where} ({label}): missing {', '.join(missing)}; every term needs both languages")
        unknown = sorted(set(item) - set(_REQUIRED) - {"zh_aliases", "en_aliases"})
        if unknown:
            raise GlossaryError(f"{where} ({item['zh']}): unknown key(s) {', '.join(unknown)}")
        for lang in LANGUAGES:
            term = str(item[lang]).strip()
            if (lang, term) in seen:
                raise GlossaryError(f"{where} ({term}): already defined by entry {seen[(lang, term)]}; merge the two")
            seen[(lang, term)] = number
        entries.append(Entry(
            **{key: str(item[key]).strip() for key in _REQUIRED},
            zh_aliases=tuple(str(a) for a in item.get("zh_aliases") or ()),
            en_aliases=tuple(str(a) for a in item.get("en_aliases") or ()),
        ))
    return entries


def tooltips(entries: list[Entry], lang: str) -> dict[str, str]:
    """Spelling -> definition for one language; the first entry wins a shared spelling."""
    found: dict[str, str] = {}
    for entry in entries:
        for spelling in entry.spellings(lang):
            found.setdefault(spelling, entry.definition(lang))
    return found


def table(entries: list[Entry], lang: str) -> str:
    """The glossary as a Markdown table in one language, sorted for that language's reader."""
    other = "en" if lang == "zh" else "zh"
    rows = sorted(entries, key=lambda e: e.term(lang).casefold())
    head = ui_text.strings(lang, "glossary")["columns"]

    def cell(text: str) -> str:
        return text.replace("|", "\\|")

    lines = [f"| {head[0]} | {head[1]} | {head[2]} |", "| --- | --- | --- |"]
    lines += [f"| {cell(e.term(lang))} | {cell(e.term(other))} | {cell(e.definition(lang))} |" for e in rows]
    return "\n".join(lines) + "\n"
