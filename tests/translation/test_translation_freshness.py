"""Translation freshness end to end: the published notebook, and copies whose Chinese has moved on."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from urllib.parse import urljoin

import pytest
import yaml

from translation.render import STATUS_PAGE
from project import ROOT, copy_project, run_mkdocs_build
from translation_fixtures import change_chinese, commit_all

COMMAND = ROOT / "scripts" / "translation"
STALE, WHITESPACE_ONLY, UNRECORDED = "dockerfile/run", "containers", "cuda"


def html_of(site: Path, lang: str, page: str) -> str:
    prefix = "" if lang == "zh" else "en/"
    path = f"{prefix}index.html" if page == "index" else f"{prefix}{page}/index.html"
    return (site / path).read_text(encoding="utf-8")


def url_of(lang: str, page: str) -> str:
    return ("/" if lang == "zh" else "/en/") + ("" if page == "index" else f"{page}/")


def status_rows(site: Path, lang: str) -> dict[str, tuple[str, str]]:
    """The status page as {page: (state, Chinese last changed)}, pages named by where their links lead."""
    html = html_of(site, lang, STATUS_PAGE)
    rows = {}
    for first, state, changed in re.findall(r"<tr>\s*<td>(.*?)</td>\s*<td>(.*?)</td>\s*<td>(.*?)</td>\s*</tr>", html):
        target = urljoin(url_of(lang, STATUS_PAGE), re.search(r'href="([^"]*)"', first)[1])
        rows[target.removeprefix("/en/" if lang == "en" else "/").strip("/") or "index"] = (state, changed)
    return rows


def chinese_pages() -> set[str]:
    return {p.relative_to(ROOT / "docs").as_posix().removesuffix(".zh.md") for p in (ROOT / "docs").rglob("*.zh.md")}


def warnings(output: str) -> list[str]:
    return [line for line in output.splitlines() if line.startswith("WARNING")]


# The notebook as it is published

def test_no_english_page_of_the_notebook_carries_the_notice(built_site):
    notices = [p for p in (built_site / "en").rglob("*.html") if "translation-notice" in p.read_text(encoding="utf-8")]
    assert notices == []


@pytest.mark.parametrize("lang, current", [("zh", "最新"), ("en", "current")])
def test_the_status_page_lists_every_page_as_current(built_site, lang, current):
    rows = status_rows(built_site, lang)
    assert set(rows) == chinese_pages()
    assert {state for state, _ in rows.values()} == {current}


def nav_title(nav, target: str) -> str | None:
    """The title mkdocs.yml's nav gives to the page file `target`."""
    for item in nav:
        for title, value in item.items():
            found = nav_title(value, target) if isinstance(value, list) else (title if value == target else None)
            if found:
                return found
    return None


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_the_status_page_is_in_the_nav_under_its_translated_title(built_site, lang):
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
    title = nav_title(config["nav"], f"{STATUS_PAGE}.md")
    if lang == "en":
        i18n = next(plugin["i18n"] for plugin in config["plugins"] if isinstance(plugin, dict) and "i18n" in plugin)
        title = next(language for language in i18n["languages"] if language["locale"] == "en")["nav_translations"][title]
    link = re.search(rf'<a href="{STATUS_PAGE}/"[^>]*>(.*?)</a>', html_of(built_site, lang, "index"), re.S)
    assert " ".join(re.sub(r"<[^>]+>", "", link[1]).split()) == title


def test_the_language_switcher_on_the_status_page_leads_to_the_chinese_status_page(built_site):
    html = html_of(built_site, "en", STATUS_PAGE)
    href = re.search(r'<a href="([^"]+)" hreflang="zh"', html)[1]
    assert urljoin(url_of("en", STATUS_PAGE), href) == url_of("zh", STATUS_PAGE)


# A copy in git whose Chinese changed after translation: previewed as `./dev serve` builds it

@pytest.fixture(scope="module")
def edited(tmp_path_factory) -> Path:
    """Published on 2024-01-01; on 2024-03-15 one Chinese page got new text, one only whitespace,
    and one English page was rewritten without a record."""
    project = copy_project(tmp_path_factory.mktemp("edited") / "project")
    commit_all(project, "as published", "2024-01-01")
    docs = project / "docs"
    change_chinese(docs, STALE)
    whitespace = docs / f"{WHITESPACE_ONLY}.zh.md"
    spaced = whitespace.read_text(encoding="utf-8").replace("\n", "  \n", 1).replace("\n\n", "\n\n\n", 1) + "\n\n"
    whitespace.write_text(spaced, encoding="utf-8")
    unrecorded = docs / f"{UNRECORDED}.en.md"  # the translation as it is (a whole lesson), minus its record
    unrecorded.write_text(unrecorded.read_text(encoding="utf-8").split("---\n", 2)[2], encoding="utf-8")
    commit_all(project, "edits", "2024-03-15")
    return project


@pytest.fixture(scope="module")
def preview(edited, tmp_path_factory):
    return run_mkdocs_build(edited, tmp_path_factory.mktemp("preview") / "site", "--no-strict")


def test_a_changed_chinese_page_is_a_warning_naming_both_files(preview):
    assert preview.ok, preview.output
    assert [w for w in warnings(preview.output) if f"docs/{STALE}.zh.md" in w and f"docs/{STALE}.en.md" in w]


def test_the_stale_english_page_opens_with_a_notice_linking_to_the_chinese_original(preview):
    html = html_of(preview.site, "en", STALE)
    article = html[html.index('<article class="md-content__inner md-typeset">'):]
    first = re.search(r'<(?!/)[^>]*>', article[article.index(">") + 1:])[0]
    assert 'class="admonition warning translation-notice"' in first
    notice = article[:article.index("</div>")]
    assert "may be out of date" in notice
    href = re.search(r'<a href="([^"]+)" hreflang="zh">', notice)[1]
    assert urljoin(url_of("en", STALE), href) == url_of("zh", STALE)


def test_the_chinese_original_carries_no_notice(preview):
    assert "translation-notice" not in html_of(preview.site, "zh", STALE)


def test_a_whitespace_only_edit_leaves_the_translation_current(preview):
    assert not [w for w in warnings(preview.output) if f"docs/{WHITESPACE_ONLY}." in w]
    assert "translation-notice" not in html_of(preview.site, "en", WHITESPACE_ONLY)
    assert status_rows(preview.site, "en")[WHITESPACE_ONLY] == ("current", "2024-03-15")


@pytest.mark.parametrize("lang, stale, current", [("zh", "过时", "最新"), ("en", "stale", "current")])
def test_the_status_page_shows_the_stale_page_and_when_its_chinese_changed(preview, lang, stale, current):
    rows = status_rows(preview.site, lang)
    assert rows[STALE] == (stale, "2024-03-15")
    assert rows["index"] == (current, "2024-01-01")


def test_a_page_without_a_record_is_reported_with_the_command_that_fixes_it(preview):
    [warning] = [w for w in warnings(preview.output) if f"docs/{UNRECORDED}.en.md" in w]
    assert f"docs/{UNRECORDED}.en.md:1: no 'translated_from' record" in warning
    assert f"`scripts/translation mark {UNRECORDED}`" in warning
    assert status_rows(preview.site, "en")[UNRECORDED][0].startswith("missing")
    assert 'data-state="missing"' in html_of(preview.site, "en", UNRECORDED)


def test_the_strict_build_refuses_a_stale_translation(edited, tmp_path):
    result = run_mkdocs_build(edited, tmp_path / "site")
    assert not result.ok
    assert "0 error(s) and 2 warning(s) in 1 group(s) (translation state)" in result.output
    assert "Traceback" not in result.output


# A source tarball: no git history

@pytest.fixture(scope="module")
def tarball_build(tmp_path_factory):
    """A copy without .git whose Chinese changed, after the translator marked the English current."""
    project = copy_project(tmp_path_factory.mktemp("tarball") / "project")
    change_chinese(project / "docs", STALE)
    subprocess.run([sys.executable, str(COMMAND), "--docs", str(project / "docs"), "mark", STALE],
                   check=True, capture_output=True)
    return run_mkdocs_build(project, tmp_path_factory.mktemp("tarball-site") / "site")


def test_marking_the_english_current_clears_the_warning_and_the_notice(tarball_build):
    assert tarball_build.ok, tarball_build.output
    assert "translation-notice" not in html_of(tarball_build.site, "en", STALE)
    assert status_rows(tarball_build.site, "en")[STALE][0] == "current"


def test_without_git_history_the_build_says_so_once(tarball_build):
    assert len([line for line in tarball_build.output.splitlines() if "no git history" in line]) == 1


@pytest.mark.parametrize("lang, unknown", [("zh", "未知"), ("en", "unknown")])
def test_without_git_history_the_status_page_dates_are_unknown(tarball_build, lang, unknown):
    assert {changed for _, changed in status_rows(tarball_build.site, lang).values()} == {unknown}
