"""When each page last changed, read from one git log (common.git_history), pure part."""

from datetime import datetime
from pathlib import Path

from common.git_history import parse_log

ROOT = Path("/repo")

LOG = (
    "\x1e2025-03-04T10:00:00+08:00\0\na.zh.md\0a.en.md\0"
    "\x1e2025-05-01T09:00:00+00:00\0"                      # a merge commit: no paths
    "\x1e2024-12-31T23:30:00+00:00\0\nb/c.zh.md\0a.zh.md\0"
)


def test_each_path_gets_the_date_of_its_latest_commit():
    dates = parse_log(LOG, ROOT)
    assert dates[ROOT / "a.zh.md"] == datetime.fromisoformat("2025-03-04T10:00:00+08:00")
    assert dates[ROOT / "b/c.zh.md"] == datetime.fromisoformat("2024-12-31T23:30:00+00:00")


def test_commits_that_touch_no_path_are_ignored():
    assert set(parse_log(LOG, ROOT)) == {ROOT / "a.zh.md", ROOT / "a.en.md", ROOT / "b/c.zh.md"}


def test_no_history_gives_no_dates():
    assert parse_log("", ROOT) == {}
