"""The built search indexes' settings, run through Material's own search worker.

The reader-level search tests go through whole pages, where punctuation next to a
word can hide a settings problem; here one known document shows exactly which
words each language's settings let a reader find.
"""

from __future__ import annotations

import json

import pytest

# Sets Material's worker up with `config` and one document, then runs each query
# (the worker's messages: 0 = set up, 2 = query).
RUN_WORKER = """async ([config, doc, queries]) => {
    const script = new URL(JSON.parse(document.getElementById("__config").textContent).search, location.href);
    const worker = new Worker(script);
    const ask = message => new Promise(answer => {
        worker.onmessage = event => answer(event.data);
        worker.postMessage(message);
    });
    await ask({type: 0, data: {config, docs: [doc], options: {suggest: false}}});
    const found = {};
    for (const query of queries)
        found[query] = (await ask({type: 2, data: query})).data.items.length > 0;
    worker.terminate();
    return found;
}"""

# The text as Material's search plugin indexes it: Chinese already cut into words
# separated by zero-width spaces; English words a stemmer would shorten
# (configure -> configur, image -> imag, emulation -> emul).
DOC = {"location": "page/", "title": "ENTRYPOINT",
       "text": "<p>Configure the image and its emulation. 配置\u200b基础\u200b镜像\u200b的\u200b入口\u200b点</p>"}
ENGLISH_WORDS = ["configure", "image", "emulation", "entrypoint", "config", "emul"]


def _found(page, site_url, built_site, index: str, queries: list[str]) -> dict[str, bool]:
    config = json.loads((built_site / index).read_text(encoding="utf-8"))["config"]
    page.goto(f"{site_url}/")
    return page.evaluate(RUN_WORKER, [config, DOC, queries])


@pytest.mark.parametrize("index", ["search/search_index.json", "en/search/search_index.json"])
def test_whole_english_words_and_prefixes_are_found_in_either_language(page, site_url, built_site, index):
    found = _found(page, site_url, built_site, index, ENGLISH_WORDS)
    assert [word for word, hit in found.items() if not hit] == []


def test_the_chinese_index_finds_chinese_words(page, site_url, built_site):
    found = _found(page, site_url, built_site, "search/search_index.json", ["镜像", "基础镜像", "入口"])
    assert [word for word, hit in found.items() if not hit] == []
