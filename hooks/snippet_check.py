"""MkDocs hook: syntax-check every code block of every language before anything is written.

When: MkDocs 1.6 calls on_pre_build, then cleans site_dir, then reads and renders every
page in memory, then on_env, and only then starts writing (mkdocs/commands/build.py).
The check starts in on_pre_build, in a background thread whose checkers run on the other
CPU core while MkDocs renders pages, and is awaited in on_env, before the first write.
So that a failed check leaves an existing site/ exactly as it was, this hook postpones
the cleaning of site_dir from on_pre_build to on_env, after the check has passed.

Languages: mkdocs-static-i18n builds the other languages from inside the first build's
on_post_build, after that language's pages are written. So the first build checks the
pages of all languages at once, straight from docs_dir, and the nested builds, which
reuse the same config object, skip it. mkdocs serve reloads the config (and this module)
on every change, so each rebuild checks again; the cache makes that cost only the
changed snippets.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from mkdocs import utils
from mkdocs.exceptions import PluginError

from snippets.cache import Cache
from snippets.checkers.tools import CheckerError
from snippets.engine import check_paths
from snippets.model import ERROR
from snippets.options import Options
from snippets.report import summary

log = logging.getLogger("mkdocs.hooks.snippet_check")

CACHE_DIR = ".cache/snippet-check"


class _Run:
    """The check of one build run, and the site_dir cleaning it holds back."""

    def __init__(self, config):
        self.config = config
        self.outcome = None  # the engine's Result, or the CheckerError that stopped it
        self.finished = False
        self.clean_requested: list[str] = []
        self._real_clean = utils.clean_directory
        self._thread = threading.Thread(target=self._check, name="snippet-check", daemon=True)

    def start(self) -> None:
        utils.clean_directory = self.clean_requested.append  # MkDocs calls it right after on_pre_build
        self._thread.start()

    def _check(self) -> None:
        root = Path(self.config.config_file_path).parent
        options = Options.from_mapping(self.config.extra.get("snippet_check"))
        try:
            self.outcome = check_paths([Path(self.config.docs_dir)], root, options, Cache(root / CACHE_DIR))
        except CheckerError as error:
            self.outcome = error

    def restore(self) -> None:
        utils.clean_directory = self._real_clean

    def finish(self) -> None:
        """Wait for the check; report it; clean site_dir only if it passed."""
        self.finished = True
        self._thread.join()
        self.restore()
        if isinstance(self.outcome, CheckerError):
            raise PluginError(f"snippet check cannot run: {self.outcome}")
        result = self.outcome
        for finding in result.findings:
            (log.error if finding.severity == ERROR else log.warning)(str(finding))
        line = summary(result)
        if result.errors or (result.warnings and self.config.strict):
            raise PluginError(line)  # site_dir has not been cleaned: the previous site stays as it was
        log.info(line)
        for folder in self.clean_requested:
            self._real_clean(folder)


_run: _Run | None = None  # this module is loaded afresh with each config, so this is per build run


def on_config(config, **_):
    try:
        Options.from_mapping(config.extra.get("snippet_check"))
    except ValueError as error:
        raise PluginError(f"mkdocs.yml: {error}") from None
    return config


def on_pre_build(config, **_):
    global _run
    if _run is not None and _run.config is config:
        return  # a nested build of another language: already checked
    _run = _Run(config)
    _run.start()


def on_env(env, config, **_):
    if _run is not None and _run.config is config and not _run.finished:
        _run.finish()
    return env


def on_build_error(error, **_):
    """Whatever failed, give MkDocs its own clean_directory back."""
    if _run is not None:
        _run.restore()
