"""Pure rule: when a notebook is big enough that every page should carry a pruned navigation.

Material renders the whole navigation into every page, so building N pages
costs N x N navigation links: 10x the pages, about 20x the build time. Its
`navigation.prune` feature renders only the current part of the navigation
(the other parts become one link each to their first page). On a notebook of
a normal size that saves nothing worth having and costs phone readers the
drawer's overview of every part, so it is turned on only past PRUNE_ABOVE pages.
"""

from __future__ import annotations

PRUNE_FEATURE = "navigation.prune"
PRUNE_ABOVE = 60  # pages per language; the notebook has ~15, the scaling benchmark 100 and 1000


def count_pages(nav) -> int:
    """The number of pages (leaves) in a MkDocs nav configuration."""
    if isinstance(nav, list):
        return sum(count_pages(item) for item in nav)
    if isinstance(nav, dict):
        return sum(count_pages(child) for child in nav.values())
    return 1 if isinstance(nav, str) else 0


def features_for(features: list[str], pages: int, limit: int = PRUNE_ABOVE) -> list[str]:
    """Material's features list, with navigation pruning added when there are more than `limit` pages."""
    if pages <= limit or PRUNE_FEATURE in features:
        return list(features)
    return [*features, PRUNE_FEATURE]
