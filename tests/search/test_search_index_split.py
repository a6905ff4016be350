"""Splitting the merged search index into one index per language (pure rules)."""

import json

from search import split
from search.worker import worker_url

PREFIXES = {"zh": "", "en": "en/"}


def test_entries_are_grouped_by_the_language_prefix_of_their_location():
    entries = [
        {"location": "", "title": "开始", "text": ""},
        {"location": "dockerfile/run/", "title": "RUN", "text": ""},
        {"location": "en/", "title": "Start", "text": ""},
        {"location": "en/dockerfile/run/#faq", "title": "FAQ", "text": ""},
    ]
    groups = split.split_entries(entries, PREFIXES)
    assert [e["title"] for e in groups["zh"]] == ["开始", "RUN"]
    assert [e["title"] for e in groups["en"]] == ["Start", "FAQ"]


def test_locations_become_relative_to_the_language_root():
    groups = split.split_entries([{"location": "en/dockerfile/run/#faq"}], PREFIXES)
    assert groups["en"][0]["location"] == "dockerfile/run/#faq"


def test_a_default_language_page_whose_name_starts_like_a_prefix_stays_in_the_default_language():
    groups = split.split_entries([{"location": "entrypoint/"}], PREFIXES)
    assert groups == {"zh": [{"location": "entrypoint/"}], "en": []}


def test_inner_words_of_a_long_chinese_word_are_found_but_not_its_prefixes():
    segments = {"环境变量": ["环境", "变量", "环境变", "环境变量"]}
    words = split.inner_words("设置\u200b环境变量\u200b。", lambda word: segments.get(word, [word]))
    assert words == ["变量"]


def test_entries_without_long_chinese_words_get_no_extra_field():
    docs = split.with_inner_words([{"location": "", "title": "RUN", "text": "构建\u200b镜像"}], lambda w: [w])
    assert split.SUBWORDS_FIELD not in docs[0]


def test_every_non_english_index_also_reads_english():
    assert split.lunr_languages("zh", {"zh", "en"}) == ["zh", "en"]
    assert split.lunr_languages("en", {"zh", "en"}) == ["en"]


def test_a_language_lunr_does_not_support_falls_back_to_english():
    assert split.lunr_languages("xx", {"zh", "en"}) == ["en"]


def test_the_index_declares_the_inner_words_field_beside_the_configured_ones():
    text = split.index_json([], lang=["en"], separator="[\\s]+", pipeline=["trimmer"],
                            fields={"title": {"boost": 1000.0}})
    config = json.loads(text)["config"]
    assert config["fields"] == {"title": {"boost": 1000.0}, split.SUBWORDS_FIELD: {"boost": 1.0}}
    assert config["lang"] == ["en"] and config["pipeline"] == ["trimmer"]


def test_a_boost_set_for_the_inner_words_field_in_mkdocs_yml_wins():
    text = split.index_json([], lang=["zh", "en"], separator="[\\s]+", pipeline=[],
                            fields={split.SUBWORDS_FIELD: {"boost": 0.5}})
    assert json.loads(text)["config"]["fields"][split.SUBWORDS_FIELD] == {"boost": 0.5}


def test_our_worker_is_named_beside_materials_relative_as_materials_is():
    assert worker_url("../assets/javascripts/workers/search.1a2b.min.js") == \
        "../assets/javascripts/workers/search-worker.js?material=search.1a2b.min.js"
