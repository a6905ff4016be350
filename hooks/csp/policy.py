"""Pure: the site's Content-Security-Policy, rendered for a header or for a <meta>.

The site runs no third-party code and loads nothing from another host, so everything
is 'self', and script-src adds only the hashes of the inline scripts the pages run
(Material's and ours, found in the built HTML). Never 'unsafe-inline' or 'unsafe-eval':
nothing here evaluates strings as code.
"""

from __future__ import annotations

from collections.abc import Iterable

SCRIPT_SRC = "script-src"

# Directive -> sources, in the order they are written. What each one is for:
DIRECTIVES: tuple[tuple[str, tuple[str, ...]], ...] = (
    # Every kind of load not named below (fetch of the search index, the search worker,
    # lunr's language files, the favicon) from this site only. The offline edition's
    # iframe-worker frame has no src (about:blank), which frame-src does not govern.
    ("default-src", ("'self'",)),
    (SCRIPT_SRC, ("'self'",)),
    # Material sets styles from its JavaScript only through the CSSOM (element.style,
    # style.setProperty for its tooltip and tab-indicator positions), which CSP does not
    # govern; no page carries a style="" attribute or a <style> element (the build refuses
    # one). So no 'unsafe-inline' and no hashes here.
    ("style-src", ("'self'",)),
    # Material's stylesheet draws its icons (admonitions, task-list ticks, the copy button)
    # as data: SVG images.
    ("img-src", ("'self'", "data:")),
    ("object-src", ("'none'",)),
    ("base-uri", ("'self'",)),
    ("form-action", ("'self'",)),
    ("frame-ancestors", ("'none'",)),
)

# Browsers ignore frame-ancestors in a <meta> policy (and Chromium says so in the console):
# framing can only be refused by a header, which hosts without headers cannot send.
HEADER_ONLY = frozenset({"frame-ancestors"})


def render(script_hashes: Iterable[str], *, meta: bool = False) -> str:
    """The policy allowing exactly these inline scripts ('sha256-…' sources), for a header or a <meta>."""
    hashes = sorted(set(script_hashes))
    parts = []
    for directive, sources in DIRECTIVES:
        if meta and directive in HEADER_ONLY:
            continue
        if directive == SCRIPT_SRC:
            sources = (*sources, *hashes)
        parts.append(" ".join((directive, *sources)))
    return "; ".join(parts)

