"""The serve-time watcher sees saves that keep a file's size and date (hooks/preview/watch.py)."""

from __future__ import annotations

import os

import live_preview
import watchdog.observers.polling as polling
from mkdocs.livereload import LiveReloadServer
from watchdog.utils.dirsnapshot import DirectorySnapshot, DirectorySnapshotDiff

from preview import watch


def _modified(folder, change, stat=os.stat) -> list[str]:
    before = DirectorySnapshot(str(folder), stat=stat)
    change()
    return DirectorySnapshotDiff(before, DirectorySnapshot(str(folder), stat=stat)).files_modified


def _same_length_edit_with_its_date_put_back(page):
    def change():
        old = page.stat()
        page.write_text("new text", encoding="utf-8")
        os.utime(page, ns=(old.st_atime_ns, old.st_mtime_ns))
    return change


def test_watchdogs_own_comparison_misses_a_same_length_edit_whose_date_is_put_back(tmp_path):
    # Why the watcher exists; if watchdog ever notices this itself, the hook can go.
    page = tmp_path / "page.md"
    page.write_text("old text", encoding="utf-8")
    assert _modified(tmp_path, _same_length_edit_with_its_date_put_back(page)) == []


def test_the_change_time_reveals_it(tmp_path):
    page = tmp_path / "page.md"
    page.write_text("old text", encoding="utf-8")
    assert _modified(tmp_path, _same_length_edit_with_its_date_put_back(page), watch.stat_with_change_time) == [str(page)]


def test_an_untouched_folder_shows_no_change(tmp_path):
    (tmp_path / "page.md").write_text("text", encoding="utf-8")
    assert _modified(tmp_path, lambda: None, watch.stat_with_change_time) == []


def test_mkdocs_serve_gets_the_observer_and_mkdocs_build_keeps_its_own(monkeypatch, tmp_path):
    monkeypatch.setattr(polling, "PollingObserver", polling.PollingObserver)  # put back after the test
    live_preview.on_startup(command="build")
    assert polling.PollingObserver is not watch.ChangeTimeObserver
    live_preview.on_startup(command="serve")
    server = LiveReloadServer(builder=lambda: None, host="127.0.0.1", port=0, root=str(tmp_path))
    assert isinstance(server.observer, watch.ChangeTimeObserver)
    server.server_close()
