"""Browser fixtures: Debian's Chromium driven by Playwright, over the built site.

Every page a test visits can be saved as a screenshot under test-artifacts/
(git-ignored) so a person can look at what the tests saw.

A watchdog guards every test: a Chromium that stops answering is killed, the test
fails saying so (pytest.ini lets such a test run once more, on a new Chromium), and
after a second such kill, or when Playwright's driver had to be killed too, the run
stops instead of hanging.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path
from urllib.parse import urlparse

import pytest
from playwright.sync_api import sync_playwright

from edition import files as edition_files
from chromium import CHROMIUM, CHROMIUM_ARGS
from chromium_watchdog import Watchdog
from project import ROOT
from site_server import SiteServer

SCREENSHOTS = ROOT / "test-artifacts" / "screenshots"


@pytest.fixture(scope="session")
def site_url(built_site):
    """The built site over HTTP on 127.0.0.1."""
    with SiteServer(built_site) as server:
        yield server.url


@pytest.fixture
def pages_like_host(built_site):
    """A host that answers every missing URL with the root 404.html and sends no headers of
    its own, as GitHub Pages does."""
    with SiteServer(built_site, one_404_page=True) as server:
        yield server.url


# The slowest browser test (axe over every page in one palette) takes 13-18 s here.
TEST_LIMIT_SECONDS = 150
# The message pytest.ini's --only-rerun looks for.
STOPPED_ANSWERING = "Chromium stopped answering"
_kills: list[str] = []


@pytest.fixture(autouse=True)
def chromium_watchdog(request):
    """Set up before, and torn down after, the test's other function-scoped fixtures: it covers them too."""
    with Watchdog(TEST_LIMIT_SECONDS) as watchdog:
        yield
    if watchdog.fired:
        _kills.append(request.node.nodeid)
        if len(_kills) > 1 or watchdog.escalated:  # without a driver, no later browser test can run
            pytest.exit(f"{STOPPED_ANSWERING} ({', '.join(_kills)}); stopping the run.\n{watchdog.report}",
                        returncode=1)
        pytest.fail(f"{STOPPED_ANSWERING} for {TEST_LIMIT_SECONDS} s during this test and was killed.\n{watchdog.report}")


class Chromium:
    """One Chromium for the run, launched again when the watchdog had to kill it."""

    def __init__(self, playwright):
        self._playwright = playwright
        self._browser = None

    def current(self):
        if self._browser is None or not self._browser.is_connected():
            self._browser = self._playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        return self._browser

    def close(self):
        if self._browser is not None and self._browser.is_connected():
            self._browser.close()


@pytest.fixture(scope="session")
def chromium():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: run the tests through ./dev test, which installs Debian's chromium")
    with sync_playwright() as playwright:
        launcher = Chromium(playwright)
        yield launcher
        launcher.close()


@pytest.fixture
def browser(chromium):
    return chromium.current()


class RequestLog(list):
    """URLs a page requested; `foreign(allowed)` lists those outside the allowed origins/schemes."""

    def foreign(self, *allowed_prefixes: str) -> list[str]:
        return [url for url in self if not url.startswith(allowed_prefixes) and not url.startswith(("data:", "blob:"))]


@pytest.fixture
def context(browser):
    ctx = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-US")
    ctx.grant_permissions(["clipboard-read", "clipboard-write"])
    yield ctx
    ctx.close()


@pytest.fixture
def page(context, request):
    page = context.new_page()
    page.requests = RequestLog()
    page.on("request", lambda req: page.requests.append(req.url))
    yield page
    page.close()


@pytest.fixture(scope="session", autouse=True)
def _fresh_screenshots():
    """This run's screenshots only: an earlier run's must not pass for this one's."""
    shutil.rmtree(SCREENSHOTS, ignore_errors=True)


@pytest.fixture
def screenshot(request):
    """Call screenshot(page) to save what the test sees, named after the test and the URL path."""

    def take(page, label: str = "") -> Path:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        path_part = urlparse(page.url).path.strip("/").replace("/", "_") or "home"
        name = re.sub(r"[^\w.-]+", "_", f"{request.node.name}-{label or path_part}")[:150]
        target = SCREENSHOTS / f"{name}.png"
        page.screenshot(path=str(target), full_page=False)
        return target

    return take


@pytest.fixture(scope="session")
def offline_edition(tmp_path_factory) -> Path:
    """The output folder of `./dev offline` (offline/, the zip, the PDFs), made once per run."""
    out = tmp_path_factory.mktemp("dist")
    proc = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "make_offline.py"), str(out)],
        cwd=ROOT, capture_output=True, text=True, timeout=600,
    )
    assert proc.returncode == 0, f"./dev offline failed:\n{proc.stdout}{proc.stderr}"
    return out


@pytest.fixture(scope="session")
def offline_site(offline_edition, tmp_path_factory) -> Path:
    """The offline edition as a reader has it: the zip, unpacked."""
    target = tmp_path_factory.mktemp("unzipped")
    with zipfile.ZipFile(offline_edition / edition_files.ZIP_NAME) as archive:
        archive.extractall(target)
    return target / edition_files.ZIP_FOLDER
