"""Every page says when it last changed, in its language, from git or from the file."""

from __future__ import annotations

import os
import re
import subprocess
from datetime import datetime, timezone

from docs_sources import DOCS, page_url, sources
from project import ROOT, run_mkdocs_build

_SHOWN = re.compile(r'<aside class="md-source-file">.*?<time datetime="(?P<day>[\d-]+)">(?P<text>[^<]+)</time>', re.S)
_CHINESE_DATE = re.compile(r"^\d{4}年\d{1,2}月\d{1,2}日$")
_ENGLISH_DATE = re.compile(r"^[A-Z][a-z]+ \d{1,2}, \d{4}$")


def _shown(site, source):
    html = (site / page_url(source).lstrip("/") / "index.html").read_text(encoding="utf-8")
    match = _SHOWN.search(html)
    assert match, f"{page_url(source)} shows no last-updated date"
    return match["day"], match["text"]


def _last_commit_day(source) -> str:
    return subprocess.run(["git", "log", "-1", "--format=%as", "--", source.relative_to(ROOT).as_posix()],
                          cwd=ROOT, capture_output=True, text=True, check=True).stdout.strip()


def test_every_chinese_page_shows_its_last_commit_day_in_chinese(built_site):
    for source in sources("zh"):
        day, text = _shown(built_site, source)
        assert day == (_last_commit_day(source) or day), source
        assert _CHINESE_DATE.match(text), (source, text)


def test_every_english_page_shows_its_last_commit_day_in_english(built_site):
    for source in sources("en"):
        day, text = _shown(built_site, source)
        assert day == (_last_commit_day(source) or day), source
        assert _ENGLISH_DATE.match(text), (source, text)


def test_without_git_history_pages_show_their_file_date_and_the_build_says_so_once(project_copy, tmp_path):
    page = project_copy / "docs" / sources("zh")[0].relative_to(DOCS)
    when = datetime(2020, 1, 2, 12, tzinfo=timezone.utc).timestamp()
    os.utime(page, (when, when))
    result = run_mkdocs_build(project_copy, tmp_path / "site")
    assert result.ok, result.output
    day, text = _shown(result.site, DOCS / page.relative_to(project_copy / "docs"))
    assert (day, text) == ("2020-01-02", "2020年1月2日")
    assert result.output.count("file modification date") == 1
