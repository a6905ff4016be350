"""The learners' query set (tests/search/queries.yml): what they type, and the page that should come first."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import yaml

from project import ROOT

QUERIES_FILE = ROOT / "tests" / "search" / "queries.yml"
BOTH = "both"  # the section typed into every language's site


@dataclass(frozen=True)
class Query:
    text: str
    pages: tuple[str, ...]  # any of them may come first; one of them must be in the first three
    kind: str               # the section it is listed under: flags, files, questions, ...


@cache
def _data() -> dict:
    return yaml.safe_load(QUERIES_FILE.read_text(encoding="utf-8"))


def languages() -> list[str]:
    return [lang for lang in _data() if lang != BOTH]


def queries(lang: str) -> list[Query]:
    """Every query of one language's site, those of `both` first."""
    found = []
    for section in (_data()[BOTH], _data()[lang]):
        for kind, entries in section.items():
            for text, pages in entries.items():
                found.append(Query(str(text), tuple([pages] if isinstance(pages, str) else pages), kind))
    return found
