"""Pure: the policy in a page, for hosts that cannot send headers (GitHub Pages, file://).

A <meta http-equiv="Content-Security-Policy"> applies only to what the parser meets
after it, so it goes first in <head>, before any script; only `<meta charset>` stays
ahead of it (browsers look for the charset in the first 1024 bytes).
"""

from __future__ import annotations

import html as html_lib
import posixpath
import re
from collections.abc import Iterable

from csp.markup import Script

_HEAD = re.compile(r"<head(?=[\s>])[^>]*>", re.I)
_CHARSET = re.compile(r"\s*<meta\s+charset=[^>]*>", re.I)


class NoHead(ValueError):
    """The page has no <head> to put the policy in."""


def with_policy(html: str, policy: str) -> str:
    """The page with `policy` as a <meta> at the top of its <head>."""
    head = _HEAD.search(html)
    if head is None:
        raise NoHead("the page has no <head> to put the policy's <meta> in")
    at = head.end()
    charset = _CHARSET.match(html, at)
    if charset:
        at = charset.end()
    content = html_lib.escape(policy, quote=False).replace('"', "&quot;")
    meta = f'\n    <meta http-equiv="Content-Security-Policy" content="{content}">'
    return html[:at] + meta + html[at:]


def loaded_scripts(page: str, scripts: Iterable[Script]) -> set[str]:
    """Site-relative paths of the scripts a page loads from this site by `src`.

    `page` is the page's own path in the site ('en/dockerfile/run.html'); a src with
    a scheme or an absolute path is not one of the site's relative links and is left out.
    """
    folder = posixpath.dirname(page)
    paths = set()
    for script in scripts:
        src = script.attrs.get("src")
        if not src or re.match(r"[a-z][a-z0-9+.-]*:|/", src, re.I):
            continue
        src = re.split(r"[?#]", src, maxsplit=1)[0]
        paths.add(posixpath.normpath(posixpath.join(folder, src)))
    return paths
