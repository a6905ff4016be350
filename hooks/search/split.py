"""Pure: one search index per language, made from the entries Material's search plugin collected.

mkdocs-static-i18n merges every language's entries into one index at the site root,
so an English reader gets Chinese results. Here the entries are split by the
language prefix of their location ('' for the default language, 'en/' for English),
each index gets locations relative to its own language root and the lunr settings
that suit its language.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable

# Field holding the words found inside longer Chinese words; indexed, never displayed.
SUBWORDS_FIELD = "subwords"

# Runs of Han characters: by the time entries reach us, Material has cut Chinese text
# into words (jieba) separated by zero-width spaces, so each run is one word.
_HAN_WORD = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{3,}")


def split_entries(entries: list[dict], prefixes: dict[str, str]) -> dict[str, list[dict]]:
    """Group entries by language; locations become relative to the language's root.

    `prefixes` maps each locale to its URL prefix; exactly one locale has the empty
    prefix (the default language, which owns every entry no other prefix claims).
    """
    default = next(locale for locale, prefix in prefixes.items() if not prefix)
    others = sorted(((p, l) for l, p in prefixes.items() if p), key=lambda item: -len(item[0]))
    groups: dict[str, list[dict]] = {locale: [] for locale in prefixes}
    for entry in entries:
        location = entry["location"]
        locale, prefix = next(((l, p) for p, l in others if location.startswith(p)), (default, ""))
        groups[locale].append({**entry, "location": location[len(prefix):]})
    return groups


def inner_words(text: str, segment: Callable[[str], Iterable[str]]) -> list[str]:
    """Words inside longer Chinese words that a prefix search cannot reach.

    Material's search matches word prefixes only, so '环境' finds '环境变量' but
    '变量' does not. `segment` is a fine-grained segmenter (jieba's search mode:
    '环境变量' -> 环境, 变量, 环境变, 环境变量); prefixes and the word itself are dropped.
    """
    found: dict[str, None] = {}
    for word in _HAN_WORD.findall(text):
        for part in segment(word):
            if part != word and not word.startswith(part):
                found[part] = None
    return list(found)


def with_inner_words(docs: list[dict], segment: Callable[[str], Iterable[str]]) -> list[dict]:
    """Entries with their inner Chinese words in SUBWORDS_FIELD (space-separated), when they have any."""
    result = []
    for doc in docs:
        words = inner_words(f"{doc.get('title', '')} {doc.get('text', '')}", segment)
        result.append({**doc, SUBWORDS_FIELD: " ".join(words)} if words else doc)
    return result


def lunr_languages(locale: str, supported: set[str]) -> list[str]:
    """The lunr languages for a page language's index.

    Pages in any language quote English (commands, instruction names), so English is
    always among them; with more than one, lunr combines their word characters.
    """
    base = locale.split("-")[0].split("_")[0]
    return ["en"] if base == "en" or base not in supported else [base, "en"]


def index_json(docs: list[dict], *, lang: list[str], separator: str, pipeline: list[str], fields: dict) -> str:
    """The search_index.json text Material's search worker reads."""
    fields = {SUBWORDS_FIELD: {"boost": 1.0}, **fields}  # a boost set in mkdocs.yml wins
    config = {"lang": lang, "separator": separator, "pipeline": pipeline, "fields": fields}
    return json.dumps({"config": config, "docs": docs}, ensure_ascii=False, separators=(",", ":"), default=str)
