"""The whole site, built as it is published: both languages, same pages, right lang."""

from __future__ import annotations

import json
import re
from pathlib import Path

import yaml

from translation.render import STATUS_PAGE
from glossary.entries import parse
from project import ROOT, run_mkdocs_build


def _pages(root: Path) -> set[str]:
    return {p.relative_to(root).as_posix() for p in root.rglob("*.html") if "en" not in p.relative_to(root).parts[:1]}


def _html_lang(page: Path) -> str:
    return re.search(r'<html[^>]*\blang="([^"]+)"', page.read_text(encoding="utf-8"))[1]


def test_both_languages_publish_the_same_pages(built_site):
    zh = _pages(built_site)
    en = {p.relative_to(built_site / "en").as_posix() for p in (built_site / "en").rglob("*.html")}
    assert zh and zh == en


def test_chinese_pages_declare_lang_zh(built_site):
    for page in _pages(built_site):
        assert _html_lang(built_site / page) == "zh", page


def test_english_pages_declare_lang_en(built_site):
    for page in (built_site / "en").rglob("*.html"):
        assert _html_lang(page) == "en", page


def test_removing_an_english_page_fails_the_build_naming_it(project_copy, tmp_path):
    (project_copy / "docs/dockerfile/run.en.md").unlink()
    result = run_mkdocs_build(project_copy, tmp_path / "out")
    assert not result.ok
    assert "docs/dockerfile/run.en.md" in result.output
    assert "Traceback" not in result.output


def test_removing_a_nav_translation_fails_the_build_naming_it(project_copy, tmp_path):
    config_path = project_copy / "mkdocs.yml"
    text = config_path.read_text(encoding="utf-8")
    assert "            术语表: Glossary\n" in text
    config_path.write_text(text.replace("            术语表: Glossary\n", ""), encoding="utf-8")
    result = run_mkdocs_build(project_copy, tmp_path / "out")
    assert not result.ok
    assert "'术语表'" in result.output
    assert "Traceback" not in result.output


def test_every_nav_page_has_both_twins_on_disk():
    root = ROOT
    config = yaml.load((root / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)

    def files(nav):
        for item in nav:
            for value in item.values():
                yield from files(value) if isinstance(value, list) else [value]

    generated = {f"{STATUS_PAGE}.md"}  # written at build time by hooks/translations.py
    for page in set(files(config["nav"])) - generated:
        for lang in ("zh", "en"):
            assert (root / "docs" / page.replace(".md", f".{lang}.md")).is_file(), (page, lang)


def _glossary_terms(lang: str) -> list[str]:
    return [s for e in parse((ROOT / "glossary.yml").read_text(encoding="utf-8")) for s in e.spellings(lang)]


def test_chinese_pages_carry_chinese_tooltips(built_site):
    html = "".join(p.read_text(encoding="utf-8") for p in built_site.glob("*/index.html") if p.parent.name != "en")
    titles = re.findall(r'<abbr title="([^"]+)">([^<]+)</abbr>', html)
    assert titles and all(term in _glossary_terms("zh") for _, term in titles)


def test_english_pages_carry_english_tooltips(built_site):
    html = "".join(p.read_text(encoding="utf-8") for p in (built_site / "en").glob("*/index.html"))
    titles = re.findall(r'<abbr title="([^"]+)">([^<]+)</abbr>', html)
    assert titles and all(term in _glossary_terms("en") for _, term in titles)


def _switcher_target(page: Path, hreflang: str) -> Path:
    href = re.search(rf'<a href="([^"]*)" hreflang="{hreflang}"', page.read_text(encoding="utf-8"))[1]
    return (page.parent / href / "index.html").resolve()


def test_the_language_switcher_on_a_deep_page_links_to_its_english_twin(built_site):
    deep = built_site / "dockerfile/run/index.html"
    assert _switcher_target(deep, "en") == (built_site / "en/dockerfile/run/index.html").resolve()


def test_the_language_switcher_on_an_english_deep_page_links_back_to_chinese(built_site):
    deep = built_site / "en/dockerfile/run/index.html"
    assert _switcher_target(deep, "zh") == (built_site / "dockerfile/run/index.html").resolve()


def test_heading_permalinks_are_titled_in_the_page_language(built_site):
    assert 'title="本节链接"' in (built_site / "containers/index.html").read_text(encoding="utf-8")
    assert 'title="Link to this section"' in (built_site / "en/containers/index.html").read_text(encoding="utf-8")


def _index_pages_with_word(index_file: Path, word: str) -> set[str]:
    """Pages (locations without #section) whose indexed title or words contain `word`."""
    docs = json.loads(index_file.read_text(encoding="utf-8"))["docs"]
    separator = "\u200b"  # how the search plugin writes jieba's word boundaries
    return {
        doc["location"].split("#")[0]
        for doc in docs
        if word in (doc["title"] + " " + doc["text"]).replace(separator, " ").lower().split()
        or word in doc["title"].lower()
    }


def test_the_chinese_index_finds_the_word_image_on_the_image_names_page(built_site):
    assert "image-names/" in _index_pages_with_word(built_site / "search/search_index.json", "镜像")


def test_the_english_index_finds_entrypoint_on_its_lesson_and_holds_no_chinese_page(built_site):
    pages = _index_pages_with_word(built_site / "en/search/search_index.json", "entrypoint")
    assert "dockerfile/entrypoint-cmd/" in pages


def test_the_english_index_holds_no_chinese_section(built_site):
    docs = json.loads((built_site / "en/search/search_index.json").read_text(encoding="utf-8"))["docs"]
    chinese_titles = [doc["title"] for doc in docs if re.search(r"[\u4e00-\u9fff]", doc["title"])]
    assert docs and chinese_titles == []


def test_a_nav_entry_without_a_title_builds(project_copy, tmp_path):
    config_path = project_copy / "mkdocs.yml"
    text = config_path.read_text(encoding="utf-8")
    titled, translation = "      - 术语表: glossary.md\n", "            术语表: Glossary\n"
    assert titled in text and translation in text
    config_path.write_text(text.replace(titled, "      - glossary.md\n").replace(translation, ""), encoding="utf-8")
    result = run_mkdocs_build(project_copy, tmp_path / "out")
    assert result.ok, result.output
    assert (tmp_path / "out/en/glossary/index.html").is_file()
