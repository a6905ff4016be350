"""A page's Markdown source as MkDocs reads it: its text, front matter and fenced code blocks.

The one walker of fences and front matter in the project: the snippet check, the
lesson self-check and translation freshness all read pages through it.

Fenced code blocks are found exactly as pymdownx.superfences sees them in a MkDocs page.

MkDocs strips the front matter, Python-Markdown normalises the text (newlines, tabs
expanded to 4 columns, blank-looking lines emptied) and only then superfences looks for
fences, line by line, ignoring Markdown block structure: a fence may open at any
indentation (inside lists, admonitions, details, tabs) and its content must keep that
indentation. This module replays those rules on the text of a file and remembers where
every code line came from, so a checker's line and column can be turned back into a
position in the Markdown file. tests/test_snippet_scanner_equivalence.py proves the
replay against the real superfences on a page of tricky cases.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from mkdocs.utils.meta import get_data

TAB_LENGTH = 4  # Python-Markdown's default, which MkDocs keeps
PREFIX_CHARS = (" ", "\t", ">")

_FENCE_START = re.compile(
    r"""(?x)
    (?P<fence>`{3,}|~{3,})
    (?:[ \t]*\.?(?P<lang>[\w#.+-]+)(?=[ \t]|$))?
    (?:
        [ \t]*\{(?P<attrs>[^\n]*)\}
      | (?P<options>(?:[ \t]*[A-Za-z][A-Za-z0-9_]*(?:=(?P<quote>["']).*?(?P=quote))?(?=[ \t]|$))+)
      | (?P<other>(?:[ \t]*\S+(?=[ \t]|$))+)
    )?
    [ \t]*$
    """
)
_OPTION = re.compile(r"""(?P<key>[A-Za-z][A-Za-z0-9_]*)(?:=(?P<quote>["'])(?P<value>.*?)(?P=quote))?""")
_ATTR = re.compile(r"""(?P<key>[^\s=}]+)=(?:"(?P<dq>[^"]*)"|'(?P<sq>[^']*)'|(?P<bare>[^\s=}]+))|(?P<word>[^\s=}]+)""")
_HL_LINES = re.compile(r"^\d+(?:-\d+)?(?:[ \t]+\d+(?:-\d+)?)*$")
_LINENUMS = re.compile(r"\d+")
# A line that opens a fence with a language or attributes (```bash, ~~~ { .sh }): inside a
# block's code it means the block itself was never closed.
_OPENER_WITH_LANGUAGE = re.compile(r"(`{3,}|~{3,})[ \t]*[\w{.]")
# Lines that open a Markdown container whose content is indented by TAB_LENGTH more.
_CONTAINER = re.compile(r"^ *(?:[-*+]|\d+[.)])[ \t]|^ *(?:!!!|\?\?\?\+?|===\+?)[ \t]")


@dataclass(frozen=True)
class Block:
    """One fenced block: its language, header attributes and code as superfences renders it."""

    lang: str
    classes: tuple[str, ...]
    attrs: dict[str, str] = field(hash=False)
    text: str
    fence_line: int  # 1-based line of the opening fence in the file
    indent: int  # columns superfences removes from the start of every code line
    raw_lines: tuple[str, ...] = field(repr=False)  # the code lines as written in the file
    fence_col: int = 1  # 1-based column of the fence's first backtick or tilde
    # 1-based line of a fence opener with a language inside this block's code: the sign that
    # the author never closed this block, so it ran on to swallow the next one's opener.
    swallowed: int | None = None

    @property
    def first_line(self) -> int:
        return self.fence_line + 1

    @property
    def end_line(self) -> int:
        """1-based line of the closing fence."""
        return self.fence_line + len(self.raw_lines) + 1

    def position(self, line: int, col: int) -> tuple[int, int]:
        """1-based (line, column) in the Markdown file of 0-based (line, col) in `text`."""
        if not self.raw_lines:
            return self.fence_line, 1
        line = min(max(line, 0), len(self.raw_lines) - 1)
        return self.first_line + line, raw_column(self.raw_lines[line], self.indent + max(col, 0)) + 1


def raw_column(raw: str, expanded_col: int) -> int:
    """0-based index in `raw` of the character shown at `expanded_col` once tabs are expanded."""
    col = 0
    for index, char in enumerate(raw):
        if char in "\x02\x03":  # Python-Markdown deletes these before expanding tabs
            continue
        width = TAB_LENGTH - col % TAB_LENGTH if char == "\t" else 1
        if expanded_col < col + width:
            return index
        col += width
    return len(raw) + (expanded_col - col)


def split_front_matter(source: str) -> tuple[int, str]:
    """(lines MkDocs strips as front matter, the Markdown it hands to Python-Markdown)."""
    rest, _meta = get_data(source)
    if not source.endswith(rest):
        return 0, source
    return source[: len(source) - len(rest)].count("\n"), rest


def normalise(markdown: str) -> list[str]:
    """The lines superfences receives, as Python-Markdown's NormalizeWhitespace leaves them."""
    text = markdown.replace("\x02", "").replace("\x03", "")
    text = (text + "\n\n").expandtabs(TAB_LENGTH)
    text = re.sub(r"(?<=\n) +\n", "\n", text)
    return text.split("\n")


@dataclass(frozen=True)
class Unclosed:
    """A fence opened and never closed: superfences shows it, and the rest of the page, as plain text."""

    line: int  # 1-based, in the file
    col: int
    opener: str  # the fence line as written, e.g. ```bash


@dataclass(frozen=True)
class PageSource:
    blocks: list[Block]
    unclosed: list[Unclosed]


def read_page(source: str) -> PageSource:
    """Every fenced block of a Markdown file's text, in file order, and the fences left open."""
    source = source.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    offset, markdown = split_front_matter(source)
    if not markdown.strip():
        return PageSource([], [])
    raw = markdown.split("\n")
    lines = normalise(markdown)
    fences = list(_fences(lines))
    literal = _fences_in_indented_code(lines, [(start, end) for start, end, *_ in fences if end is not None])
    blocks: list[Block] = []
    unclosed: list[Unclosed] = []
    for start, end, header, indent, code, inner_opener in fences:
        if start in literal:
            continue
        fence_col = raw_column(raw[start], indent) + 1
        if end is None:
            unclosed.append(Unclosed(offset + start + 1, fence_col, raw[start].strip()))
            continue
        lang, classes, attrs = header
        blocks.append(Block(
            lang=lang,
            classes=tuple(classes),
            attrs=attrs,
            text="\n".join(line[indent:] for line in code),
            fence_line=offset + start + 1,
            indent=indent,
            raw_lines=tuple(raw[start + 1:end] if end <= len(raw) else raw[start + 1:]),
            fence_col=fence_col,
            swallowed=None if inner_opener is None else offset + inner_opener + 1,
        ))
    return PageSource(blocks, unclosed)


def scan(source: str) -> list[Block]:
    """Every fenced block of a Markdown file's text, in file order."""
    return read_page(source).blocks


def _fences(lines: list[str]):
    """Yield (start, end, header, indent, code lines, inner opener) for each fence superfences
    accepts; `end` is None for a fence still open when the page ends."""
    fence = None
    for index, line in enumerate(lines):
        if fence is None:
            ws_len = len(line) - len(line.lstrip("".join(PREFIX_CHARS)))
            match = _FENCE_START.match(line, ws_len)
            header = _header(match) if match else None
            if header is not None:
                ws = line[:ws_len]
                fence = _Open(index, match["fence"], header, ws_len, len(ws), ws.count(">"))
            continue
        ws, content = _split_prefix(line, fence.indent)
        quote_level = ws.count(">")
        if fence.quote_level:
            outcome = fence.quoted_line(ws, content, quote_level)
        elif quote_level == 0:
            outcome = fence.plain_line(ws, content)
        else:
            outcome = "abandon"
        if outcome == "close":
            yield fence.start, index, fence.header, fence.indent, fence.code, fence.inner_opener
            fence = None
        elif outcome == "abandon":
            fence = None
        elif fence.inner_opener is None and _OPENER_WITH_LANGUAGE.match(content) and content[0] == fence.marker[0]:
            fence.inner_opener = index
    if fence is not None:
        yield fence.start, None, fence.header, fence.indent, fence.code, fence.inner_opener


@dataclass
class _Open:
    """A fence being read; the rules mirror superfences' eval_fence/eval_quoted."""

    start: int
    marker: str
    header: tuple
    ws_len: int
    indent: int
    quote_level: int
    empty_lines: int = 0
    code: list[str] = field(default_factory=list)
    inner_opener: int | None = None  # index of a line inside that opens a fence with a language

    def is_end(self, content: str) -> bool:
        return content.startswith(self.marker) and content[len(self.marker):].strip(" \t") == ""

    def plain_line(self, ws: str, content: str) -> str:
        if (ws + content).strip() == "":
            self.empty_lines += 1
        elif len(ws) != self.indent and content != "":
            return "abandon"  # not indented enough: superfences gives the fence up
        elif self.is_end(content) and not content.startswith((" ", "\t")):
            return "close"
        else:
            self.empty_lines = 0
        self.code.append(ws + content)
        return "code"

    def quoted_line(self, ws: str, content: str, quote_level: int) -> str:
        if quote_level > self.quote_level:
            return "abandon"
        if content == "":
            self.empty_lines += 1
        elif len(ws) < self.ws_len:
            return "abandon"
        elif self.empty_lines and quote_level < self.quote_level:
            return "abandon"
        elif self.is_end(content):
            return "close"
        else:
            self.empty_lines = 0
        self.code.append(ws + content)
        return "code"


def _split_prefix(line: str, indent: int) -> tuple[str, str]:
    """Take up to `indent` columns of spaces and '>' off a content line."""
    taken = 0
    while taken < len(line) and taken < indent and line[taken] in PREFIX_CHARS:
        taken += 1
    return line[:taken], line[taken:]


def _header(match: re.Match) -> tuple[str, list[str], dict[str, str]] | None:
    """(language, classes, attributes) of a fence header, or None when superfences rejects it."""
    lang = match["lang"] or ""
    if match["other"] is not None:
        return None  # superfences only accepts these with relaxed_headers, which we don't use
    if match["attrs"] is not None:
        classes, attrs = _attr_list(match["attrs"])
        if not lang:
            lang = classes.pop(0) if classes else ""
        return lang, classes, attrs
    attrs = {}
    for option in _OPTION.finditer(match["options"] or ""):
        key, value = option["key"], option["value"]
        value = key if value is None else value
        valid = (
            key == "hl_lines" and _HL_LINES.match(value)
            or key == "linenums" and _LINENUMS.match(value)
            or key in ("title", "title_mode")
        )
        if not valid:
            return None  # an unknown option makes superfences drop the fence
        attrs[key] = value
    return lang, [], attrs


def _attr_list(text: str) -> tuple[list[str], dict[str, str]]:
    """Classes and key/value pairs of a `{ .lang #id key="value" }` header."""
    classes: list[str] = []
    attrs: dict[str, str] = {}
    for token in _ATTR.finditer(text.replace("\t", " ")):
        if token["word"] is not None:
            word = token["word"]
            if word.startswith("."):
                classes.append(word[1:])
            elif word.startswith("#"):
                attrs["id"] = word[1:]
            else:
                attrs[word] = word
        else:
            value = token["dq"] if token["dq"] is not None else token["sq"] if token["sq"] is not None else token["bare"]
            attrs[token["key"]] = value
    return classes, attrs


def _fences_in_indented_code(lines: list[str], spans: list[tuple[int, int]]) -> set[int]:
    """Opening lines of fences that sit in an indented code block, where superfences puts
    the fence back as literal text.

    Python-Markdown splits a document into blocks at blank lines. A block indented 4+
    columns deeper than its level continues the previous sibling when that sibling is a
    container (list item, admonition, details, tab), and is dedented into it; otherwise
    it is an indented code block. A fence counts as one block."""
    blocks: list[tuple[int, bool, list[int]]] = []  # (indent, opens a container, fence starts)
    fence_end = dict(spans)
    index, previous_blank = 0, True
    while index < len(lines):
        line = lines[index]
        if not line.strip():
            previous_blank, index = True, index + 1
            continue
        if previous_blank:
            blocks.append((len(line) - len(line.lstrip(" ")), bool(_CONTAINER.match(line)) and not line.lstrip().startswith(">"), []))
        if index in fence_end:
            blocks[-1][2].append(index)
            index = fence_end[index]
        previous_blank, index = False, index + 1
    in_code: set[int] = set()
    _walk(blocks, 0, in_code)
    return in_code


def _walk(blocks: list[tuple[int, bool, list[int]]], base: int, in_code: set[int]) -> None:
    last = None  # what the previous sibling at this level was: "container", "code" or "other"
    index = 0
    while index < len(blocks):
        indent, opens, fences = blocks[index]
        if indent - base >= TAB_LENGTH and last == "container":
            end = index
            while end < len(blocks) and blocks[end][0] - base >= TAB_LENGTH:
                end += 1
            _walk(blocks[index:end], base + TAB_LENGTH, in_code)
            index = end
            continue
        if indent - base >= TAB_LENGTH:
            in_code.update(fences)
            last = "code"
        else:
            last = "container" if opens else "other"
        index += 1


class SourceError(ValueError):
    """A page that cannot be read as text; the message names the file and says how to fix it."""


def read_source(path, shown: str) -> str:
    """The page's text as MkDocs reads it (UTF-8, a byte-order mark is not content)."""
    try:
        with open(path, encoding="utf-8-sig") as handle:  # universal newlines, as MkDocs reads pages
            return handle.read()
    except UnicodeDecodeError as error:
        raise SourceError(f"{shown}: byte {error.start} is not UTF-8; save the file as UTF-8") from None


def lines_outside_fences(source: str) -> list[tuple[int, str]]:
    """(1-based line number, text) of every line outside front matter and fenced code blocks."""
    source = source.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    offset, _ = split_front_matter(source)
    inside = {number for block in scan(source) for number in range(block.fence_line, block.end_line + 1)}
    return [(number, text) for number, text in enumerate(source.split("\n"), start=1)
            if number > offset and number not in inside]
