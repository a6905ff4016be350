"""Zip a built site into one folder a reader can unpack and open."""

from __future__ import annotations

import zipfile
from pathlib import Path


def zip_directory(source: Path, target: Path, folder: str) -> None:
    """Write every file under `source` into `target`, inside `folder/`, in a stable order."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for path in sorted(source.rglob("*")):
            if path.is_file():
                archive.write(path, f"{folder}/{path.relative_to(source).as_posix()}")
