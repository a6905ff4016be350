"""MkDocs hook: `mkdocs build` replaces site/ only when the build succeeded (publish.site_dir).

A build writes into a partial folder beside site/ and exchanges it with site/ at its very
end, once every language is built and no warning would make a strict build abort; a failed,
strict-aborted or killed build leaves the previous site/ untouched, and a second build in
the same folder waits for the first. `mkdocs serve` builds into its own temporary folder
and is left alone, as are `--dirty` builds (they update site/ in place by design) and
`gh-deploy` (it publishes the folder it built into).
"""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

from mkdocs.plugins import event_priority

from common import context, priorities
from publish import site_dir

log = logging.getLogger("mkdocs.hooks.publishing")


class _WarningCount(logging.Handler):
    def __init__(self):
        super().__init__(level=logging.WARNING)
        self.count = 0

    def emit(self, record):
        self.count += 1


class _Run:
    """One atomic build: where it writes, where it publishes, and what it holds."""

    def __init__(self, config):
        self.target = Path(config.site_dir).resolve()
        self.lock = site_dir.BuildLock(self.target)
        self.lock.acquire(lambda: log.info("another build is running in %s; waiting for it to finish", self.target.parent))
        for stale in site_dir.stale_partials(self.target):
            shutil.rmtree(stale, ignore_errors=True)  # left by a build that was killed
        self.partial = site_dir.partial_dir(self.target)
        shutil.rmtree(self.partial, ignore_errors=True)
        self.partial.mkdir(parents=True)
        self.warnings = _WarningCount()
        logging.getLogger("mkdocs").addHandler(self.warnings)
        config.site_dir = str(self.partial)
        context.publishing_into(self.partial, self.target)

    def finish(self, strict: bool) -> None:
        if strict and self.warnings.count:
            log.info("publishing: %s kept as it was (the strict build will abort on its warnings)", self.target)
            self.end()
            return
        site_dir.publish(self.partial, self.target)
        log.info("publishing: %s replaced by the new build", self.target)
        self.end()

    def end(self) -> None:
        logging.getLogger("mkdocs").removeHandler(self.warnings)
        shutil.rmtree(self.partial, ignore_errors=True)
        for companion in self.partial.parent.glob(f"{self.partial.name}.*"):
            companion.unlink(missing_ok=True)  # written beside a build that is not published
        self.lock.release()


_command: str | None = None
_dirty = False
_run: _Run | None = None  # the atomic build in progress, from the outermost on_config to its end


def on_startup(command, dirty=False, **_):
    global _command, _dirty
    _command, _dirty = command, dirty


@event_priority(priorities.PUBLISH_START)
def on_config(config, **_):
    global _run
    if _command == "build" and not _dirty and _run is None and context.starts_run(config):
        _run = _Run(config)
    return config


@event_priority(priorities.PUBLISH_END)
def on_post_build(config, **_):
    global _run
    # After static-i18n's builds of the other languages: its current language is the last one now.
    if _run is not None and not context.in_nested_build(config):
        run, _run = _run, None
        run.finish(config.strict)


def on_build_error(error, **_):
    global _run
    if _run is not None:
        run, _run = _run, None
        run.end()


def on_shutdown(**_):
    on_build_error(None)
