"""Pure rule: how much navigation each page of a notebook carries, by the notebook's size.

Material renders the navigation into every page, so building N pages costs
N x N navigation links: 10x the pages, about 20x the build time. Past
PRUNE_ABOVE pages per language, each page carries only the part of the
navigation around it:
- `navigation.prune`: the other parts (header tabs) become one link each, to
  their first page;
- no `navigation.sections`: the chapters of the current part fold, with the
  current chapter open, instead of all standing open; a sidebar of hundreds of
  lessons is also easier to scan folded.
On a notebook of a normal size neither saves anything worth having, and phone
readers keep the drawer's overview of every part, so nothing changes there.
"""

from __future__ import annotations

PRUNE_ABOVE = 60  # pages per language; the notebook has ~15, the scaling benchmark 100 and 1000
ADDED = ("navigation.prune",)
REMOVED = ("navigation.sections",)


def count_pages(nav) -> int:
    """The number of pages (leaves) in a MkDocs nav configuration."""
    if isinstance(nav, list):
        return sum(count_pages(item) for item in nav)
    if isinstance(nav, dict):
        return sum(count_pages(child) for child in nav.values())
    return 1 if isinstance(nav, str) else 0


def features_for(features: list[str], pages: int, limit: int = PRUNE_ABOVE) -> list[str]:
    """Material's features list for a notebook of `pages` pages per language."""
    if pages <= limit:
        return list(features)
    kept = [f for f in features if f not in REMOVED]
    return kept + [f for f in ADDED if f not in kept]
