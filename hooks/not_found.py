"""Pure: which 404 page answers a missing URL: the one of the URL's language."""

from __future__ import annotations

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
