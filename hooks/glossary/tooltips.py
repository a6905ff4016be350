"""A Markdown extension that marks the first occurrence of each glossary term with <abbr title>.

Python-Markdown's own abbr extension matches terms between `\\b` word
boundaries, and there is no such boundary between two Chinese characters, so
镜像 inside 镜像名 would never get a tooltip. Here a boundary is only demanded
where the term itself starts or ends with a Latin letter or digit. Marking
every occurrence would underline a Chinese page from top to bottom, so only
the first occurrence of each entry (any of its spellings) per page gets the tooltip;
headings, links and code are skipped.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree

from markdown import Extension
from markdown.treeprocessors import Treeprocessor
from markdown.util import AtomicString

SKIPPED_TAGS = {"h1", "h2", "h3", "h4", "h5", "h6", "a", "code", "pre", "abbr", "script", "style", "kbd"}
_LATIN = re.compile(r"[A-Za-z0-9]")


def term_pattern(terms: list[str]) -> re.Pattern | None:
    """One regex for all terms, longest first, with Latin-only word boundaries."""
    if not terms:
        return None
    parts = []
    for term in sorted(terms, key=len, reverse=True):
        before = r"(?<![A-Za-z0-9_])" if _LATIN.match(term[0]) else ""
        after = r"(?![A-Za-z0-9_])" if _LATIN.match(term[-1]) else ""
        parts.append(f"{before}{re.escape(term)}{after}")
    return re.compile("|".join(parts))


class _FirstOccurrenceTooltips(Treeprocessor):
    def __init__(self, md, definitions: dict[str, str]):
        super().__init__(md)
        self.definitions = definitions

    def run(self, root):
        pattern = term_pattern(list(self.definitions))
        if pattern is None:
            return
        self.pattern, self.seen = pattern, set()
        self._walk(root)

    def _walk(self, element):
        if element.tag in SKIPPED_TAGS:
            return
        element.text, nodes = self._split(element.text)
        for offset, node in enumerate(nodes):
            element.insert(offset, node)
        for child in [c for c in element if c not in nodes]:
            self._walk(child)
            child.tail, nodes = self._split(child.tail)
            index = list(element).index(child) + 1
            for offset, node in enumerate(nodes):
                element.insert(index + offset, node)

    def _split(self, text):
        """`text` up to the first new term, and <abbr> nodes (each carrying the text after it as its tail)."""
        if not text or isinstance(text, AtomicString):
            return text, []
        head, nodes, position = text, [], 0
        for match in self.pattern.finditer(text):
            term = match.group(0)
            definition = self.definitions[term]
            if definition in self.seen:  # one tooltip per entry: its aliases (可写层, 可写容器层) share it
                continue
            self.seen.add(definition)
            piece = text[position:match.start()]
            if nodes:
                nodes[-1].tail = piece
            else:
                head = piece
            abbr = etree.Element("abbr", {"title": definition})
            abbr.text = AtomicString(term)
            nodes.append(abbr)
            position = match.end()
        if nodes:
            nodes[-1].tail = text[position:]
        return head, nodes


class GlossaryTooltips(Extension):
    """Holds the current page's language definitions; the MkDocs hook swaps them per page."""

    def __init__(self, **kwargs):
        self.definitions: dict[str, str] = {}
        super().__init__(**kwargs)

    def extendMarkdown(self, md):
        md.treeprocessors.register(_FirstOccurrenceTooltips(md, self.definitions), "glossary_tooltips", 6)
