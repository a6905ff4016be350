"""MkDocs hook: the published site carries no source maps (rules in source_maps)."""

from __future__ import annotations

import logging
from pathlib import Path

import source_maps

log = logging.getLogger("mkdocs.hooks.strip_source_maps")


def on_post_build(config, **_):
    # Material's files are all under assets/; walking only there keeps rebuilds
    # quick (tests/test_source_maps.py checks the whole site).
    site = Path(config.site_dir) / "assets"
    removed = stripped = 0
    for path in site.rglob("*"):
        if not path.is_file():
            continue
        if source_maps.is_source_map(path):
            path.unlink()
            removed += 1
        elif path.suffix in source_maps.STRIPPED_SUFFIXES:
            text = path.read_text(encoding="utf-8")
            clean = source_maps.strip_source_map_comment(text)
            if clean != text:
                path.write_text(clean, encoding="utf-8")
                stripped += 1
    log.debug("source maps: removed %d files, stripped %d comments under %s", removed, stripped, site)
