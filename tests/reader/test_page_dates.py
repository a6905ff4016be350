"""Showing when a page last changed, in the page's language (pure)."""

from datetime import datetime, timezone

from reader.dates import last_updated_html

def test_the_date_is_the_authors_day_not_utcs():
    when = datetime.fromisoformat("2025-03-04T01:00:00+08:00")  # still March 3rd in UTC
    assert 'datetime="2025-03-04"' in last_updated_html(when, "en", "Last update")


def test_chinese_pages_show_a_chinese_date_after_a_full_width_colon():
    html = last_updated_html(datetime(2025, 3, 4, tzinfo=timezone.utc), "zh", "最后更新")
    assert html == '最后更新：<time datetime="2025-03-04">2025年3月4日</time>'


def test_english_pages_show_an_english_date():
    html = last_updated_html(datetime(2025, 3, 4, tzinfo=timezone.utc), "en", "Last update")
    assert html == 'Last update: <time datetime="2025-03-04">March 4, 2025</time>'
