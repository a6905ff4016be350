"""Every UI string exists in every language (hooks/common/ui_text.py)."""

from common.ui_text import TEXT, missing, strings


def test_every_built_language_has_every_string():
    assert missing(["zh", "en"]) == []


def test_a_string_one_language_lacks_is_named():
    text = {"zh": {"a": "甲", "b": {"c": "丙"}}, "en": {"a": "A"}}
    assert missing(["zh", "en"], text) == ["en: b.c"]


def test_a_language_without_a_table_lacks_everything():
    text = {"zh": {"a": "甲"}}
    assert missing(["zh", "fr"], text) == ["fr: a"]


def test_a_section_is_read_in_the_pages_language():
    assert strings("zh", "lesson")["self_check"] == "自测"
    assert strings("en", "lesson")["self_check"] == "Self-check"


def test_the_tables_are_the_built_languages():
    assert set(TEXT) == {"zh", "en"}
