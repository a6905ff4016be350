"""MkDocs hook: prune the per-page navigation of big notebooks (rule and reasons in nav_size)."""

from __future__ import annotations

import logging

import nav_size

log = logging.getLogger("mkdocs.hooks.nav_prune")


def on_config(config, **_):
    pages = nav_size.count_pages(config.nav)
    features = config.theme["features"]
    wanted = nav_size.features_for(features, pages)
    if wanted != features:
        config.theme["features"] = wanted
        log.info("nav_prune: %d pages in the nav, more than %d: each page carries only the navigation around it "
                 "(features %s)", pages, nav_size.PRUNE_ABOVE, ", ".join(wanted))
    return config
