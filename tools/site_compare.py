"""Compare two builds of the site file by file, byte for byte, apart from the dates a build
stamps on its own: "last updated" on every page, the sitemap's <lastmod>, the print
edition's build date. What `scripts/compare-builds` runs, so a refactor can prove it
changed nothing readers get.
"""

from __future__ import annotations

import gzip
import re
from pathlib import Path

# Dates that say when the site was built or a page last changed, not what it says.
_DATES = [
    (re.compile(rb'<time datetime="\d{4}-\d{2}-\d{2}">[^<]*</time>'), b'<time datetime="DATE">DATE</time>'),
    (re.compile(rb"<lastmod>[^<]*</lastmod>"), b"<lastmod>DATE</lastmod>"),
    (re.compile(rb'(<p class="book-cover__edition">[^<]*?)\d{4}-\d{2}-\d{2}'), rb"\1DATE"),
]


def normalised(name: str, data: bytes) -> bytes:
    """A file's bytes with the build's dates replaced; a gzip file compared by what it holds."""
    if name.endswith(".gz"):
        data = gzip.decompress(data)
    for pattern, replacement in _DATES:
        data = pattern.sub(replacement, data)
    return data


def files(site: Path) -> dict[str, Path]:
    return {path.relative_to(site).as_posix(): path for path in sorted(site.rglob("*")) if path.is_file()}


def differences(before: Path, after: Path) -> list[str]:
    """One line per file that is only in one build or differs beyond its dates."""
    old, new = files(before), files(after)
    found = [f"only in {before}: {name}" for name in sorted(old.keys() - new.keys())]
    found += [f"only in {after}: {name}" for name in sorted(new.keys() - old.keys())]
    for name in sorted(old.keys() & new.keys()):
        if normalised(name, old[name].read_bytes()) != normalised(name, new[name].read_bytes()):
            found.append(f"differs: {name}")
    return found
