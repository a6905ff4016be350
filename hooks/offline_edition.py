"""MkDocs hook: make the offline edition work from file:// without any network.

Material's `offline` plugin inlines the search index (browsers refuse fetch()
on file://) and runs the search worker through the iframe-worker shim, but it
loads that shim from unpkg.com. We ship the same shim from the npm package
pinned in package-lock.json, and inline every search index in the site (one per
language, see search_per_language), not only the root one.
Nothing here runs in the normal (online) build.
"""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from site_context import is_offline_build, project_root

log = logging.getLogger("mkdocs.hooks.offline_edition")

SHIM_SOURCE = "node_modules/iframe-worker/shim/index.js"
SHIM_TARGET = "assets/javascripts/iframe-worker/shim.js"


# Runs before the offline plugin's on_config, which adds its CDN URL only when
# no polyfill named like iframe-worker is listed yet.
@event_priority(100)
def on_config(config, **_):
    if not is_offline_build(config):
        return config
    shim = project_root(config) / SHIM_SOURCE
    if not shim.is_file():
        raise PluginError(
            f"offline edition: {SHIM_SOURCE} is missing. It comes from the npm package pinned in "
            "package-lock.json: run `npm ci` (./dev offline does it for you)"
        )
    polyfills = config.extra.get("polyfills", [])
    if SHIM_TARGET not in polyfills:  # on_config runs again for each language's build
        config.extra["polyfills"] = [*polyfills, SHIM_TARGET]
    return config


# After the per-language search indexes are written (search_per_language, -105).
@event_priority(-110)
def on_post_build(config, **_):
    if not is_offline_build(config):
        return
    site = Path(config.site_dir)
    target = site / SHIM_TARGET
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(project_root(config) / SHIM_SOURCE, target)
    for index in site.glob("**/search/search_index.json"):
        inline_search_index(index)
        log.debug("offline edition: inlined %s", index.relative_to(site))


def inline_search_index(index: Path) -> None:
    """search_index.json -> search_index.js, the form Material's bundle loads on file://."""
    script = index.with_suffix(".js")
    script.write_text(f"var __index = {index.read_text(encoding='utf-8')}", encoding="utf-8")
