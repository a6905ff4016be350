"""The start page's download section (hooks/downloads_section.py), on plain data."""

from __future__ import annotations

import re

import pytest

from downloads_section import TEXT, Download, human_size, missing_text, section

FILES = [Download("docker-notes-offline.zip", 2_345_678), Download("docker-notes.zh.pdf", 812_000, "zh"),
         Download("docker-notes.en.pdf", 45_000, "en")]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_section_links_every_file_under_downloads_relative_to_the_docs_root(lang):
    links = re.findall(r"\]\(([^)]+)\)", section(lang, FILES))
    assert links == [f"downloads/{item.name}" for item in FILES]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_section_heading_has_a_stable_id(lang):
    assert section(lang, FILES).startswith(f"## {TEXT[lang]['heading']} {{#downloads}}\n")


def test_section_shows_each_file_size():
    text = section("en", FILES)
    assert "(zip, 2.3 MB)" in text and "0.8 MB" in text and "45 KB" in text


def test_every_language_has_wording_for_every_edition():
    assert missing_text(["zh", "en"], ["zh", "en"]) == []


def test_a_language_without_wording_is_reported():
    assert missing_text(["fr", "en"], ["zh", "fr"]) == ["fr: everything", "en: pdf.fr"]


def test_small_files_are_shown_in_kilobytes():
    assert human_size(999) == "1 KB"
