"""MkDocs hook: syntax-check every code block of every language before anything is published.

When: the check starts in on_pre_build as a separate process (snippets/worker.py), which
runs on the other CPU core while MkDocs renders this language's pages and writes them into
the build's partial folder, and its answer is read in on_post_build. Its findings join the
run's problem report (common.report), which authoring_checks gives, with every other
check's, before the other languages are built; a build with problems never replaces the
published site (publishing.py). Waiting any earlier (on_env, before the first write) would
leave the second core idle for most of the build: MkDocs spends it writing pages.

Languages: mkdocs-static-i18n builds the other languages from inside the first build's
on_post_build, after that language's pages are written. So the first build checks the
pages of all languages at once, straight from docs_dir, and the nested builds, which
reuse the same config object, skip it. MkDocs loads this module once per process;
mkdocs serve loads a new config on every change, so each rebuild is a new run and
checks again; the cache makes that cost only the changed snippets.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from common import context, priorities, report
from snippets import worker
from snippets.checkers.tools import CheckerError
from snippets.report import summary
from snippets.settings import options_from

log = logging.getLogger("mkdocs.hooks.snippet_check")

CACHE_DIR = ".cache/snippet-check"
HOOKS_DIR = Path(__file__).resolve().parent
# Each checker has its own time limit; this only bounds the worker as a whole.
WORKER_TIME_LIMIT = 3600
_START_WORKER = "import sys; sys.path.insert(0, sys.argv.pop(1)); from snippets.worker import main; sys.exit(main(sys.argv[1:]))"
# Reported by authoring_checks with the page's front matter, where an unreadable file belongs.
_ELSEWHERE = ("encoding",)


class _Run:
    """The check of one build run."""

    def __init__(self, config):
        self.config = config
        self.finished = False
        self._process: subprocess.Popen | None = None

    def start(self) -> None:
        root = context.project_root(self.config)
        options = options_from(self.config.extra.get("snippet_check"))
        # MkDocs renders pages on one core meanwhile: the check takes the others.
        request = worker.request(root, root / CACHE_DIR, options, [Path(self.config.docs_dir)],
                                 jobs=max(1, (os.cpu_count() or 2) - 1))
        try:
            self._process = subprocess.Popen(
                [sys.executable, "-c", _START_WORKER, str(HOOKS_DIR), request],
                stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8",
            )
        except OSError as error:
            raise PluginError(f"snippet check cannot start {sys.executable}: {error.strerror or error}") from None

    def stop(self) -> None:
        if self._process is not None and self._process.poll() is None:
            self._process.kill()

    def finish(self) -> None:
        """Wait for the check and add its findings to the run's report."""
        self.finished = True
        try:
            out, err = self._process.communicate(timeout=WORKER_TIME_LIMIT)
        except subprocess.TimeoutExpired:
            self.stop()
            raise PluginError(f"snippet check did not finish within {WORKER_TIME_LIMIT} s and was stopped") from None
        try:
            result = worker.answer(out)
        except CheckerError as error:
            raise PluginError(f"snippet check cannot run: {error}") from None
        except ValueError:
            last = (err.strip().splitlines() or ["no output"])[-1]
            raise PluginError(f"snippet check failed unexpectedly (exit status {self._process.returncode}): {last}") from None
        report.current().add("snippets", [finding for finding in result.findings if finding.code not in _ELSEWHERE])
        log.info(summary(result))


# The check of the current build run: a new config starts a new run (a build, or a serve
# rebuild); static-i18n's nested language builds reuse the run's config and skip it.
_run: _Run | None = None


def on_config(config, **_):
    try:
        options_from(config.extra.get("snippet_check"))
    except ValueError as error:
        raise PluginError(f"mkdocs.yml: {error}") from None
    return config


def on_pre_build(config, **_):
    global _run
    if _run is not None and _run.config is config:
        return  # a nested build of another language: already checked
    _run = _Run(config)
    _run.start()


@event_priority(priorities.SNIPPETS_AWAITED)
def on_post_build(config, **_):
    if _run is not None and _run.config is config and not _run.finished:
        _run.finish()
        if not report.given_elsewhere(config):
            report.give(config, log)


def on_build_error(error, **_):
    """Whatever failed, stop the worker."""
    if _run is not None:
        _run.stop()
