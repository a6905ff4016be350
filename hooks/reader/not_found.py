"""Pure: which 404 page answers a missing URL: the one of the URL's language."""

from __future__ import annotations

import json
from collections.abc import Iterable

PAGE = "404.html"


def error_page(request_path: str, mount_path: str, prefixes: Iterable[str]) -> str:
    """'/en/missing/' -> 'en/404.html'; any other missing URL -> '404.html' (the default language).

    `request_path` is the URL path as requested, `mount_path` where the site is served
    ('/' or '/repo/'), `prefixes` the non-default language prefixes ('en/').
    """
    mount = mount_path if mount_path.endswith("/") else f"{mount_path}/"
    path = request_path[len(mount):] if request_path.startswith(mount) else request_path.lstrip("/")
    for prefix in sorted(prefixes, key=len, reverse=True):
        if prefix and (path + "/").startswith(prefix):
            return prefix + PAGE
    return PAGE


def redirect_script(mount_path: str, prefixes: Iterable[str]) -> str:
    """The rule above, in the browser, for the default language's 404 page ('' if one language).

    Hosts with one 404 page for the whole site (GitHub Pages) answer a missing
    '/en/...' URL with the default language's page; this script then sends the
    reader on to 'en/404.html'. Where the server applies the rule itself (nginx,
    `mkdocs serve`), a missing '/en/...' URL never gets this page.
    """
    langs = sorted((p for p in prefixes if p), key=len, reverse=True)
    if not langs:
        return ""
    mount = mount_path if mount_path.endswith("/") else f"{mount_path}/"
    return (
        "<script>(function (mount, prefixes) {"
        " var path = location.pathname;"
        " if (path.indexOf(mount) !== 0) return;"
        " path = path.slice(mount.length) + '/';"
        " for (var i = 0; i < prefixes.length; i++) {"
        f" if (path.indexOf(prefixes[i]) === 0) {{ location.replace(mount + prefixes[i] + '{PAGE}'); return; }}"
        " }"
        f"}})({json.dumps(mount)}, {json.dumps(langs)});</script>"
    )
