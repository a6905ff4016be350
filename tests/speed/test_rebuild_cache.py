"""`mkdocs serve` reuses the HTML and search entries of pages that did not change
(hooks/speed/rebuild_cache.py); what it serves stays exactly what a fresh build makes."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from mkdocs.structure.pages import Page

import build_speed
from preview_server import PreviewServer
from project import copy_project

EDITED = "docs/cuda.en.md"
OTHER = "docs/containers.en.md"


def _snapshot(site: Path) -> dict[str, bytes]:
    return {path.relative_to(site).as_posix(): path.read_bytes() for path in site.rglob("*") if path.is_file()}


@pytest.fixture
def project(tmp_path) -> Path:
    return copy_project(tmp_path / "project")


def _save(path: Path, text: str, mtime_ns: int | None = None) -> None:
    """Give `path` its new text (and date) in one step, as editors that save by renaming do:
    the preview's watcher sees the old file or the new one, never one half written."""
    temp = path.parents[1] / f".{path.name}.saving"  # beside docs/, where MkDocs does not look
    temp.write_text(text, encoding="utf-8")
    if mtime_ns is not None:
        os.utime(temp, ns=(mtime_ns, mtime_ns))
    os.replace(temp, path)


def _append(path: Path, text: str):
    return lambda: _save(path, path.read_text(encoding="utf-8") + text)


def test_an_edit_shows_and_undoing_it_rebuilds_the_first_builds_bytes(project, tmp_path):
    source = project / EDITED
    original, stat = source.read_text(encoding="utf-8"), source.stat()

    with PreviewServer(project, tmp_path) as server:
        first = _snapshot(server.site_dir)
        added = original.replace("\n## ", "\n## An added heading\n\nedited-marker\n\n## ", 1)
        server.rebuild_after(lambda: _save(source, added))
        edited = _snapshot(server.site_dir)
        # Outside git, "last updated" is the file's date: undoing the edit restores it too.
        server.rebuild_after(lambda: _save(source, original, stat.st_mtime_ns))
        restored = _snapshot(server.site_dir)
    assert b"edited-marker" in edited["en/cuda/index.html"]
    assert b"edited-marker" in edited["en/search/search_index.json"]
    # A rebuild, like the first build, leaves the policy out: live reload's script is inline.
    assert b"Content-Security-Policy" not in edited["en/cuda/index.html"]
    assert [path for path in first if restored.get(path) != first[path]] == []
    assert restored.keys() == first.keys()


def test_a_broken_link_in_an_unchanged_page_is_reported_again_by_every_rebuild(project, tmp_path):
    _append(project / EDITED, "\n[gone](no-such-page.md)\n")()
    warning = "contains a link 'no-such-page.md'"
    with PreviewServer(project, tmp_path) as server:
        assert server.log().count(warning) == 1
        server.rebuild_after(_append(project / OTHER, "\nanother edit\n"))
        assert server.log().count(warning) == 2


def test_a_strict_serve_still_refuses_a_broken_link_in_a_page_not_edited_since(project, tmp_path):
    with PreviewServer(project, tmp_path, strict=True) as server:
        server.rebuild_after(_append(project / EDITED, "\n[gone](no-such-page.md)\n"), expect_failure=True)
        server.rebuild_after(_append(project / OTHER, "\nanother edit\n"), expect_failure=True)


def test_mkdocs_build_converts_every_page_itself(monkeypatch):
    monkeypatch.setattr(Page, "render", Page.render)  # whatever on_startup does is undone after the test
    render = Page.render
    build_speed.on_startup(command="build", dirty=False)
    assert Page.render is render and not getattr(render, "cached", False)
