"""How the search reads a query (search-query.js), run in Chromium on the file the site ships.

The search worker passes what it knows of the index as a lexicon; here a small one
stands in for it: the built index's own separator, and a handful of Chinese words with
how many entries have them.
"""

from __future__ import annotations

import json

import pytest

SCRIPT = "/assets/javascripts/workers/search-query.js"

# A stand-in for the index: its separator, lunr's trimming (word characters and Han) and
# lowercasing, the plural rule, a few of
# lunr's stop words, and the words it has, with how many entries have them.
LEXICON = """([separator, words, stop]) => ({
    separator: new RegExp(separator),
    entries: 200,
    normalize: word => {
        const trimmed = word.toLowerCase().replace(/^[^\\w\\u4e00-\\u9fa5]+|[^\\w\\u4e00-\\u9fa5]+$/g, "");
        return stop.includes(trimmed) ? "" : SearchQuery.singular(trimmed);
    },
    frequency: word => words[word] || 0,
})"""
INDEX_WORDS = {"容器": 150, "复制": 20, "文件": 60, "里": 40, "从容": 1, "镜像": 160, "变量": 30, "环境": 40,
                 "环境变量": 20, "docker": 190, "entrypoint": 30, "build": 120}
STOP_WORDS = ["从", "的", "a", "the", "of"]


@pytest.fixture(scope="module")
def query_page(chromium, site_url, built_site):
    """One page for the module: the script has no state between calls."""
    separator = json.loads((built_site / "search" / "search_index.json").read_text("utf-8"))["config"]["separator"]
    context = chromium.current().new_context()
    page = context.new_page()
    page.goto(f"{site_url}/")
    page.add_script_tag(url=f"{site_url}{SCRIPT}")
    page.evaluate(f"args => {{ window.lexicon = ({LEXICON})(args); }}", [separator, INDEX_WORDS, STOP_WORDS])
    yield page
    context.close()


def names(page, text: str, inner: bool = False) -> list[str]:
    return page.evaluate("([text, inner]) => SearchQuery.names(text, inner)", [text, inner])


def compile_query(page, query: str) -> dict:
    weights = {"exact": 3, "prefix": 1, "prefixOfWord": 0.3, "namesField": "names",
               "wordFields": ["title", "text"], "hanFields": ["title", "text", "subwords"]}
    return page.evaluate("([query, weights]) => SearchQuery.compile(query, lexicon, weights)", [query, weights])


def words(page, query: str) -> list[str]:
    return [word["word"] for word in compile_query(page, query)["words"]]


@pytest.mark.parametrize("typed, text", [
    ("--build-arg", "docker build --build-arg PY=3.11 -t app ."),
    ("-it", "docker run -it --rm ubuntu bash"),
    (".dockerignore", "用 .dockerignore 排除文件"),
    ("devcontainer.json", "打开 .devcontainer/devcontainer.json，"),
    ("/etc/docker/daemon.json", "编辑 /etc/docker/daemon.json："),
    ("daemon.json", "编辑 /etc/docker/daemon.json："),
    ("python:3.12-slim", "FROM python:3.12-slim AS build"),
    ("nvidia/cuda", "FROM nvidia/cuda:12.4.1-runtime-ubuntu22.04"),
    ("hello-world", "docker run hello-world"),
])
def test_a_name_typed_alone_is_a_name_of_the_text_that_uses_it(query_page, typed, text):
    typed_names = names(query_page, typed)
    assert typed_names
    indexed = names(query_page, text, True)
    assert all(name in indexed or any(token.startswith(name) for token in indexed) for name in typed_names)


def test_a_flag_and_a_dotfile_are_not_the_plain_word(query_page):
    assert names(query_page, "it") == [] and names(query_page, "env") == []
    flag, dotfile, other_flag = names(query_page, "-it"), names(query_page, ".env"), names(query_page, "--env")
    assert flag and dotfile and other_flag
    assert dotfile != other_flag


def test_the_full_stop_after_a_name_is_not_part_of_it(query_page):
    assert names(query_page, "Edit compose.yaml.") == names(query_page, "compose.yaml")


def test_a_chinese_question_is_cut_into_the_index_words(query_page):
    found = words(query_page, "从容器里复制文件")
    # 从 is a stop word the index lacks; it must not hide the words after it, and 从容
    # (calm) is a word too, but a rarer reading than 从 + 容器.
    assert {"容器", "复制", "文件"} <= set(found)
    assert "从容" not in found


def test_the_longest_index_word_wins_over_its_parts(query_page):
    assert words(query_page, "环境变量") == ["环境变量"]


def test_characters_the_index_has_no_word_for_stay_together(query_page):
    segments = query_page.evaluate("() => SearchQuery.segment('显卡', lexicon)")
    assert segments == [{"word": "显卡", "known": False}]


@pytest.mark.parametrize("query", ["-it", "--build-arg", "+docker", "docker~2", "^build", "title:docker",
                                   '"docker build"', "docker*", "nginx:alpine", "\\docker", "docker -build"])
def test_operator_characters_are_plain_text(query_page, query):
    terms = [term["term"] for term in compile_query(query_page, query)["terms"]]
    assert terms, f"{query!r} looks up nothing"
    assert [term for term in terms if any(c in term for c in '+-~^:*"\\ ')] == []


def test_full_width_characters_from_an_input_method_read_as_ascii(query_page):
    assert compile_query(query_page, "－－ｇｐｕｓ") == compile_query(query_page, "--gpus")


def test_question_words_are_not_searched_for(query_page):
    assert words(query_page, "怎么复制文件") == words(query_page, "复制文件")
    assert words(query_page, "如何复制文件？") == words(query_page, "复制文件")


def test_a_plural_and_its_singular_are_one_word(query_page):
    for plural, singular in [("digests", "digest"), ("vulnerabilities", "vulnerability"), ("images", "image"),
                             ("caches", "cache")]:
        assert words(query_page, plural) == words(query_page, singular), plural
    for kept in ["ps", "dns", "process", "status"]:
        assert words(query_page, kept) == [kept]


def test_only_the_word_being_typed_is_searched_as_a_beginning(query_page):
    def prefixes(query):
        return [term["term"] for term in compile_query(query_page, query)["terms"] if term["prefix"]]
    assert prefixes("docker entryp") == ["entryp"]
    assert prefixes("docker entryp ") == []
