"""What the rebuild cache keys its reused steps on, and what it keeps of a rendered page."""

from __future__ import annotations

import copy
import hashlib
import logging
from collections.abc import Iterable
from dataclasses import dataclass


def digest(chunks: Iterable[bytes]) -> str:
    """One hash of several byte strings, each length-prefixed so that no two lists collide."""
    h = hashlib.sha256()
    for chunk in chunks:
        h.update(len(chunk).to_bytes(8, "big"))
        h.update(chunk)
    return h.hexdigest()


def toc_key(toc) -> tuple:
    """A table of contents as nested (id, url, title, children) tuples."""
    return tuple((item.id, item.url, item.title, toc_key(item.children)) for item in toc)


def search_key(page) -> tuple:
    """Everything Material's search reads of a page to make its entries."""
    meta = {name: page.meta.get(name) for name in ("title", "tags", "search")}
    return page.url, str(page.title), page.content, toc_key(page.toc), repr(meta)


@dataclass(frozen=True)
class RenderResult:
    """What MkDocs' Page.render leaves on a page, and the log records it made."""

    content: str
    toc: object
    title_from_render: str | None
    present_anchor_ids: set | None
    # {linked file's source path: {anchor: link}}: File objects do not outlive a build.
    links_to_anchors: dict | None
    records: tuple[logging.LogRecord, ...]

    @classmethod
    def of(cls, page, records) -> "RenderResult":
        links = page.links_to_anchors
        return cls(
            content=page.content,
            toc=copy.deepcopy(page.toc),
            title_from_render=page._title_from_render,
            present_anchor_ids=set(page.present_anchor_ids or ()),
            links_to_anchors=None if links is None else {f.src_uri: dict(a) for f, a in links.items()},
            records=tuple(records),
        )

    def restore(self, page, files) -> None:
        page.content = self.content
        page.toc = copy.deepcopy(self.toc)  # hooks may change the page's copy
        page._title_from_render = self.title_from_render
        page.present_anchor_ids = set(self.present_anchor_ids)
        if self.links_to_anchors is not None:
            page.links_to_anchors = {
                files.get_file_from_path(src): dict(anchors) for src, anchors in self.links_to_anchors.items()
            }
