"""What the serve-time rebuild cache keys on (hooks/speed/render_cache.py)."""

from __future__ import annotations

from types import SimpleNamespace

from mkdocs.structure.toc import get_toc

from speed.render_cache import digest, search_key


def _page(content="<h2 id='a'>A</h2>", toc_id="a", **meta):
    toc = get_toc([{"level": 2, "id": toc_id, "name": "A", "children": []}])
    return SimpleNamespace(url="en/cuda/", title="CUDA", content=content, toc=toc, meta=meta)


def test_digest_tells_apart_lists_whose_joined_bytes_are_equal():
    assert digest([b"ab", b"c"]) != digest([b"a", b"bc"])


def test_digest_is_the_same_for_the_same_list():
    assert digest([b"a", b"b"]) == digest([b"a", b"b"])


def test_search_key_changes_with_the_html():
    assert search_key(_page()) != search_key(_page(content="<h2 id='a'>B</h2>"))


def test_search_key_changes_with_the_table_of_contents():
    assert search_key(_page()) != search_key(_page(toc_id="b"))


def test_search_key_changes_with_the_search_front_matter():
    assert search_key(_page()) != search_key(_page(search={"boost": 2}))
