"""The prose check and the soft-break rule as users meet them: inside `mkdocs build` (strict
refuses a finding, a preview shows it), and as scripts/check-prose, fix mode included."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from project import ROOT, run_mkdocs_build

FIXTURE = ROOT / "tests" / "fixtures" / "typography"
FINDING = re.compile(r"(?P<where>(?:docs/\S+?|glossary\.yml):\d+:\d+): warning (?P<rule>\S+):")

# The fixture's one departure per language and in the glossary; its Chinese bait in front
# matter, code, a URL, inline code, an attribute and the glossary's Chinese must not be reported.
EXPECTED = [
    "docs/index.en.md:4:28 halfwidth-punctuation",
    "docs/index.zh.md:14:7 space-word",
    "glossary.yml:6:55 american-spelling",  # at the letter that changes
]


def fixture_site(dest: Path) -> Path:
    """A private copy of the fixture site with the project's hooks, for a test to build and fix."""
    shutil.copytree(FIXTURE, dest)
    shutil.copytree(ROOT / "hooks", dest / "hooks", ignore=shutil.ignore_patterns("__pycache__"))
    return dest


def findings(output: str) -> list[str]:
    return [f"{m['where']} {m['rule']}" for m in FINDING.finditer(output)]


def run_cli(cwd: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "scripts" / "check-prose"), *args],
                          cwd=cwd, capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def strict_build(tmp_path_factory):
    site = fixture_site(tmp_path_factory.mktemp("strict") / "src")
    return run_mkdocs_build(site, site / "site")


def test_a_strict_build_refuses_the_findings_naming_each_exactly(strict_build):
    assert not strict_build.ok
    assert findings(strict_build.output) == EXPECTED
    assert "0 error(s) and 3 warning(s) in 1 group(s) (prose)" in strict_build.output


def test_a_preview_build_shows_the_site_with_the_findings_as_warnings(tmp_path):
    site = fixture_site(tmp_path / "src")
    result = run_mkdocs_build(site, site / "site", "--no-strict")
    assert result.ok and findings(result.output) == EXPECTED


def test_in_the_html_and_search_index_chinese_lines_join_and_latin_lines_keep_a_space(tmp_path):
    site = fixture_site(tmp_path / "src")
    run_mkdocs_build(site, site / "site", "--no-strict")
    html = (site / "site" / "index.html").read_text(encoding="utf-8")
    assert "遇到 <code>RUN</code> 时，构建器执行这条命令，把执行结果提交为新的一层镜像层。" in html
    assert "现在默认的构建后端\nBuildKit 只实现 POSIX\n规定的功能。" in html
    english = (site / "site" / "en" / "index.html").read_text(encoding="utf-8")
    assert "this line\nwraps here" in english
    index = json.loads((site / "site" / "search" / "search_index.json").read_text(encoding="utf-8"))
    text = " ".join(doc["text"] for doc in index["docs"]).replace("\u200b", "")
    assert "执行这条命令，把执行结果" in text and "命令， 把" not in text


def test_the_script_gives_the_build_messages_and_exit_status_1(tmp_path):
    site = fixture_site(tmp_path / "src")
    proc = run_cli(site)
    assert proc.returncode == 1
    assert findings(proc.stdout) == EXPECTED
    assert proc.stdout.splitlines()[-1] == "Prose check: 3 findings in 3 files"


def test_fix_mode_fixes_the_pages_so_the_strict_build_passes(tmp_path):
    site = fixture_site(tmp_path / "src")
    chinese = site / "docs" / "index.zh.md"
    before = chinese.read_text(encoding="utf-8")
    proc = run_cli(site, "--fix")
    assert proc.returncode == 0, proc.stdout
    after = chinese.read_text(encoding="utf-8")
    assert "先用 docker 命令看一看。" in after
    # Only that line changed: the bait in front matter, code, URLs and attributes is as it was.
    assert [line for line in before.splitlines() if line not in after.splitlines()] == ["    先用docker命令看一看。"]
    assert "Run the command, then exit." in (site / "docs" / "index.en.md").read_text(encoding="utf-8")
    assert "base image flavor you chose" in (site / "glossary.yml").read_text(encoding="utf-8")
    assert run_mkdocs_build(site, site / "site").ok


def test_fix_mode_keeps_crlf_and_names_chinese_pages_whose_translation_goes_stale(tmp_path):
    page = tmp_path / "docs" / "lesson.zh.md"
    page.parent.mkdir()
    page.write_bytes("# 标题\r\n\r\n中文,英文。\r\n\r\n先用docker命令。\r\n".encode())
    proc = run_cli(tmp_path, "--fix")
    assert page.read_bytes() == "# 标题\r\n\r\n中文，英文。\r\n\r\n先用 docker 命令。\r\n".encode()
    assert "docs/lesson.zh.md: fixed" in proc.stdout
    assert "run scripts/translation mark lesson" in proc.stdout


def test_a_fix_of_spacing_alone_leaves_the_translation_current(tmp_path):
    page = tmp_path / "docs" / "lesson.zh.md"
    page.parent.mkdir()
    page.write_text("先用docker命令。\n", encoding="utf-8")
    proc = run_cli(tmp_path, "--fix")
    assert "docs/lesson.zh.md: fixed" in proc.stdout and "translation mark" not in proc.stdout


def test_pre_commit_hook_runs_the_script_on_the_files_it_is_given(tmp_path):
    config = yaml.safe_load((ROOT / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    [hook] = [hook for repo in config["repos"] for hook in repo["hooks"] if hook["id"] == "check-prose"]
    site = fixture_site(tmp_path / "src")
    (site / ".venv").symlink_to(ROOT / ".venv")
    (site / "scripts").symlink_to(ROOT / "scripts")
    candidates = [p.relative_to(site).as_posix() for p in [*(site / "docs").glob("*.md"), site / "glossary.yml"]]
    files = sorted(path for path in candidates if re.search(hook["files"], path))
    proc = subprocess.run(f"{hook['entry']} {' '.join(hook.get('args', []))} {' '.join(files)}", shell=True, cwd=site,
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 1 and findings(proc.stdout) == EXPECTED
