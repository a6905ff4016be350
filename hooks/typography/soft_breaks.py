"""Line breaks inside a Chinese sentence render as nothing.

Authors wrap long Chinese lines in the Markdown source. A line break inside a paragraph
is a "soft break": Markdown keeps it as a newline in the HTML, and Chromium shows every
newline as a space, so "执行这条命令，\\n把执行结果" reads "执行这条命令， 把执行结果".
(CSS Text 3 lets a browser drop a break between two East Asian wide characters; Chromium
does not.) The search index, the print edition (PDFs) and glossary tooltips are all made
from the rendered HTML, so the space reached them too.

The rule (typography.cjk.joins_without_space): a break between two Chinese characters,
or next to full-width punctuation, is removed; a break between Chinese and Latin letters
or digits stays a space, as the house rule wants a space there; a break between Latin
words stays a space, as it must.

It works on the parsed page (a Python-Markdown treeprocessor), after inline Markdown
is parsed and before glossary tooltips look for terms, so a term wrapped across two
lines still gets its tooltip. Text inside code, pre, kbd, samp, script and style is read
(to know what a break sits next to) but never changed, and attributes are never touched.
Raw HTML blocks are stashed by Python-Markdown as whole strings and are left as written.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from collections.abc import Iterator, Sequence

from markdown import Extension
from markdown.treeprocessors import Treeprocessor
from markdown.util import AtomicString

from .cjk import joins_without_space

# A soft break: one newline and the indentation or trailing spaces around it (a hard
# break, two spaces before the newline, is already a <br> by now).
SOFT_BREAK = re.compile(r"[ \t]*\n[ \t]*")
# Text here is code: kept exactly as written.
VERBATIM_TAGS = frozenset({"code", "pre", "kbd", "samp", "script", "style"})
# Elements that end a line of text though Python-Markdown does not count them as blocks.
LINE_ENDS = frozenset({"br", "hr", "img", "input"})
# After attr_list (8): a `{: #id }` line ending a paragraph must still read as the paragraph's
# attributes, not be joined onto the last inline element. Before abbr (7) and the glossary
# tooltips (6, hooks/glossary/tooltips.py), so a term wrapped across two lines is still found.
PRIORITY = 7.5


def collapse(texts: Sequence[str | None], editable: Sequence[bool]) -> list[str | None]:
    """The texts of one run of inline content, in reading order, without the soft breaks a
    reader should not see as a space; only `editable` texts change. The characters on either
    side of a break may lie in neighbouring texts (`命令，\\n` + `<code>` …)."""
    whole = "".join(text or "" for text in texts)
    result: list[str | None] = []
    start = 0
    for text, can_edit in zip(texts, editable):
        if not text or not can_edit or "\n" not in text:
            result.append(text)
            start += len(text or "")
            continue
        pieces, position = [], 0
        for match in SOFT_BREAK.finditer(text):
            before = whole[start + match.start() - 1] if start + match.start() > 0 else ""
            after = whole[start + match.end()] if start + match.end() < len(whole) else ""
            if joins_without_space(before, after):
                pieces.append(text[position:match.start()])
                position = match.end()
        pieces.append(text[position:])
        result.append("".join(pieces))
        start += len(text)
    return result


def join_lines(text: str) -> str:
    """`text` as one run of editable inline text (for a quick look, and the tests)."""
    return collapse([text], [True])[0]


class _Slot:
    """Where one piece of text lives in the tree: an element's text or tail."""

    def __init__(self, element: etree.Element, attribute: str, editable: bool):
        self.element, self.attribute, self.editable = element, attribute, editable

    def get(self) -> str | None:
        return getattr(self.element, self.attribute)

    def set(self, value: str | None) -> None:
        old = self.get()
        if value != old:
            setattr(self.element, self.attribute, AtomicString(value) if isinstance(old, AtomicString) else value)


class CjkSoftBreaks(Treeprocessor):
    def run(self, root: etree.Element) -> None:
        for run in self._runs(root):
            texts = [slot.get() for slot in run]
            for slot, text in zip(run, collapse(texts, [slot.editable for slot in run])):
                slot.set(text)

    def _runs(self, root: etree.Element) -> Iterator[list[_Slot]]:
        """The tree's texts in reading order, cut where a block or a line ends."""
        run: list[_Slot] = []
        for item in self._walk(root, verbatim=False):
            if item is None:
                if run:
                    yield run
                run = []
            else:
                run.append(item)
        if run:
            yield run

    def _walk(self, element: etree.Element, verbatim: bool) -> Iterator[_Slot | None]:
        verbatim = verbatim or element.tag in VERBATIM_TAGS
        ends_line = self.md.is_block_level(element.tag) or element.tag in LINE_ENDS
        if ends_line:
            yield None
        yield _Slot(element, "text", not verbatim)
        for child in element:
            yield from self._walk(child, verbatim)
            # A child's tail is text of this element, after the child.
            yield _Slot(child, "tail", not verbatim)
        if ends_line:
            yield None


class CjkSoftBreaksExtension(Extension):
    def extendMarkdown(self, md):
        md.treeprocessors.register(CjkSoftBreaks(md), "cjk_soft_breaks", PRIORITY)
