"""What a contributor's mistakes do to a build: each is named, at its file and line, with the
fix; nothing is published, and the site already published keeps every byte."""

from __future__ import annotations

import hashlib
import re
import shutil
from pathlib import Path

import pytest
from project import copy_project, run_mkdocs_build


def _digest(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture(scope="module")
def published(tmp_path_factory) -> Path:
    """The site as published before the contributor's change."""
    project = copy_project(tmp_path_factory.mktemp("clean") / "project")
    site = tmp_path_factory.mktemp("published") / "site"
    result = run_mkdocs_build(project, site)
    assert result.ok, result.output
    return site


@pytest.fixture
def contributor(tmp_path, published):
    """A project to break, and a copy of the published site its build must leave alone."""
    project = copy_project(tmp_path / "project")
    site = tmp_path / "out" / "site"
    shutil.copytree(published, site)
    return project, site, _digest(site)


def _build_refused(project: Path, site: Path, before: dict[str, str]) -> str:
    result = run_mkdocs_build(project, site)
    assert not result.ok, result.output
    assert "Traceback" not in result.output
    assert _digest(site) == before, "the published site changed"
    return result.output


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_malformed_front_matter_is_an_error_at_the_yaml_line(contributor, lang):
    project, site, before = contributor
    page = project / "docs" / f"volumes.{lang}.md"
    text = page.read_text(encoding="utf-8")
    body = text.split("---\n", 2)[2] if text.startswith("---\n") else text
    page.write_text("---\ntitle: Data: volumes\n---\n" + body, encoding="utf-8")
    output = _build_refused(project, site, before)
    assert (f"docs/volumes.{lang}.md:2:12: error front-matter: the front matter is not valid YAML (mapping values "
            "are not allowed here): MkDocs would publish it as page text; fix the YAML") in output


def test_a_fence_never_closed_at_the_end_of_a_page_is_an_error_at_its_opening_line(contributor):
    project, site, before = contributor
    page = project / "docs" / "volumes.zh.md"
    lines = page.read_text(encoding="utf-8").count("\n")
    page.write_text(page.read_text(encoding="utf-8") + "\n```bash\ndocker volume ls\n", encoding="utf-8")
    output = _build_refused(project, site, before)
    assert (f"docs/volumes.zh.md:{lines + 2}:1: error unclosed-fence: this fence (```bash) is never closed, so "
            "Markdown shows it and everything after it on the page as plain text") in output


def test_a_fence_never_closed_in_the_middle_of_a_page_is_reported_at_its_opening_not_in_the_prose_after_it(contributor):
    project, site, before = contributor
    page = project / "docs" / "volumes.en.md"
    text = page.read_text(encoding="utf-8")
    fence = text.index("\n```bash\n") + 1
    close = text.index("\n```\n", fence + 8) + 1
    opening = text.count("\n", 0, fence) + 1
    page.write_text(text[:close] + text[close + 4:], encoding="utf-8")
    output = _build_refused(project, site, before)
    assert re.search(rf"docs/volumes\.en\.md:{opening}:1: error unclosed-fence: this fence is never closed: it runs on "
                     r"to swallow the fence that opens on line \d+", output)
    assert "CJK001" not in output and "SC1" not in output


def test_a_page_saved_as_gbk_is_named_with_the_byte_and_the_fix_never_a_traceback(contributor):
    project, site, before = contributor
    page = project / "docs" / "volumes.zh.md"
    page.write_bytes(page.read_text(encoding="utf-8").encode("gbk", errors="replace"))
    output = _build_refused(project, site, before)
    assert "docs/volumes.zh.md:1: error encoding: byte 2 is not UTF-8; save the file as UTF-8" in output


def test_a_strict_warning_such_as_a_stale_translation_leaves_the_published_site_alone(contributor):
    project, site, before = contributor
    _edit(project / "docs" / "volumes.zh.md", "\n## ", "\n新加的一段。\n\n## ")
    output = _build_refused(project, site, before)
    assert "docs/volumes.en.md:2: the translation is stale: docs/volumes.zh.md has changed since it was translated" in output


def test_an_english_page_that_is_still_chinese_is_refused_as_untranslated(contributor):
    project, site, before = contributor
    zh = (project / "docs" / "volumes.zh.md").read_text(encoding="utf-8")
    record = (project / "docs" / "volumes.en.md").read_text(encoding="utf-8").split("---\n")[1]
    (project / "docs" / "volumes.en.md").write_text(f"---\n{record}---\n{zh}", encoding="utf-8")
    output = _build_refused(project, site, before)
    assert re.search(r"docs/volumes\.en\.md:1: looks untranslated \(\d\d% Chinese\): translate the page", output)


def test_an_english_page_with_one_code_block_fewer_names_both_lines(contributor):
    project, site, before = contributor
    page = project / "docs" / "volumes.en.md"
    text = page.read_text(encoding="utf-8")
    start = text.rindex("\n```bash\n") + 1
    end = text.index("\n```\n", start + 8) + 5
    page.write_text(text[:start] + text[end:], encoding="utf-8")
    output = _build_refused(project, site, before)
    assert re.search(r"docs/volumes\.en\.md:\d+: error twin-code: \d+ code block\(s\), but docs/volumes\.zh\.md has \d+: "
                     r"the block at docs/volumes\.zh\.md:\d+ has no twin", output)


def test_one_build_reports_every_problem_at_once_in_the_order_to_fix_them(contributor):
    project, site, before = contributor
    docs = project / "docs"
    (docs / "notes.zh.md").write_text("---\ntitle: [broken\n---\n# 卷的笔记\n\n```bash\necho \"unclosed\n```\n",
                                      encoding="utf-8")
    _edit(docs / "volumes.zh.md", "\n## ", "\n新加的一段。\n\n## ")
    output = _build_refused(project, site, before)
    headings = re.findall(r"INFO    -  \d\. ([a-z ]+):", output)
    assert headings == ["twins and nav", "front matter", "lesson structure", "snippets", "translation state"]
    for expected in ("docs/notes.en.md: missing; docs/notes.zh.md has no 'en' twin",
                     "docs/notes.zh.md:3:1: error front-matter",
                     "docs/notes.zh.md:4: no '## 自测' section",
                     "docs/notes.zh.md:7:6: error SC1073",
                     "docs/volumes.en.md:2: the translation is stale"):
        assert expected in output
    assert "error(s) and 2 warning(s) in 5 group(s)" in output
