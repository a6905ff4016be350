"""`mkdocs serve` as ./dev serve runs it, on a project folder, for tests that edit and watch."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from local_port import free_port

STARTUP_SECONDS = 120
# The live-reload loop (mkdocs.livereload) logs these once per rebuild: the first when it
# starts one, then one of the other two. Not "Documentation built in N.NN seconds": the
# mkdocs command drops any message of that logger it has logged before (a DuplicateFilter
# on mkdocs.commands.build), so a rebuild that takes as long, to the hundredth of a second,
# as an earlier build (mkdocs-static-i18n's inner English builds included) logs no such line.
REBUILD_STARTED = "Detected file changes"
REBUILD_DONE = "Reloading browsers"
REBUILD_FAILED = "An error happened during the rebuild"
QUIET_SECONDS = 1.0  # one save can set off two rebuilds; the site is settled once none runs for this long


def fetch(url: str) -> str | None:
    """The page's text, or None while the server does not answer or has no such page."""
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except (urllib.error.URLError, ConnectionError):
        return None


class PreviewServer:
    """`mkdocs serve --no-strict --livereload` in `project` (`strict=True`: --strict); its log goes to a file.

    Its temporary folder is private, so `site_dir` is the folder it builds into.
    """

    def __init__(self, project: Path, workdir: Path, strict: bool = False):
        self.project = project
        self.strict = strict
        self.port = 0
        self.url = ""
        self._tmp = workdir / "tmp"
        self._log_path = workdir / "serve.log"
        self._proc: subprocess.Popen | None = None

    def __enter__(self) -> "PreviewServer":
        self._tmp.mkdir(parents=True, exist_ok=True)
        # A fixed build date: MkDocs writes the day of the build into sitemap.xml(.gz), so a
        # rebuild after midnight (UTC) would differ from the first build by that alone.
        env = dict(os.environ, NO_MKDOCS_2_WARNING="1", TMPDIR=str(self._tmp), SOURCE_DATE_EPOCH="1700000000")
        for _ in range(3):  # free_port() only finds a port that was free: another process may take it first
            self.port = free_port()
            self.url = f"http://127.0.0.1:{self.port}"
            with open(self._log_path, "wb") as log:
                self._proc = subprocess.Popen(
                    [sys.executable, "-m", "mkdocs", "serve", "--strict" if self.strict else "--no-strict", "--livereload",
                     "--dev-addr", f"127.0.0.1:{self.port}"],
                    cwd=self.project, env=env, stdout=log, stderr=subprocess.STDOUT,
                )
            if self._wait_until_serving():
                return self
        raise RuntimeError(f"mkdocs serve found no free port:\n{self.log()}")

    def _wait_until_serving(self) -> bool:
        """True once this server answers; False if its port was taken. mkdocs logs "Serving on"
        after it has bound the port, so an answer then comes from it, not from another server."""
        deadline = time.monotonic() + STARTUP_SECONDS
        while f"Serving on {self.url}/" not in self.log() or fetch(f"{self.url}/") is None:
            if self._proc.poll() is not None:
                if "Address already in use" in self.log():
                    return False
                raise RuntimeError(f"mkdocs serve exited:\n{self.log()}")
            if time.monotonic() > deadline:
                self.__exit__()
                raise RuntimeError(f"mkdocs serve did not answer within {STARTUP_SECONDS} s:\n{self.log()}")
            time.sleep(0.3)
        return True

    def __exit__(self, *exc) -> None:
        self._proc.terminate()
        self._proc.wait(timeout=30)

    def log(self) -> str:
        return self._log_path.read_text(encoding="utf-8", errors="replace")

    @property
    def site_dir(self) -> Path:
        (site,) = self._tmp.glob("mkdocs_*")
        return site

    def _builds(self) -> tuple[int, int, int]:
        """How many rebuilds have started, finished and failed so far (the first build is none of them)."""
        log = self.log()
        return log.count(REBUILD_STARTED), log.count(REBUILD_DONE), log.count(REBUILD_FAILED)

    def rebuild_after(self, edit, seconds: float = STARTUP_SECONDS, expect_failure: bool = False) -> None:
        """Make an edit (a callable), then wait until the rebuild it sets off has finished (or failed)."""
        _, done_before, failed_before = self._builds()
        edit()
        deadline = time.monotonic() + seconds
        quiet_since = None
        while quiet_since is None or time.monotonic() - quiet_since < QUIET_SECONDS:
            if self._proc.poll() is not None:
                raise AssertionError(f"mkdocs serve exited (status {self._proc.returncode}) after the edit:\n{self.log()}")
            if time.monotonic() > deadline:
                started, done, failed = self._builds()
                raise AssertionError(f"no rebuild ended within {seconds} s of the edit ({started} rebuilds started, "
                                     f"{done} done, {failed} failed; {done_before + failed_before} before it):\n{self.log()}")
            time.sleep(0.1)
            started, done, failed = self._builds()
            settled = started == done + failed and (done, failed) != (done_before, failed_before)
            if not settled:
                quiet_since = None
            elif quiet_since is None:
                quiet_since = time.monotonic()
        if (failed > failed_before) != expect_failure:
            raise AssertionError(f"the rebuild {'succeeded' if expect_failure else 'failed'}:\n{self.log()}")
