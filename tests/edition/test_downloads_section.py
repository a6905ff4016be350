"""The start page's download links (hooks/edition/downloads.py), on plain data."""

from __future__ import annotations

import re

import pytest

from edition.downloads import MARKER, Download, fill_marker, has_marker, human_size, links

FILES = [Download("docker-notes-offline.zip", 2_345_678), Download("docker-notes.zh.pdf", 812_000, "zh"),
         Download("docker-notes.en.pdf", 45_000, "en")]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_links_point_at_every_file_under_downloads_relative_to_the_docs_root(lang):
    targets = re.findall(r"\]\(([^)]+)\)", links(lang, FILES))
    assert targets == [f"downloads/{item.name}" for item in FILES]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_links_follow_a_lead_in_with_a_stable_id(lang):
    assert links(lang, FILES).splitlines()[1] == "{: #downloads }"


def test_links_show_each_file_size():
    text = links("en", FILES)
    assert "(zip, 2.3 MB)" in text and "0.8 MB" in text and "45 KB" in text


def test_marker_line_is_replaced_in_place():
    page = f"# Start\n\nBefore.\n\n{MARKER}\n\nAfter.\n"
    assert fill_marker(page, "LINKS") == "# Start\n\nBefore.\n\nLINKS\n\nAfter.\n"


def test_marker_line_is_removed_when_nothing_is_offered():
    assert fill_marker(f"Before.\n\n{MARKER}\n\nAfter.\n", "") == "Before.\n\n\n\nAfter.\n"


def test_marker_counts_only_on_a_line_of_its_own():
    assert has_marker(f"text\n{MARKER}\n")
    assert not has_marker(f"see `{MARKER}` in the README\n")


def test_small_files_are_shown_in_kilobytes():
    assert human_size(999) == "1 KB"
