"""What the search adds to the index Material's search plugin writes stays small.

Each language's search_index.json is what a reader downloads on first opening the
search. Material's plugin writes each page's location, title, text (and tags and boost);
everything the search adds beyond that (the words inside longer Chinese words, its
settings) may add at most a fifth. The `names` field costs nothing here: the search
worker computes it from the text when it builds the index.
"""

from __future__ import annotations

import json

import pytest

BUDGET = 1.20
MATERIAL_KEYS = {"location", "title", "text", "tags", "boost"}


def _size(data: dict) -> int:
    # The form search_per_language writes: compact, UTF-8.
    return len(json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))


@pytest.mark.parametrize("index", ["search/search_index.json", "en/search/search_index.json"])
def test_the_index_weighs_at_most_a_fifth_more_than_materials_entries(built_site, index):
    data = json.loads((built_site / index).read_text(encoding="utf-8"))
    material = {"config": {}, "docs": [{k: v for k, v in doc.items() if k in MATERIAL_KEYS} for doc in data["docs"]]}
    assert _size(data) <= BUDGET * _size(material)
