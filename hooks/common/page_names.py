"""Pure: a page's file name, `<page>.<language>.md`, read apart."""

from __future__ import annotations

import re
from pathlib import PurePosixPath

_SUFFIX = re.compile(r"^(?P<base>.+)\.(?P<lang>[a-z]{2})\.md$")


def split_language(path: str) -> tuple[str, str | None]:
    """'dir/page.en.md' -> ('dir/page', 'en'); a page with no suffix -> (stem, None)."""
    match = _SUFFIX.match(path)
    if match:
        return match["base"], match["lang"]
    return str(PurePosixPath(path).with_suffix("")), None
