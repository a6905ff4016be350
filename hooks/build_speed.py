"""MkDocs hook: builds that stay quick as the notebook grows.

- Big notebooks (speed.nav_size): past a size, each page carries only the navigation around it.
- Templates (speed.template_cache): Material's ~90 templates are compiled once per
  process, not once per language build and per `mkdocs serve` rebuild.
- Rebuilds (speed.rebuild_cache): `mkdocs serve` reuses the HTML and search entries
  of pages whose inputs did not change. `mkdocs build`, so every published site,
  never uses it.

Each can be turned off under `extra: build_speed:` (speed.settings), as the benchmarks do.
"""

from __future__ import annotations

import logging

from mkdocs.exceptions import PluginError

from speed import nav_size, rebuild_cache, settings
from speed.template_cache import MemoryBytecodeCache

log = logging.getLogger("mkdocs.hooks.build_speed")

# Process-wide, like the hook module itself: kept across builds and rebuilds.
_TEMPLATES = MemoryBytecodeCache()


def _options(config) -> settings.BuildSpeedConfig:
    try:
        return settings.of(config)
    except ValueError as error:
        raise PluginError(f"mkdocs.yml: {error}") from None


def on_startup(command, **_):
    if command == "serve":
        rebuild_cache.install()  # each build's config then says whether to use it


def on_config(config, **_):
    options = _options(config)
    rebuild_cache.enabled = options.rebuild_cache
    if not options.nav_prune:
        return config
    pages = nav_size.count_pages(config.nav)
    features = config.theme["features"]
    wanted = nav_size.features_for(features, pages, options.nav_prune_above)
    if wanted != features:
        config.theme["features"] = wanted
        log.info("nav_prune: %d pages in the nav, more than %d: each page carries only the navigation around it "
                 "(features %s)", pages, options.nav_prune_above, ", ".join(wanted))
    return config


def on_pre_build(**_):
    rebuild_cache.forget_build()


def on_env(env, config, **_):
    if _options(config).template_cache:
        env.bytecode_cache = _TEMPLATES
    return env
