"""The Chinese lines that changed between two versions of a page, for a translator to read.

Pure. Lines are compared the way translation.text compares them, so an edit
that only touched whitespace is not shown, and blank lines never are.
"""

from __future__ import annotations

import difflib

from . import text


def changed_lines(old: str, new: str) -> list[list[str]]:
    """Hunks of changed lines: '- 12 │ text' was line 12 of `old`, '+ 12 │ text' is line 12 of `new`."""
    before, after = text.comparable_lines(old), text.comparable_lines(new)
    matcher = difflib.SequenceMatcher(None, [line.key for line in before], [line.key for line in after], autojunk=False)
    hunks = []
    for tag, old_start, old_end, new_start, new_end in matcher.get_opcodes():
        if tag == "equal":
            continue
        hunks.append(
            [f"- {line.number:>4} │ {line.text}" for line in before[old_start:old_end]]
            + [f"+ {line.number:>4} │ {line.text}" for line in after[new_start:new_end]]
        )
    return hunks
