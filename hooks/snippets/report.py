"""The words a person reads: one line per finding and a one-line summary."""

from __future__ import annotations

from collections import Counter

from common.problems import plural

from .engine import Result


def summary(result: Result) -> str:
    verdict = "no problems" if not result.findings else f"{plural(result.errors, 'error')}, {plural(result.warnings, 'warning')}"
    cached = result.blocks - result.skipped - result.checked
    return (
        f"Snippet check: {verdict} in {plural(result.blocks, 'code block')} on {plural(result.pages, 'page')} "
        f"({result.checked} checked, {max(cached, 0)} from cache, {result.skipped} opted out)"
    )


def stats(result: Result) -> str:
    """Figures for a folder of Markdown: blocks by kind, findings by code, what blocks were
    said to be (transcript, not code, untagged, synopsis), and checker failures isolated."""
    codes = Counter(finding.code for finding in result.findings)
    said = {code: codes.get(code, 0) for code in ("transcript", "not-code", "untagged", "synopsis")}
    lines = [
        f"pages: {result.pages}",
        f"code blocks: {result.blocks} ({', '.join(f'{kind} {count}' for kind, count in sorted(result.kinds.items()))}); "
        f"{result.skipped} opted out",
        "blocks reported as: " + ", ".join(f"{code} {count}" for code, count in said.items()),
        f"checker failures isolated: {codes.get('tool-failed', 0)} block(s)",
        f"findings: {len(result.findings)} ({plural(result.errors, 'error')}, {plural(result.warnings, 'warning')})",
    ]
    lines += [f"  {code:<16} {count}" for code, count in sorted(codes.items(), key=lambda item: (-item[1], item[0]))]
    return "\n".join(lines)
