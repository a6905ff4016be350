"""The parity rules on plain data: which pages and titles lack a twin."""

from translation.parity import config_problems, nav_problems, nav_titles, page_problems, palette_problems, split_language

LANGS = ["zh", "en"]


def test_split_language_reads_the_suffix():
    assert split_language("dockerfile/run.en.md") == ("dockerfile/run", "en")


def test_split_language_returns_none_for_an_unsuffixed_page():
    assert split_language("notes.md") == ("notes", None)


def test_pages_with_both_twins_have_no_problem():
    assert page_problems(["a.zh.md", "a.en.md", "d/b.zh.md", "d/b.en.md"], LANGS, "docs") == []


def test_a_missing_english_twin_is_named_with_its_path():
    [problem] = page_problems(["a.zh.md", "a.en.md", "d/b.zh.md"], LANGS, "docs")
    assert problem.path == "docs/d/b.en.md"
    assert "docs/d/b.zh.md" in problem.message


def test_a_missing_chinese_twin_is_named_too():
    [problem] = page_problems(["only.en.md"], LANGS, "docs")
    assert problem.path == "docs/only.zh.md"


def test_a_page_without_language_suffix_is_refused():
    [problem] = page_problems(["notes.md"], LANGS, "docs")
    assert problem.path == "docs/notes.md"
    assert "notes.zh.md or notes.en.md" in problem.message


def test_nav_titles_walks_sections_depth_first():
    nav = [{"开始": "index.md"}, {"路径": [{"甲": "a.md"}, {"乙": [{"丙": "c.md"}]}]}]
    assert nav_titles(nav) == ["开始", "路径", "甲", "乙", "丙"]


def test_an_untranslated_nav_title_is_reported():
    nav = [{"开始": "index.md"}, {"术语表": "glossary.md"}]
    [problem] = nav_problems(nav, {"en": {"开始": "Start"}})
    assert "'术语表'" in problem.message and "nav_translations" in problem.path


def test_a_translation_of_a_vanished_title_is_reported():
    [problem] = nav_problems([{"开始": "index.md"}], {"en": {"开始": "Start", "旧": "Old"}})
    assert "'旧'" in problem.message


def test_an_empty_translation_counts_as_missing():
    [problem] = nav_problems([{"开始": "index.md"}], {"en": {"开始": " "}})
    assert "'开始'" in problem.message


def test_a_language_without_its_own_site_name_is_reported():
    [problem] = config_problems({"en": {"site_name": None, "site_description": "x"}}, ("site_name", "site_description"))
    assert "site_name" in problem.message


PALETTE = [{"scheme": "default", "toggle": {"name": "切换到深色模式"}}, {"scheme": "slate", "toggle": {"name": "切换到浅色模式"}}]


def test_translated_palette_toggles_have_no_problem():
    theme = {"palette": [{"toggle": {"name": "Dark"}}, {"toggle": {"name": "Light"}}]}
    assert palette_problems(PALETTE, {"en": theme}) == []


def test_an_untranslated_palette_toggle_is_reported():
    [problem] = palette_problems(PALETTE, {"en": {"palette": [{"toggle": {"name": "Dark"}}]}})
    assert "palette[1]" in problem.path and "切换到浅色模式" in problem.message
