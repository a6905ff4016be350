"""The offline edition (file://): what it adds to a normal build.

Material's `offline` plugin inlines the search index (browsers refuse fetch() on
file://) and runs the search worker through the iframe-worker shim, but it loads
that shim from unpkg.com. We ship the same shim from the npm package pinned in
package-lock.json, and inline every search index in the site (one per language),
not only the root one.
"""

from __future__ import annotations

from pathlib import Path

SHIM_SOURCE = "node_modules/iframe-worker/shim/index.js"
SHIM_TARGET = "assets/javascripts/iframe-worker/shim.js"


def inline_search_index(index: Path) -> None:
    """search_index.json -> search_index.js, the form Material's bundle loads on file://."""
    script = index.with_suffix(".js")
    script.write_text(f"var __index = {index.read_text(encoding='utf-8')}", encoding="utf-8")
