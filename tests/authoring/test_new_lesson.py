"""`./dev new <page> "<中文标题>" "<English title>"` makes a lesson that builds, in both languages,
and that stays unpublishable until a translator marks its English as translated."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from project import ROOT, copy_project, run_mkdocs_build

from authoring.new_lesson import NewLessonError, add_to_nav


@pytest.fixture
def project(tmp_path) -> Path:
    """A copy a newcomer could run ./dev in: the same venv and front-end packages, already installed."""
    copy = copy_project(tmp_path / "project")
    for name in ("dev", "requirements.txt", "scripts"):
        source = ROOT / name
        (shutil.copytree if source.is_dir() else shutil.copy2)(source, copy / name)
    (copy / ".venv").symlink_to(Path(sys.executable).parents[1])
    return copy


def _dev_new(project: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(["./dev", "new", *args], cwd=project, capture_output=True, text=True, timeout=120,
                          env=dict(os.environ, NO_MKDOCS_2_WARNING="1"))


def test_a_new_lesson_builds_in_both_languages_and_waits_for_its_translation(project, tmp_path):
    made = _dev_new(project, "volume-backup", "卷的备份与恢复", "Backing up a volume")
    assert made.returncode == 0, made.stderr
    assert (project / "docs" / "volume-backup.zh.md").read_text(encoding="utf-8").startswith("# 卷的备份与恢复\n")
    config = (project / "mkdocs.yml").read_text(encoding="utf-8")
    assert "      - 卷的备份与恢复: volume-backup.md\n" in config
    assert "            卷的备份与恢复: Backing up a volume\n" in config
    assert "# One entry module per concern" in config  # comments kept

    preview = run_mkdocs_build(project, tmp_path / "preview", "--no-strict")
    assert preview.ok, preview.output
    english = (tmp_path / "preview" / "en" / "volume-backup" / "index.html").read_text(encoding="utf-8")
    assert 'data-state="untranslated"' in english and "This page is not translated yet" in english
    assert (tmp_path / "preview" / "volume-backup" / "index.html").is_file()

    published = run_mkdocs_build(project, tmp_path / "site")
    assert not published.ok
    assert ("docs/volume-backup.en.md:2: not yet translated: the page is still the skeleton `./dev new` made; "
            "translate docs/volume-backup.zh.md into it, then run `scripts/translation mark volume-backup`") in published.output


def test_a_page_that_exists_is_not_overwritten(project):
    made = _dev_new(project, "volumes", "卷", "Volumes")
    assert made.returncode == 2 and "docs/volumes.zh.md and docs/volumes.en.md already exist(s)" in made.stderr


def test_a_page_name_must_be_lowercase_words():
    with pytest.raises(NewLessonError, match="not a page name"):
        from authoring.new_lesson import check_page_name
        check_page_name("My Page")


def test_a_section_that_is_not_in_the_nav_is_named():
    with pytest.raises(NewLessonError, match="no section '杂项'"):
        add_to_nav("nav:\n  - 开始: index.md\n", "x", "甲", "A", "杂项")


def test_a_title_with_a_colon_is_quoted_in_yaml():
    config = "nav:\n  - 学习路径:\n      - 甲: a.md\nplugins:\n  - i18n:\n      languages:\n        - locale: en\n          nav_translations:\n            学习路径: Learning path\n"
    updated = add_to_nav(config, "b", "乙：备份", "B: backups", "学习路径")
    assert "      - 乙：备份: b.md\n" in updated and '            乙：备份: "B: backups"' in updated
