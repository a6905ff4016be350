"""`mkdocs build` replaces site/ only when it succeeded: a killed build leaves the published
site as it was, and two builds in one folder both end cleanly (hooks/publishing.py)."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from project import copy_project, run_mkdocs_build


def _digest(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def _start_build(project: Path, site: Path) -> subprocess.Popen:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    return subprocess.Popen([sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
                            cwd=project, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    return copy_project(tmp_path_factory.mktemp("atomic") / "project")


def test_a_successful_build_replaces_the_site_and_leaves_nothing_beside_it(project, tmp_path):
    site = tmp_path / "site"
    (site / "stale-page").mkdir(parents=True)
    (site / "stale-page" / "index.html").write_text("from an old build", encoding="utf-8")
    result = run_mkdocs_build(project, site)
    assert result.ok, result.output
    assert (site / "index.html").is_file() and (site / "en" / "index.html").is_file()
    assert not (site / "stale-page").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == [".site.lock", "site", "site.csp.conf"]


def test_a_build_killed_midway_leaves_the_published_site_byte_for_byte(project, tmp_path):
    site = tmp_path / "site"
    assert run_mkdocs_build(project, site).ok
    before = _digest(site)
    build = _start_build(project, site)
    time.sleep(1)
    build.send_signal(signal.SIGKILL)
    build.wait(timeout=30)
    assert _digest(site) == before
    # The next build clears what the killed one left beside the site.
    assert run_mkdocs_build(project, site).ok
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".site.partial-")] == []


def test_two_builds_in_one_folder_at_once_both_end_cleanly_with_a_complete_site(project, tmp_path):
    site = tmp_path / "site"
    first, second = _start_build(project, site), _start_build(project, site)
    outputs = [first.communicate(timeout=600)[0], second.communicate(timeout=600)[0]]
    assert (first.returncode, second.returncode) == (0, 0), "\n".join(outputs)
    assert not any("Traceback" in output for output in outputs)
    assert any("another build is running in" in output for output in outputs)
    assert (site / "index.html").is_file() and (site / "en" / "index.html").is_file()
    assert (site / "search" / "search_index.json").is_file() and (site / "en" / "search" / "search_index.json").is_file()
