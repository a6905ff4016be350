"""How a normal build relates to the offline edition's files (hooks/editions.py)."""

from __future__ import annotations

from edition import files as edition_files
from edition.downloads import MARKER
from project import run_mkdocs_build

ALL_FILES = edition_files.download_names(["zh", "en"])


def test_build_without_the_offline_edition_offers_no_downloads(project_copy, tmp_path, monkeypatch):
    monkeypatch.setenv(edition_files.DIST_ENV, str(tmp_path / "empty"))
    result = run_mkdocs_build(project_copy, tmp_path / "site")
    assert result.ok, result.output
    for start_page in ("index.html", "en/index.html"):
        assert 'id="downloads"' not in (result.site / start_page).read_text("utf-8")
    assert not (result.site / "downloads").exists()


def test_build_with_part_of_the_offline_edition_fails_naming_what_is_missing(project_copy, tmp_path, monkeypatch):
    dist = tmp_path / "dist"
    dist.mkdir()
    for name in ALL_FILES[:-1]:
        (dist / name).write_bytes(b"made by an interrupted ./dev offline")
    monkeypatch.setenv(edition_files.DIST_ENV, str(dist))
    result = run_mkdocs_build(project_copy, tmp_path / "site")
    assert not result.ok
    assert ALL_FILES[-1] in result.output
    assert "./dev offline" in result.output
    assert "Traceback" not in result.output


def test_start_page_without_the_downloads_marker_fails_naming_the_page(project_copy, tmp_path, monkeypatch):
    page = project_copy / "docs/index.en.md"
    text = page.read_text("utf-8")
    assert MARKER in text
    page.write_text(text.replace(MARKER, ""), "utf-8")
    monkeypatch.setenv(edition_files.DIST_ENV, str(tmp_path / "empty"))
    result = run_mkdocs_build(project_copy, tmp_path / "site")
    assert not result.ok
    assert "docs/index.en.md" in result.output and MARKER in result.output
    assert "Traceback" not in result.output
