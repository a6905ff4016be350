"""`./dev serve` after a rebuild fails: every page answers, saying what is wrong in its own
language, and turns back into itself on the first good rebuild (hooks/live_preview.py)."""

from __future__ import annotations


import pytest
from playwright.sync_api import expect
from preview_server import PreviewServer
from project import copy_project

BROKEN = '\n```bash\necho "unclosed\n```\n'


@pytest.fixture
def preview(tmp_path):
    project = copy_project(tmp_path / "project")
    with PreviewServer(project, tmp_path) as server:
        yield project, server


def test_a_failed_rebuild_shows_its_findings_on_every_page_until_the_fix(preview, page):
    project, server = preview
    source = project / "docs" / "volumes.zh.md"
    original = source.read_text(encoding="utf-8")
    page.goto(f"{server.url}/volumes/")
    expect(page.locator("article h1")).to_contain_text("数据")

    server.rebuild_after(lambda: source.write_text(original + BROKEN, encoding="utf-8"), expect_failure=True)
    page.reload(timeout=15_000)  # answered at once: MkDocs alone would leave it waiting for a good build
    expect(page.locator("h1")).to_have_text("预览：构建失败")
    expect(page.locator("li.error").first).to_contain_text("docs/volumes.zh.md:")
    expect(page.locator("body")).to_contain_text("error SC1073")

    page.goto(f"{server.url}/en/networking/", timeout=15_000)
    expect(page.locator("h1")).to_have_text("Preview: the build failed")

    server.rebuild_after(lambda: source.write_text(original, encoding="utf-8"))
    page.goto(f"{server.url}/volumes/")
    expect(page.locator("article h1")).to_contain_text("数据")
