"""glossary.yml: parsing, per-language tooltips and the glossary table."""

import pytest

from glossary.entries import GlossaryError, parse, table, tooltips
from project import ROOT

ENTRY = "- {zh: 镜像, en: image, zh_def: 只读模板。, en_def: A read-only template.}\n"


def test_an_entry_needs_both_languages_and_both_definitions():
    with pytest.raises(GlossaryError, match=r"entry 1 \(镜像\): missing en_def"):
        parse("- {zh: 镜像, en: image, zh_def: 只读模板。}\n")


def test_malformed_yaml_is_reported_with_line_and_column():
    with pytest.raises(GlossaryError, match=r"glossary.yml:2:7: not valid YAML"):
        parse("- zh: 镜像\n  en: : x\n")


def test_an_unknown_key_is_refused():
    with pytest.raises(GlossaryError, match="unknown key"):
        parse("- {zh: 镜像, en: image, zh_def: a, en_def: b, note: x}\n")


def test_tooltips_are_in_the_requested_language():
    [entry] = parse(ENTRY)
    assert tooltips([entry], "zh") == {"镜像": "只读模板。"}
    assert tooltips([entry], "en") == {"image": "A read-only template."}


def test_a_parenthesised_note_is_not_part_of_the_spelling():
    [entry] = parse("- {zh: 命名空间（Linux）, en: namespace (Linux), zh_def: a, en_def: b}\n")
    assert entry.spellings("zh") == ["命名空间"]
    assert entry.spellings("en") == ["namespace"]


def test_aliases_are_spellings_too():
    [entry] = parse("- {zh: 镜像, en: image, zh_def: a, en_def: b, en_aliases: [images]}\n")
    assert entry.spellings("en") == ["image", "images"]


def test_the_table_lists_the_page_language_first():
    [entry] = parse(ENTRY)
    assert table([entry], "en").splitlines()[2] == "| image | 镜像 | A read-only template. |"
    assert table([entry], "zh").splitlines()[2] == "| 镜像 | image | 只读模板。 |"


def test_the_real_glossary_parses():
    assert parse((ROOT / "glossary.yml").read_text(encoding="utf-8"))


def test_a_term_defined_twice_is_refused():
    with pytest.raises(GlossaryError, match="entry 2 .*already defined by entry 1"):
        parse(ENTRY + ENTRY)
