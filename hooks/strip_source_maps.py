"""MkDocs hook: the published site carries no source maps (rules in source_maps)."""

from __future__ import annotations

import logging
from pathlib import Path

import source_maps

log = logging.getLogger("mkdocs.hooks.strip_source_maps")


def on_post_build(config, **_):
    # Material's files are all under assets/, and only a file that ships with a map
    # points to one, so each map leads to the one file to clean: no other file is
    # read, which keeps `mkdocs serve` rebuilds quick. tests/test_source_maps.py
    # checks every file of the built site.
    removed = 0
    for map_file in (Path(config.site_dir) / "assets").rglob("*.map"):
        mapped = source_maps.mapped_file(map_file)
        if mapped.suffix in source_maps.STRIPPED_SUFFIXES and mapped.is_file():
            text = mapped.read_text(encoding="utf-8")
            clean = source_maps.strip_source_map_comment(text)
            if clean != text:
                mapped.write_text(clean, encoding="utf-8")
        map_file.unlink()
        removed += 1
    log.debug("source maps: removed %d under %s", removed, config.site_dir)
