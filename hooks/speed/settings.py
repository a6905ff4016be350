"""mkdocs.yml's `extra: build_speed:` options (all on by default; the benchmarks turn them off to compare)."""

from __future__ import annotations

from mkdocs.config import base
from mkdocs.config import config_options as c

from common import settings

from .nav_size import PRUNE_ABOVE

KEY = "build_speed"


class BuildSpeedConfig(base.Config):
    # Past this many pages per language, each page carries only the navigation around it.
    nav_prune_above = c.Type(int, default=PRUNE_ABOVE)
    nav_prune = c.Type(bool, default=True)
    template_cache = c.Type(bool, default=True)
    rebuild_cache = c.Type(bool, default=True)  # `mkdocs serve` only


def of(config) -> BuildSpeedConfig:
    return settings.from_extra(config, BuildSpeedConfig, KEY)
