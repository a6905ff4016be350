"""The prose check: a page's prose against its language's house rules, as findings and as fixes.

Each segment of prose (typography.prose) goes to autocorrect with the house rules of the
page's language; where the text would change, the change is found by a character diff
and carried back to the source through the segment's offsets. A finding names the rule:
autocorrect says only what the text should become, so a segment that changes is run
again once per rule, and each rule's own changes are its findings.

Pure apart from the formatter passed in (house_rules.Autocorrect, or a stand-in).
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from difflib import SequenceMatcher

from common.problems import WARNING, Problem

from .house_rules import AMERICAN_SPELLING, HOUSE_RULES, NOT_IN_CITED_TITLES, description
from .prose import PLACEHOLDER, Segment, glossary_segments, line_starts, segments

# (text, rules) -> the text as those rules want it
Formatter = Callable[[str, Iterable[str]], str]

# Changes this close together (characters of prose) are one finding.
NEARBY = 8
# Characters of context either side of a change in a message.
CONTEXT = 6
# A fix can make room for another (a space added next to a mark now full-width).
MAX_FIX_ROUNDS = 4
# glossary.yml's English fields are checked for spelling only: the glossary writes commands and
# placeholders (${localEnv:NAME}) without backticks, so its text cannot tell code from prose.
GLOSSARY_KEYS = ("en", "en_def", "en_aliases")
GLOSSARY_RULES = (AMERICAN_SPELLING,)
# Findings autocorrect makes with all house rules that no single rule makes alone.
COMBINED = "autocorrect"


@dataclass(frozen=True)
class Edit:
    """Replace source[start:end] with text."""

    start: int
    end: int
    text: str


def rules_for(language: str) -> tuple[str, ...]:
    """The house rules of a page language; a language without its own gets the English ones."""
    return HOUSE_RULES.get(language, HOUSE_RULES["en"])


def source_edits(segment: Segment, new: str, opcodes=None) -> list[Edit] | None:
    """The source edits that turn `segment.text` into `new`; None when one would change
    a placeholder (code or a URL), which a fix must never touch."""
    edits: list[Edit] = []
    for tag, i1, i2, j1, j2 in opcodes if opcodes is not None else _opcodes(segment.text, new):
        if any(i in segment.fixed for i in range(i1, i2)):
            return None
        if tag == "insert":
            edits.append(Edit(segment.insert_at[i1], segment.insert_at[i1], new[j1:j2]))
        elif tag == "replace" and i2 - i1 == j2 - j1:
            edits += [Edit(segment.offsets[i], segment.offsets[i] + 1, new[j1 + i - i1]) for i in range(i1, i2)]
        else:  # delete, or replace by text of another length: out with the old, in at its place
            edits += [Edit(segment.offsets[i], segment.offsets[i] + 1, "") for i in range(i1, i2)]
            if j2 > j1:
                edits.append(Edit(segment.offsets[i1], segment.offsets[i1], new[j1:j2]))
    return edits


def _opcodes(old: str, new: str) -> list[tuple[str, int, int, int, int]]:
    return [op for op in SequenceMatcher(None, old, new, autojunk=False).get_opcodes() if op[0] != "equal"]


def apply(source: str, edits: Iterable[Edit]) -> str:
    """`source` with the edits made (they must not overlap)."""
    out, position = [], 0
    for edit in sorted(edits, key=lambda e: (e.start, e.end)):
        out.append(source[position:edit.start])
        out.append(edit.text)
        position = max(position, edit.end)
    out.append(source[position:])
    return "".join(out)


def check(path: str, source: str, language: str, formatter: Formatter) -> list[Problem]:
    """Every departure from the house rules in the prose of one Markdown file's text."""
    source = _normalised(source)
    return _check_segments(path, source, segments(source), rules_for(language), formatter)


def check_glossary(path: str, text: str, formatter: Formatter) -> list[Problem]:
    """glossary.yml's English fields against GLOSSARY_RULES."""
    text = _normalised(text)
    return _check_segments(path, text, glossary_segments(text, GLOSSARY_KEYS), GLOSSARY_RULES, formatter)


def fix_glossary(text: str, formatter: Formatter) -> str:
    return _fix(_normalised(text), GLOSSARY_RULES, formatter, lambda source: glossary_segments(source, GLOSSARY_KEYS))


def _check_segments(path: str, source: str, found: list[Segment], rules: tuple[str, ...], formatter: Formatter) -> list[Problem]:
    """Every departure from `rules` in the given segments of `source`."""
    starts = line_starts(source)
    # Rules in the outer loops: autocorrect changes its rule set only once per loop.
    changed = {i for stage in _stages(rules) for i, segment in enumerate(found) if _proposal(segment, stage, formatter)}
    problems: list[Problem] = []
    explained: set[int] = set()
    for rule in rules:
        for i in sorted(changed):
            new = _proposal(found[i], (rule,), formatter)
            if new is not None:
                explained.add(i)
                problems += _findings(path, source, starts, found[i], new, rule)
    for i in sorted(changed - explained):
        problems += _findings(path, source, starts, found[i], formatter(found[i].text, rules), COMBINED)
    return sorted(problems, key=lambda p: p.sort_key)


def fix(source: str, language: str, formatter: Formatter) -> str:
    """A Markdown file's text with what the house rules ask for done, where it can be done
    without touching code or URLs; runs until nothing more changes."""
    return _fix(_normalised(source), rules_for(language), formatter, segments)


def _fix(source: str, rules: tuple[str, ...], formatter: Formatter, read: Callable[[str], list[Segment]]) -> str:
    for _ in range(MAX_FIX_ROUNDS):
        edits: list[Edit] = []
        for stage in _stages(rules):  # one stage a round: their edits could overlap
            for segment in read(source):
                new = _proposal(segment, stage, formatter)
                if new is not None:
                    edits += source_edits(segment, new) or []
            if edits:
                break
        if not edits:
            break
        source = apply(source, edits)
    return source


def _stages(rules: tuple[str, ...]) -> list[tuple[str, ...]]:
    """The rules that read the whole segment, then those that leave cited titles alone."""
    return [stage for stage in (tuple(r for r in rules if r not in NOT_IN_CITED_TITLES),
                                tuple(r for r in rules if r in NOT_IN_CITED_TITLES)) if stage]


def _proposal(segment: Segment, rules: tuple[str, ...], formatter: Formatter) -> str | None:
    """The segment's text as `rules` want it, or None when they want it as it is. Rules that
    leave cited titles alone see those titles as placeholders, and the titles come back as written."""
    text = segment.text
    if segment.cited and set(rules) & NOT_IN_CITED_TITLES:
        masked = "".join(PLACEHOLDER if i in segment.cited else c for i, c in enumerate(text))
        new = formatter(masked, rules)
        if new == masked:
            return None
        # Edits happen outside the titles: put the titles' own characters back.
        out = list(new)
        for tag, i1, i2, j1, j2 in SequenceMatcher(None, masked, new, autojunk=False).get_opcodes():
            if tag == "equal":
                out[j1:j2] = text[i1:i2]
        return "".join(out)
    new = formatter(text, rules)
    return None if new == text else new


def _normalised(source: str) -> str:
    """The text as the prose reader indexes it (typography.prose.segments)."""
    return source.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def _findings(path: str, source: str, starts: list[int], segment: Segment, new: str, rule: str) -> list[Problem]:
    groups: list[list] = []
    for op in _opcodes(segment.text, new):
        if groups and op[1] - groups[-1][-1][2] <= NEARBY:
            groups[-1].append(op)
        else:
            groups.append([op])
    problems = []
    for group in groups:
        edits = source_edits(segment, new, group)
        where = segment.offsets[group[0][1]] if edits is None else min(edit.start for edit in edits)
        line = bisect.bisect_right(starts, where)
        message = description(rule)
        if edits is not None:
            message += f": {_excerpt(source, starts, line, edits)}"
        problems.append(Problem(path, message, line, where - starts[line - 1] + 1, WARNING, rule))
    return problems


def _excerpt(source: str, starts: list[int], line: int, edits: list[Edit]) -> str:
    """'before' → 'after', a few characters either side of the change, within its line."""
    line_end = starts[line] - 1 if line < len(starts) else len(source)
    begin = max(starts[line - 1], min(edit.start for edit in edits) - CONTEXT)
    end = min(line_end, max(edit.end for edit in edits) + CONTEXT)
    inside = [Edit(e.start - begin, e.end - begin, e.text) for e in edits if begin <= e.start and e.end <= end]
    before = source[begin:end]
    return f"'{before}' → '{apply(before, inside)}'"
