"""Reading page dates from one git log, and showing them in the page's language (pure)."""

from datetime import datetime, timezone

from page_dates import last_updated_html, parse_git_log

LOG = (
    "\x1e2025-03-04T10:00:00+08:00\0\na.zh.md\0a.en.md\0"
    "\x1e2025-05-01T09:00:00+00:00\0"                      # a merge commit: no paths
    "\x1e2024-12-31T23:30:00+00:00\0\nb/c.zh.md\0a.zh.md\0"
)


def test_each_path_gets_the_date_of_its_latest_commit():
    dates = parse_git_log(LOG)
    assert dates["a.zh.md"] == datetime.fromisoformat("2025-03-04T10:00:00+08:00")
    assert dates["b/c.zh.md"] == datetime.fromisoformat("2024-12-31T23:30:00+00:00")


def test_commits_that_touch_no_path_are_ignored():
    assert set(parse_git_log(LOG)) == {"a.zh.md", "a.en.md", "b/c.zh.md"}


def test_no_history_gives_no_dates():
    assert parse_git_log("") == {}


def test_the_date_is_the_authors_day_not_utcs():
    when = datetime.fromisoformat("2025-03-04T01:00:00+08:00")  # still March 3rd in UTC
    assert 'datetime="2025-03-04"' in last_updated_html(when, "en", "Last update")


def test_chinese_pages_show_a_chinese_date_after_a_full_width_colon():
    html = last_updated_html(datetime(2025, 3, 4, tzinfo=timezone.utc), "zh", "最后更新")
    assert html == '最后更新：<time datetime="2025-03-04">2025年3月4日</time>'


def test_english_pages_show_an_english_date():
    html = last_updated_html(datetime(2025, 3, 4, tzinfo=timezone.utc), "en", "Last update")
    assert html == 'Last update: <time datetime="2025-03-04">March 4, 2025</time>'
