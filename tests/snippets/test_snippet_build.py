"""The check as users meet it: inside `mkdocs build`, and as the check-snippets script."""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest
from project import ROOT, run_mkdocs_build
from snippet_support import FIXTURES

from snippets.cache import Cache
from snippets.engine import check_paths
from snippets.options import Options

FINDING = re.compile(r"(?P<where>docs/\S+?:\d+:\d+): (?P<severity>error|warning) (?P<code>\S+):")

# The broken fixture holds one broken snippet of each kind; each must be named where it is.
EXPECTED_BROKEN = [
    "docs/index.en.md:7:5: error DF001",  # unknown Dockerfile instruction, in a tab
    "docs/index.en.md:13:24: error DF002",  # exec-form array without a comma
    "docs/index.en.md:19:5: error SC1046",  # shell error in the third line of a RUN
    "docs/index.en.md:23:15: error json",  # trailing comma in strict JSON, at the comma
    "docs/index.en.md:30:3: error jsonc",  # missing comma in JSONC
    "docs/index.en.md:38:4: error yaml",  # bad indentation
    "docs/index.zh.md:10:21: error SC1073",  # unclosed quote (after front matter)
    "docs/index.zh.md:16:17: error SC1101",  # backslash followed by a space
    "docs/index.zh.md:23:11: warning SC2046",  # a ShellCheck warning fails the strict build (not an ID-list idiom)
    "docs/index.zh.md:31:30: error SC1073",  # console: behind a user@host prompt, in an admonition
    "docs/index.zh.md:37:21: error SC1073",  # a real redirection without its file, next to a placeholder
    "docs/index.zh.md:43:23: error CJK001",  # full-width colon, in a list
]


def fixture_site(name: str, dest: Path) -> Path:
    """A private copy of a fixture site, with the project's hooks, that a test may build and break."""
    shutil.copytree(FIXTURES / name, dest)
    shutil.copytree(ROOT / "hooks", dest / "hooks", ignore=shutil.ignore_patterns("__pycache__"))
    return dest


def findings(output: str) -> list[str]:
    return [f"{m['where']}: {m['severity']} {m['code']}" for m in FINDING.finditer(output)]


def tree_digest(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def broken_build(tmp_path_factory):
    site = fixture_site("broken", tmp_path_factory.mktemp("broken") / "site-src")
    return run_mkdocs_build(site, site / "site")


def test_broken_fixture_build_fails_naming_every_broken_snippet_exactly(broken_build):
    assert not broken_build.ok
    assert findings(broken_build.output) == EXPECTED_BROKEN


def test_broken_fixture_build_ends_with_a_one_line_summary_and_no_traceback(broken_build):
    assert "Traceback" not in broken_build.output
    assert "Snippet check: 11 errors, 1 warning in 13 code blocks on 2 pages" in broken_build.output


def test_opted_out_block_is_not_reported(broken_build):
    assert "docs/index.zh.md:49" not in broken_build.output and "1 opted out" in broken_build.output


def test_clean_fixture_builds_strict_with_zero_findings_checked_once(tmp_path):
    site = fixture_site("clean", tmp_path / "src")
    result = run_mkdocs_build(site, tmp_path / "out")
    assert result.ok, result.output
    assert findings(result.output) == []
    # mkdocs-static-i18n builds English inside the Chinese build: the check must run once for both.
    assert result.output.count("Snippet check: no problems in 14 code blocks on 2 pages") == 1


def test_a_warm_rebuild_checks_nothing(tmp_path):
    site = fixture_site("clean", tmp_path / "src")
    run_mkdocs_build(site, tmp_path / "out")
    assert "(0 checked, 13 from cache, 1 opted out)" in run_mkdocs_build(site, tmp_path / "out").output


def test_a_failed_check_leaves_the_previous_site_byte_for_byte(tmp_path):
    site = fixture_site("clean", tmp_path / "src")
    out = tmp_path / "out"
    assert run_mkdocs_build(site, out).ok
    before = tree_digest(out)
    page = site / "docs" / "index.en.md"
    page.write_text(page.read_text(encoding="utf-8") + '\n```bash\necho "unclosed\n```\n', encoding="utf-8")
    result = run_mkdocs_build(site, out)
    assert not result.ok and "docs/index.en.md" in result.output
    assert tree_digest(out) == before


def test_a_missing_checker_fails_the_build_with_how_to_install_it(tmp_path):
    """A Python whose folder has no shellcheck, and a PATH without one: what a half-set-up machine looks like."""
    site = fixture_site("clean", tmp_path / "src")
    bare = tmp_path / "bare-bin"
    bare.mkdir()
    (bare / "python").symlink_to(Path(sys.base_prefix) / "bin" / f"python{sys.version_info.major}.{sys.version_info.minor}")
    (bare / "bash").symlink_to(shutil.which("bash"))
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", PATH=str(bare), PYTHONPATH=sysconfig.get_paths()["purelib"])
    proc = subprocess.run([str(bare / "python"), "-m", "mkdocs", "build", "--strict", "-d", str(tmp_path / "out")],
                          cwd=site, env=env, capture_output=True, text=True, timeout=300)
    output = proc.stdout + proc.stderr
    assert proc.returncode != 0
    assert "ShellCheck is not installed" in output and "pip install -r requirements.txt" in output
    assert "Traceback" not in output


def test_the_notes_have_no_snippet_findings():
    result = check_paths([ROOT / "docs"], ROOT, Options(), Cache(None))
    assert [str(finding) for finding in result.findings] == []


def run_cli(cwd: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "scripts" / "check-snippets"), "--no-cache", *args],
                          cwd=cwd, capture_output=True, text=True, timeout=300, env=dict(os.environ, NO_MKDOCS_2_WARNING="1"))


def test_cli_gives_the_build_messages_and_exit_status_1(broken_build, tmp_path):
    site = fixture_site("broken", tmp_path / "src")
    proc = run_cli(site)  # default: docs/
    assert proc.returncode == 1
    assert findings(proc.stdout) == EXPECTED_BROKEN


def test_cli_passes_warnings_unless_strict(tmp_path):
    page = tmp_path / "warn.md"
    page.write_text("```bash\ndocker rm $(cat ids.txt)\n```\n", encoding="utf-8")
    assert run_cli(tmp_path, "warn.md").returncode == 0
    assert run_cli(tmp_path, "--strict", "warn.md").returncode == 1


def test_pre_commit_hook_runs_the_cli_on_the_files_it_is_given(tmp_path):
    import yaml

    config = yaml.safe_load((ROOT / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    [hook] = [hook for repo in config["repos"] if repo["repo"] == "local" for hook in repo["hooks"] if hook["id"] == "check-snippets"]
    site = fixture_site("broken", tmp_path / "src")
    (site / ".venv").symlink_to(Path(sys.executable).parents[1])  # the venv running the tests
    (site / "scripts").symlink_to(ROOT / "scripts")
    files = [p.relative_to(site).as_posix() for p in (site / "docs").glob("*.md") if re.search(hook["files"], p.name)]
    proc = subprocess.run(f"{hook['entry']} {' '.join(hook.get('args', []))} {' '.join(files)}", shell=True, cwd=site,
                          capture_output=True, text=True, timeout=300, env=dict(os.environ, NO_MKDOCS_2_WARNING="1"))
    assert proc.returncode == 1 and findings(proc.stdout) == EXPECTED_BROKEN


def test_a_passing_check_still_cleans_the_site_directory(tmp_path):
    """The hook holds MkDocs' cleaning of site_dir back until the check passes; it must still happen."""
    site = fixture_site("clean", tmp_path / "src")
    out = tmp_path / "out"
    assert run_mkdocs_build(site, out).ok
    stale = out / "stale-page" / "index.html"
    stale.parent.mkdir()
    stale.write_text("left over from an old build", encoding="utf-8")
    assert run_mkdocs_build(site, out).ok
    assert not stale.exists() and (out / "index.html").is_file()
