"""Where the offline edition's files are and what they are called.

Shared by the command that makes them (tools/make_offline.py) and the hook
that offers them on the start page (hooks/editions.py).
"""

from __future__ import annotations

import os
from pathlib import Path

# Where `./dev offline` puts them, relative to the project; DOCS_DOWNLOADS_DIR overrides it.
DEFAULT_DIST = "dist"
DIST_ENV = "DOCS_DOWNLOADS_DIR"

OFFLINE_SITE = "offline"  # dist/offline/: the offline edition, unzipped
ZIP_NAME = "docker-notes-offline.zip"
ZIP_FOLDER = "docker-notes-offline"  # the folder the zip unpacks into


def pdf_name(locale: str) -> str:
    return f"docker-notes.{locale}.pdf"


def download_names(locales: list[str]) -> list[str]:
    """Every file the start page offers: the zip, then one PDF per language."""
    return [ZIP_NAME, *(pdf_name(locale) for locale in locales)]


def dist_dir(project: Path) -> Path:
    # An absolute DOCS_DOWNLOADS_DIR is taken as is; a relative one from the project.
    return Path(project, os.environ.get(DIST_ENV) or DEFAULT_DIST)
