"""Facts about the build in progress that several hooks need: which edition is
being built and where the project is (the languages: site_languages)."""

from __future__ import annotations

from pathlib import Path


def is_offline_build(config) -> bool:
    """The offline edition is the build with Material's `offline` plugin enabled (DOCS_OFFLINE=true)."""
    plugin = config.plugins.get("material/offline") or config.plugins.get("offline")
    return bool(plugin is not None and plugin.config.enabled)


def project_root(config) -> Path:
    return Path(config.config_file_path).resolve().parent
