"""scripts/translation as a translator runs it, on a fixture git repository with fixed dates."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from project import ROOT
from translation_fixtures import commit_all

COMMAND = ROOT / "scripts" / "translation"

RUN_ZH = """# RUN：构建时执行

RUN 在构建镜像时执行命令。
每条 RUN 都会产生一层。

```dockerfile
RUN apt-get update
```
"""
RUN_EN = "# RUN: runs at build time\n\nRUN executes a command while the image is built.\n"


def translation(docs: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(COMMAND), "--docs", str(docs), *args], capture_output=True, text=True, timeout=60)


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


@pytest.fixture
def repo(tmp_path) -> Path:
    """A notebook whose English run page was marked current on 2024-01-01, before the Chinese changed."""
    docs = tmp_path / "docs"
    write(docs / "dockerfile/run.zh.md", RUN_ZH)
    write(docs / "dockerfile/run.en.md", RUN_EN)
    write(docs / "index.zh.md", "# 开始\n")
    write(docs / "index.en.md", "# Start\n")
    assert translation(docs, "mark", "--all").returncode == 0
    commit_all(tmp_path, "translated", "2024-01-01")
    return tmp_path


def edit_chinese_run_page(repo: Path) -> None:
    """Change line 4, add a line after it, and re-wrap line 3 (a whitespace-only edit)."""
    page = repo / "docs/dockerfile/run.zh.md"
    write(page, page.read_text(encoding="utf-8")
          .replace("RUN 在构建镜像时执行命令。", "RUN  在构建镜像时执行命令。 ")
          .replace("每条 RUN 都会产生一层。\n", "每条 RUN 都会产生一个新的镜像层。\n合并命令可以减少层数。\n"))
    commit_all(repo, "more about layers", "2024-03-15")


def test_diff_shows_exactly_the_changed_chinese_lines(repo):
    edit_chinese_run_page(repo)
    result = translation(repo / "docs", "diff", "dockerfile/run")
    changed = [line for line in result.stdout.splitlines() if line[:2] in ("- ", "+ ")]
    assert changed == [
        "-    4 │ 每条 RUN 都会产生一层。",
        "+    4 │ 每条 RUN 都会产生一个新的镜像层。",
        "+    5 │ 合并命令可以减少层数。",
    ]


def test_diff_names_the_commit_the_english_was_translated_from(repo):
    translated = subprocess.run(["git", "rev-parse", "HEAD"], cwd=repo, capture_output=True, text=True).stdout.strip()
    edit_chinese_run_page(repo)
    result = translation(repo / "docs", "diff")
    assert f"changed since {translated[:10]} (2024-01-01)" in result.stdout
    assert "mark dockerfile/run" in result.stdout


def test_diff_of_a_current_page_says_there_is_nothing_to_translate(repo):
    result = translation(repo / "docs", "diff", "docs/dockerfile/run.en.md")
    assert result.returncode == 0 and "dockerfile/run: current" in result.stdout


def test_status_shows_a_stale_page_and_when_the_chinese_last_changed(repo):
    edit_chinese_run_page(repo)
    result = translation(repo / "docs", "status")
    assert result.returncode == 1
    assert "dockerfile/run  stale     2024-03-15" in result.stdout
    assert "index           current   2024-01-01" in result.stdout


def test_an_uncommitted_chinese_edit_is_dated_uncommitted(repo):
    page = repo / "docs/index.zh.md"
    write(page, page.read_text(encoding="utf-8") + "新的一段。\n")
    assert "index           stale     uncommitted" in translation(repo / "docs", "status").stdout


def test_marking_current_clears_a_stale_page(repo):
    edit_chinese_run_page(repo)
    assert translation(repo / "docs", "mark", "dockerfile/run").returncode == 0
    result = translation(repo / "docs", "status")
    assert result.returncode == 0 and "2 of 2 current." in result.stdout


def test_mark_all_twice_changes_nothing_the_second_time(repo):
    result = translation(repo / "docs", "mark", "--all")
    assert result.stdout.strip() == "0 page(s) marked current, 2 already were."


def test_a_page_with_no_record_is_reported_with_the_command_that_fixes_it(repo):
    write(repo / "docs/index.en.md", "# Start\n")
    result = translation(repo / "docs", "status")
    assert "docs/index.en.md:1: no 'translated_from' record" in result.stdout
    assert "then run `scripts/translation mark index`" in result.stdout


def test_a_malformed_record_is_reported_after_every_other_pages_state(repo):
    write(repo / "docs/index.en.md", "---\ntranslated_from: 1234\n---\n# Start\n")
    result = translation(repo / "docs", "status")
    assert result.returncode == 1
    assert "docs/index.en.md:2: error record: 'translated_from: 1234' is not a fingerprint" in result.stdout
    assert re.search(r"^dockerfile/run\s+current", result.stdout, re.M)  # the other pages are still listed
    assert re.search(r"^docs/index\.en\.md\s+unreadable", result.stdout, re.M)
    assert "Traceback" not in result.stdout + result.stderr


def test_an_english_page_whose_chinese_original_was_deleted_is_listed_as_an_orphan(repo):
    write(repo / "docs/gone.en.md", "# Gone\n")
    result = translation(repo / "docs", "status")
    assert result.returncode == 1
    assert re.search(r"^gone\s+orphan\s+\(no Chinese original\)", result.stdout, re.M)
    assert "gone.en.md: its Chinese original gone.zh.md no longer exists" in result.stdout


def test_an_unknown_page_gets_a_suggestion(repo):
    result = translation(repo / "docs", "diff", "dockerfile/rnu")
    assert result.returncode == 2 and "did you mean dockerfile/run?" in result.stderr


def test_diff_without_git_history_says_it_needs_it(repo, tmp_path_factory):
    tarball = shutil.copytree(repo / "docs", tmp_path_factory.mktemp("unpacked") / "docs")
    write(tarball / "index.zh.md", "# 开始\n\n新的一段。\n")
    result = translation(tarball, "diff", "index")
    assert result.returncode == 2 and "diff needs the git history" in result.stderr
