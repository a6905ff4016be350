"""The words a person reads: one line per finding and a one-line summary."""

from __future__ import annotations

from common.problems import plural

from .engine import Result


def summary(result: Result) -> str:
    verdict = "no problems" if not result.findings else f"{plural(result.errors, 'error')}, {plural(result.warnings, 'warning')}"
    cached = result.blocks - result.skipped - result.checked
    return (
        f"Snippet check: {verdict} in {plural(result.blocks, 'code block')} on {plural(result.pages, 'page')} "
        f"({result.checked} checked, {max(cached, 0)} from cache, {result.skipped} opted out)"
    )
