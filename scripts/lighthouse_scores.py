"""Pure reading of Lighthouse JSON reports: the four category scores and what cost points."""

from __future__ import annotations

import math

CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
HEADERS = ("Page", "Device", "Performance", "Accessibility", "Best practices", "SEO")


def scores(report: dict) -> dict[str, int | None]:
    """Category id -> score out of 100 (None when Lighthouse could not score it)."""
    result = {}
    for category in CATEGORIES:
        score = report["categories"].get(category, {}).get("score")
        # Half up, as Lighthouse's own report rounds (Python's round() would make 98.5 into 98).
        result[category] = None if score is None else math.floor(score * 100 + 0.5)
    return result


def lost_points(report: dict) -> list[str]:
    """Scored audits that did not pass, as 'category: audit-id (title)' lines, to know what to fix."""
    lines = []
    for category in CATEGORIES:
        for ref in report["categories"].get(category, {}).get("auditRefs", []):
            audit = report["audits"].get(ref["id"], {})
            score = audit.get("score")
            if ref.get("weight", 0) > 0 and score is not None and score < 1:
                lines.append(f"{category}: {ref['id']} ({audit.get('title', '')}) score {score}")
    return lines


def markdown_table(rows: list[tuple[str, str, dict[str, int | None]]]) -> str:
    """Rows of (page, device, scores) as the Markdown table the README shows."""
    lines = ["| " + " | ".join(HEADERS) + " |", "|" + "---|" * len(HEADERS)]
    for page, device, score in rows:
        cells = ["n/a" if score[c] is None else str(score[c]) for c in CATEGORIES]
        lines.append("| " + " | ".join([f"`{page}`", device, *cells]) + " |")
    return "\n".join(lines)
