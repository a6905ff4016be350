"""Pure: the URL our search worker is started with, from Material's own worker URL.

overrides/partials/lazy-search.html starts assets/javascripts/workers/search-worker.js in
place of Material's worker and names Material's file in its `material` parameter, keeping the
URL relative as Material's is. The offline edition's Content-Security-Policy needs the same
URL at build time (the iframe-worker shim writes it into an inline script): this is the
page's rule, said once more in Python, and the offline browser tests hold the two together.
"""

from __future__ import annotations

WORKER = "search-worker.js"


def worker_url(material_url: str) -> str:
    """'../assets/javascripts/workers/search.1a2b.min.js' ->
    '../assets/javascripts/workers/search-worker.js?material=search.1a2b.min.js'."""
    path = material_url.split("?")[0].split("#")[0]
    folder, _, name = path.rpartition("/")
    return f"{folder}/{WORKER}?material={name}" if folder else f"{WORKER}?material={name}"
