"""Whether this build is the offline edition (Material's `offline` plugin enabled).

Several hooks behave differently in the offline edition; they ask here so the
rule lives in one place.
"""

from __future__ import annotations

from pathlib import Path


def is_offline_build(config) -> bool:
    plugin = config.plugins.get("material/offline") or config.plugins.get("offline")
    return bool(plugin is not None and plugin.config.enabled)


def project_root(config) -> Path:
    return Path(config.config_file_path).resolve().parent
