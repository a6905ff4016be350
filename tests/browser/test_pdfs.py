"""The PDFs of the offline edition, read back with poppler (pdfinfo, pdftotext, pdffonts)."""

from __future__ import annotations

import html
import re
import subprocess
from pathlib import Path

import pytest
import yaml

from edition import files as edition_files
from common import ui_text
from editions import PRINT_CSS
from project import ROOT

LANGUAGES = ["zh", "en"]
CONFIG = yaml.load((ROOT / "mkdocs.yml").read_text("utf-8"), Loader=yaml.BaseLoader)
I18N = next(plugin["i18n"] for plugin in CONFIG["plugins"] if isinstance(plugin, dict) and "i18n" in plugin)
LANGUAGE_CONFIG = {lang["locale"]: lang for lang in I18N["languages"]}


def first_lesson() -> tuple[str, str]:
    """(nav title, page path) of the first page after the start page, in navigation order."""

    def pages(nav):
        for item in nav:
            for title, value in item.items():
                yield from pages(value) if isinstance(value, list) else [(title, value)]

    return next((title, path) for title, path in pages(CONFIG["nav"]) if path != "index.md")


def site_name(lang: str) -> str:
    return LANGUAGE_CONFIG[lang].get("site_name") or CONFIG["site_name"]


def nav_title(title: str, lang: str) -> str:
    return LANGUAGE_CONFIG[lang].get("nav_translations", {}).get(title, title)


def heading(page: Path) -> str:
    """The page's h1 as a reader sees it (no permalink sign)."""
    inner = re.search(r"<h1[^>]*>(.*?)</h1>", page.read_text("utf-8"), re.S)[1]
    return html.unescape(re.sub(r"<a class=\"headerlink\".*?</a>|<[^>]+>", "", inner)).strip()


def lesson_page(site: Path, path: str, lang: str) -> Path:
    prefix = "" if lang == "zh" else f"{lang}/"
    return site / f"{prefix}{path.removesuffix('.md')}.html"


def pdf_text_pages(pdf: Path) -> list[str]:
    """The text of each page (pdftotext separates pages with form feeds), spaces normalised."""
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return [re.sub(r"[ \t]+", " ", page) for page in text.split("\f")[:-1]]


def pdf_fonts(pdf: Path) -> list[dict]:
    lines = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout.splitlines()[2:]
    # name, type (may contain spaces), encoding, emb, sub, uni, object id, generation
    rows = [re.match(r"(\S+)\s+(.+?)\s+(\S+)\s+(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+$", line) for line in lines]
    return [{"name": row[1], "type": row[2], "embedded": row[4] == "yes"} for row in rows]


@pytest.fixture(params=LANGUAGES)
def lang(request) -> str:
    return request.param


@pytest.fixture
def pdf(offline_edition, lang) -> Path:
    path = offline_edition / edition_files.pdf_name(lang)
    assert path.is_file()
    return path


def test_pdf_has_more_than_one_page(pdf):
    assert len(pdf_text_pages(pdf)) > 1


def test_pdf_contains_the_first_lesson_heading(pdf, offline_site, lang):
    _, path = first_lesson()
    expected = heading(lesson_page(offline_site, path, lang))
    assert expected and expected in "\n".join(pdf_text_pages(pdf))


def test_pdf_cover_shows_the_notebook_title(pdf, lang):
    assert site_name(lang) in pdf_text_pages(pdf)[0]


def test_pdf_contents_give_the_page_the_first_lesson_starts_on(pdf, offline_site, lang):
    title, path = first_lesson()
    pages = pdf_text_pages(pdf)
    after_cover = "\n".join(pages[1:])
    entry = re.search(rf"^\s*{re.escape(nav_title(title, lang))} (\d+)\s*$", after_cover, re.M)
    assert entry, f"no contents line for {nav_title(title, lang)!r}"
    lesson_starts_on = pages[int(entry[1]) - 1]
    assert heading(lesson_page(offline_site, path, lang)) in lesson_starts_on


def test_every_pdf_page_carries_its_number_in_the_footer(pdf, lang):
    pages = pdf_text_pages(pdf)
    for number, text in enumerate(pages, start=1):
        footer = ui_text.strings(lang, "book")["footer"].format(title=site_name(lang), page=number, pages=len(pages))
        assert footer in text, f"page {number}"


def test_pdf_embeds_real_fonts_only(pdf):
    fonts = pdf_fonts(pdf)
    assert fonts
    assert [font for font in fonts if not font["embedded"] or font["type"] == "Type 3"] == []


def test_chinese_pdf_embeds_the_chinese_font_the_print_css_names(offline_edition):
    named = re.search(r'body\.book:lang\(zh\)\s*{\s*--md-text-font-family:\s*"([^"]+)"', PRINT_CSS.read_text("utf-8"))[1]
    fonts = pdf_fonts(offline_edition / edition_files.pdf_name("zh"))
    assert any(named.replace(" ", "") in font["name"] for font in fonts), fonts
