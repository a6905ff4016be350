"""Where a page's Markdown source wraps a sentence onto the next line, and how a reader
should then read it: as one word (Chinese) or with a space (Latin, Chinese next to Latin)."""

from __future__ import annotations

from dataclasses import dataclass

from typography.cjk import joins_without_space
from typography.prose import Segment, segments

# Lines that are a block of their own, not the first half of a wrapped sentence.
_OWN_BLOCK = ("#", "|", "!!!", "???", "===", "<")
# Characters either side of the break that a test looks for.
CONTEXT = 4


@dataclass(frozen=True)
class Break:
    line: int     # the line that ends at the break
    before: str   # the text before the break, as a reader reads it
    after: str    # the text after it
    joined: bool  # True: no space between them (the house rule's soft-break rule)

    @property
    def rendered(self) -> str:
        return self.before + ("" if self.joined else " ") + self.after

    @property
    def wrong(self) -> str:
        """What a reader must not see: a space between Chinese, or Latin words run together."""
        return self.before + (" " if self.joined else "") + self.after


def wrapped_lines(source: str) -> list[Break]:
    """The soft breaks of a page whose both sides are plain text (no code or markup there)."""
    source = source.replace("\r\n", "\n")
    lines = source.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    by_line: dict[int, list[Segment]] = {}
    for segment in segments(source):
        number = next(n for n in range(len(lines)) if starts[n] <= segment.offsets[0] < starts[n + 1])
        by_line.setdefault(number, []).append(segment)
    found = []
    for number, line in enumerate(lines[:-1]):
        first, second = by_line.get(number), by_line.get(number + 1)
        if not first or not second or line.lstrip(" >").startswith(_OWN_BLOCK):
            continue
        end, start = first[-1], second[0]
        ends_plainly = end.offsets[-1] == starts[number] + len(line.rstrip()) - 1
        next_line = lines[number + 1]
        starts_plainly = start.offsets[0] == starts[number + 1] + len(next_line) - len(next_line.lstrip())
        before, after = end.text[-CONTEXT:], start.text[:CONTEXT]
        near_code = any(i >= len(end.text) - CONTEXT for i in end.fixed) or any(i < CONTEXT for i in start.fixed)
        if not (ends_plainly and starts_plainly) or "`" in before + after or near_code:
            continue
        found.append(Break(number + 1, before, after, joins_without_space(before[-1], after[0])))
    return found
