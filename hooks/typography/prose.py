"""A page's Markdown source as the prose a reader reads, mapped back to the file.

The prose check lints what a reader reads, never code, front matter, URLs or HTML
attributes, yet reports and fixes positions in the file an author edits. So each line
of prose becomes one or more segments (a table row gives one per cell, an admonition
header its title): the text with Markdown syntax taken out, and for every character
of it the offset in the source where it came from.

- Front matter and fenced code blocks (as superfences sees them: common.markdown_source)
  are not prose; nor are link reference, abbreviation and attribute-list lines, or
  table separator rows.
- Inline code becomes `x` between its backticks, and a URL written out becomes `x`:
  both read as Latin text (so the spacing rules still see `执行 `RUN` 时` as Chinese,
  code, Chinese), and neither is ever changed. An image (its alt text is an attribute)
  and a link's target and title disappear; its text stays. HTML tags and comments,
  attribute lists, emphasis markers, escapes' backslashes and block prefixes (list
  markers, quotes, headings' #, indentation) disappear.
- The text of a link to another site is a cited title: it is prose, but its spelling is the
  source's own (house_rules.AMERICAN_SPELLING leaves it alone).
- Where markup was taken out between two characters, text inserted there goes outside
  the markup: before an opening (`**`, `[`, `<b>`), after a closing (`**`, `](…)`), so a
  fix turns `使用**Docker**命令` into `使用 **Docker** 命令`.

Pure: text in, segments out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import yaml

from common.markdown_source import lines_outside_fences

PLACEHOLDER = "x"

# What happens to each source character.
KEEP, PLACE, DROP, OPEN, CLOSE, SEPARATE, SKIP = range(7)
KEEP_BYTE, PLACE_BYTE = bytes([KEEP]), bytes([PLACE])


@dataclass(frozen=True)
class Segment:
    """One stretch of prose on one line."""

    text: str                   # as read: markup taken out, code and URLs as PLACEHOLDER
    offsets: tuple[int, ...]    # source offset of each character of `text`
    insert_at: tuple[int, ...]  # len(text) + 1 source offsets: where text inserted before text[i] goes
    fixed: frozenset[int]       # indices of placeholder characters, never to be edited
    cited: frozenset[int] = frozenset()  # indices of characters of a cited title (a link to another site)

    @property
    def line_start(self) -> int:
        return self.offsets[0] if self.offsets else 0


# Whole lines that carry no prose: `[id]: url`, `*[HTML]: …` (abbreviations: title
# attributes), `{: .class }`, `| --- | :-: |`, a lone `{#anchor}`.
_SKIP_LINE = re.compile(
    r"""^[ \t>]*(?:
        \[[^\]\n]+\]:[ \t]
      | \*\[[^\]\n]+\]:
      | \{:?[^}\n]*\}[ \t]*$
      | \|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*$
    )""",
    re.X,
)
# Indentation, blockquote markers, then a list marker (with a task box) or heading marker.
_BLOCK_PREFIX = re.compile(r"^[ \t>]*(?:(?:[-*+]|\d+[.)])[ \t]+(?:\[[ xX]\][ \t]+)?|#{1,6}[ \t]+|\[\^[^\]\n]+\]:[ \t]*)?")
# Admonition, collapsible block or content tab header; its quoted title (up to the line's
# last quote, as the admonition extension reads it) is prose.
_HEADER = re.compile(r'^[ \t>]*(?:!!!|\?\?\?\+?|===\+?)[ \t]*[\w-]*(?:[ \t]+[\w-]+)*[ \t]*(?:"(?P<title>.*)"[ \t]*)?$')
_TABLE_ROW = re.compile(r"^[ \t>]*\|")

# Inline syntax, leftmost first, in this order of preference at one position.
_INLINE = re.compile(
    r"""
      (?P<code>(?<![\\`])(?P<ticks>`+)(?!`)(?P<content>(?:(?!\n[ \t>]*\n).)+?)(?<!`)(?P=ticks)(?!`))
    | (?P<comment><!--.*?-->)
    | (?P<image>!\[[^\]\n]*\]\([^)\n]*\))
    | (?P<autolink><(?:https?|ftp|mailto):[^>\s]+>)
    | (?P<close_tag></[A-Za-z][\w-]*[ \t]*>)
    | (?P<void_tag><(?:br|hr|img|input|wbr)\b[^>]*>|<[A-Za-z][\w-]*(?:[ \t\n][^<>]*)?/>)
    | (?P<open_tag><[A-Za-z][\w-]*(?:[ \t\n][^<>]*)?>)
    | (?P<footnote>\[\^[^\]\n]+\])
    | (?P<link_close>\]\((?:[^()\s]|\([^()\s]*\))*(?:[ \t]+(?:"[^"\n]*"|'[^'\n]*'))?\)|\]\[[^\]\n]*\])
    | (?P<link_open>\[(?=[^\[\]]*\][(\[]))
    | (?P<url>(?:https?|ftp)://[^\s<>()"'`（），。；：！？、“”]+)
    | (?P<attrs>\{:?[ \t]*[#.][^{}\n]*\}|\{:?[ \t]*[\w-]+=[^{}\n]*\})
    | (?P<escape>\\(?=[\\`*_{}\[\]()#+\-.!|<>~"]))
    | (?P<strong>(?<![\\*])\*{1,3}(?![*\s])|(?<![\s\\*])\*{1,3}(?!\*)|(?<![\w\\])_{1,3}(?=[^\s_])|(?<=[^\s_\\])_{1,3}(?![\w_]))
    """,
    re.X | re.S,
)


def segments(source: str) -> list[Segment]:
    """The prose of a Markdown file's text, one segment per stretch of prose on a line."""
    source = source.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    fate = bytearray([SKIP]) * len(source)
    cited = bytearray(len(source))
    starts = line_starts(source)
    table_lines: set[int] = set()
    for number, line in lines_outside_fences(source):
        start = starts[number - 1]
        _mark_line(fate, start, line, number, table_lines)
    _mark_inline(source, fate, cited, starts, table_lines)
    return _cut(source, fate, cited, starts)


def line_starts(source: str) -> list[int]:
    """The offset where each line of `source` starts."""
    return [0] + [match.end() for match in re.finditer("\n", source)]


def _mark_line(fate: bytearray, start: int, line: str, number: int, table_lines: set[int]) -> None:
    """Block syntax of one line: what of it is prose."""
    if not line.strip() or _SKIP_LINE.match(line):
        return
    header = _HEADER.match(line)
    if header:
        if header["title"]:
            fate[start + header.start("title"):start + header.end("title")] = bytes([KEEP]) * len(header["title"])
        return
    prefix = _BLOCK_PREFIX.match(line).end()
    fate[start + prefix:start + len(line)] = bytes([KEEP]) * (len(line) - prefix)
    if _TABLE_ROW.match(line):
        table_lines.add(number)


def _mark_inline(source: str, fate: bytearray, cited: bytearray, starts: list[int], table_lines: set[int]) -> None:
    """Inline syntax: code, links, URLs, tags, emphasis, escapes, table cell separators."""
    link_text_start = None
    for match in _INLINE.finditer(source):
        begin, end = match.span()
        if fate[begin] != KEEP:
            continue
        kind = match.lastgroup if match.lastgroup not in ("ticks", "content") else "code"
        if kind == "code":
            content_start = match.start("content")
            _set(fate, begin, end, DROP)
            fate[begin] = KEEP
            fate[end - 1] = KEEP
            fate[content_start] = PLACE
        elif kind in ("autolink", "url"):
            _set(fate, begin, end, DROP)
            fate[begin + (1 if kind == "autolink" else 0)] = PLACE
        elif kind in ("open_tag", "link_open"):
            _set(fate, begin, end, OPEN)
            link_text_start = end if kind == "link_open" else link_text_start
        elif kind in ("close_tag", "link_close"):
            _set(fate, begin, end, CLOSE)
            if kind == "link_close" and link_text_start is not None:
                if re.match(r"\]\((?:https?|ftp)://", match[0]):
                    cited[link_text_start:begin] = b"\x01" * (begin - link_text_start)
                link_text_start = None
        elif kind == "strong":
            _set(fate, begin, end, _emphasis_side(source, begin, end))
        else:  # comment, image, void tag, footnote reference, attribute list, escape
            _set(fate, begin, end, DROP)
    for number in table_lines:
        start = starts[number - 1]
        end = starts[number] - 1 if number < len(starts) else len(source)
        for index in range(start, end):
            if source[index] == "|" and fate[index] == KEEP and (index == start or source[index - 1] != "\\"):
                fate[index] = SEPARATE


def _set(fate: bytearray, begin: int, end: int, value: int) -> None:
    """Mark [begin, end) as `value`, leaving what is not prose (other lines, code) as it is."""
    fate[begin:end] = fate[begin:end].replace(KEEP_BYTE, bytes([value]))


def _emphasis_side(source: str, begin: int, end: int) -> int:
    """Whether an emphasis marker opens (text follows it) or closes (text precedes it)."""
    before = source[begin - 1] if begin > 0 else " "
    after = source[end] if end < len(source) else " "
    if after.isspace() and not before.isspace():
        return CLOSE
    if before.isspace() or before in "([{（【「“‘":
        return OPEN
    if after in ".,;:!?)]}，。；：！？）】」”’、":
        return CLOSE
    # Between two letters (中文**粗体**中文): count the same markers on the line so far.
    line_start = source.rfind("\n", 0, begin) + 1
    marker = source[begin:end]
    return OPEN if source.count(marker, line_start, begin) % 2 == 0 else CLOSE


# Runs of one fate on a line: prose, a placeholder, opening markup, a cell separator, the rest.
_RUNS = re.compile(b"\\x%02x+|\\x%02x|\\x%02x+|\\x%02x|[^\\x%02x\\x%02x\\x%02x\\x%02x]+"
                   % (KEEP, PLACE, OPEN, SEPARATE, KEEP, PLACE, OPEN, SEPARATE))


def _cut(source: str, fate: bytearray, cited: bytearray, starts: list[int]) -> list[Segment]:
    found: list[Segment] = []
    for number, start in enumerate(starts):
        end = starts[number + 1] - 1 if number + 1 < len(starts) else len(source)
        if fate.find(KEEP_BYTE, start, end) < 0 and fate.find(PLACE_BYTE, start, end) < 0:
            continue  # no prose on this line (code, front matter, a blank line)
        piece = _Piece()
        for run in _RUNS.finditer(fate, start, end):
            begin, stop = run.span()
            kind = fate[begin]
            if kind == KEEP:
                piece.add(source, begin, stop, cited)
            elif kind == PLACE:
                piece.add_placeholder(begin, cited[begin])
            elif kind == OPEN and piece.opening is None:
                piece.opening = begin
            elif kind == SEPARATE:
                found += piece.segment()
                piece = _Piece()
        found += piece.segment()
    return found


class _Piece:
    """A segment being read, a run of prose at a time."""

    def __init__(self):
        self.text: list[str] = []
        self.offsets: list[int] = []
        self.insert_at: list[int] = []
        self.fixed: set[int] = set()
        self.cited: set[int] = set()
        self.opening: int | None = None  # where the first opening markup since the last character is

    def add(self, source: str, begin: int, stop: int, cited: bytearray) -> None:
        """The prose source[begin:stop]."""
        if cited.find(1, begin, stop) >= 0:
            self.cited.update(len(self.text) + i - begin for i in range(begin, stop) if cited[i])
        self.insert_at.append(self.opening if self.opening is not None else begin)
        self.insert_at.extend(range(begin + 1, stop))
        self.opening = None
        self.text.extend(source[begin:stop])
        self.offsets.extend(range(begin, stop))

    def add_placeholder(self, index: int, cited: int) -> None:
        """Code or a URL starting at source[index], read as one PLACEHOLDER."""
        self.fixed.add(len(self.text))
        if cited:
            self.cited.add(len(self.text))
        self.insert_at.append(self.opening if self.opening is not None else index)
        self.opening = None
        self.text.append(PLACEHOLDER)
        self.offsets.append(index)

    def segment(self) -> list[Segment]:
        """The segment without the spaces at its ends (they belong to the markup around it); none if empty."""
        text, fixed = self.text, self.fixed
        first, last = 0, len(text)
        while first < last and text[first] in " \t" and first not in fixed:
            first += 1
        while last > first and text[last - 1] in " \t" and last - 1 not in fixed:
            last -= 1
        if first == last:
            return []
        return [Segment(
            text="".join(text[first:last]),
            offsets=tuple(self.offsets[first:last]),
            insert_at=tuple(self.insert_at[first:last]) + (self.offsets[last - 1] + 1,),
            fixed=frozenset(i - first for i in fixed if first <= i < last),
            cited=frozenset(i - first for i in self.cited if first <= i < last),
        )]


def glossary_segments(text: str, keys: tuple[str, ...]) -> list[Segment]:
    """The values of `keys` (and items of list values) in glossary.yml's text, one segment each.

    Only a value written as it reads (a plain or quoted scalar on one line without escapes)
    can be mapped back character by character; any other is left out."""
    found = []
    for entry in yaml.compose(text).value:
        for key, value in entry.value:
            if key.value not in keys:
                continue
            for node in value.value if isinstance(value, yaml.SequenceNode) else [value]:
                start, end = node.start_mark.index, node.end_mark.index
                if node.style in ("'", '"'):
                    start, end = start + 1, end - 1
                if text[start:end] != node.value or not node.value:
                    continue
                found.append(Segment(
                    text=node.value,
                    offsets=tuple(range(start, end)),
                    insert_at=tuple(range(start, end + 1)),
                    fixed=frozenset(),
                ))
    return found
