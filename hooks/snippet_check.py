"""MkDocs hook: syntax-check every code block of every language before anything is written.

When: MkDocs 1.6 calls on_pre_build, then cleans site_dir, then reads and renders every
page in memory, then on_env, and only then starts writing (mkdocs/commands/build.py).
The check starts in on_pre_build as a separate process (snippets/worker.py), which runs
on the other CPU core while MkDocs renders pages, and its answer is read in on_env,
before the first write. Its findings join the run's problem report (common.report),
which authoring_checks reports, with every other check's, before the first page is
written; a failed build never replaces the published site (publishing.py).

Languages: mkdocs-static-i18n builds the other languages from inside the first build's
on_post_build, after that language's pages are written. So the first build checks the
pages of all languages at once, straight from docs_dir, and the nested builds, which
reuse the same config object, skip it. MkDocs loads this module once per process;
mkdocs serve loads a new config on every change, so each rebuild is a new run and
checks again; the cache makes that cost only the changed snippets.
"""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

from mkdocs.exceptions import PluginError

from common import context, report
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
        request = worker.request(root, root / CACHE_DIR, options, [Path(self.config.docs_dir)])
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


def on_env(env, config, **_):
    if _run is not None and _run.config is config and not _run.finished:
        _run.finish()
        if not report.given_elsewhere(config):
            report.give(config, log)
    return env


def on_build_error(error, **_):
    """Whatever failed, stop the worker."""
    if _run is not None:
        _run.stop()
