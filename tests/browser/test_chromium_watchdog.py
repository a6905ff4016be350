"""The watchdog that turns a Chromium that stopped answering into an error instead of a hang."""

from __future__ import annotations

import os
import subprocess
import sys
import time


from chromium_watchdog import Watchdog, descendants
from project import ROOT

TOOLS = ROOT / "tools"


def test_descendants_are_children_and_their_children_but_not_siblings():
    parent_of = {10: 1, 11: 10, 12: 11, 20: 1, 21: 20}
    assert descendants(10, parent_of) == {11, 12}


def test_work_done_within_the_limit_leaves_chromium_running(browser):
    page = browser.new_page()
    page.evaluate("0")  # the first call to a new page may be slow on a busy machine; not what is tested
    with Watchdog(2) as watchdog:
        assert page.evaluate("1 + 1") == 2
    time.sleep(3)  # past the limit: a watchdog still armed would fire now
    assert not watchdog.fired
    assert browser.is_connected()
    page.close()


# Each runs in its own process with its own Playwright and Chromium: the watchdog kills
# Chromium (and the driver), which must not take down the browser the other tests share.
STUCK_PAGE = """
import sys, time
from playwright.sync_api import Error as PlaywrightError, sync_playwright
from chromium import CHROMIUM, CHROMIUM_ARGS
from chromium_watchdog import Watchdog

with sync_playwright() as playwright:
    page = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS).new_page()
    started = time.monotonic()
    with Watchdog(2) as watchdog:
        try:
            page.evaluate("new Promise(() => {})")  # Playwright waits for it with no timeout of its own
        except PlaywrightError:
            print(f"raised after {time.monotonic() - started:.0f} s, fired: {watchdog.fired}; {watchdog.report}")
            sys.exit(0)
    sys.exit("the call returned")
"""

STOPPED_DRIVER = """
import os, signal, sys, time
from playwright.sync_api import sync_playwright
from chromium import CHROMIUM, CHROMIUM_ARGS
from chromium_watchdog import Watchdog, processes_of

with sync_playwright() as playwright:
    page = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS).new_page()
    for pid in processes_of(lambda exe: exe.endswith(os.path.join("playwright", "driver", "node"))):
        os.kill(pid, signal.SIGSTOP)  # the driver stops answering: killing Chromium cannot help
    started = time.monotonic()
    with Watchdog(2, driver_grace=2) as watchdog:
        try:
            page.evaluate("1 + 1")
        except Exception:
            print(f"raised after {time.monotonic() - started:.0f} s, escalated: {watchdog.escalated}; {watchdog.report}")
            sys.exit(0)
    sys.exit("the call returned")
"""


def _run_alone(script: str, tmp_path) -> subprocess.CompletedProcess:
    path = tmp_path / "alone.py"
    path.write_text(script, encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(TOOLS), os.environ.get("PYTHONPATH", "")]))
    return subprocess.run([sys.executable, str(path)], capture_output=True, text=True, timeout=120, env=env)


def test_a_call_waiting_on_a_stuck_page_fails_once_the_limit_has_passed(tmp_path):
    proc = _run_alone(STUCK_PAGE, tmp_path)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    seconds = int(proc.stdout.split("raised after ")[1].split(" s")[0])
    assert seconds < 20 and "fired: True" in proc.stdout and "renderer" in proc.stdout


def test_a_call_waiting_on_a_stopped_driver_fails_once_the_driver_is_killed_too(tmp_path):
    proc = _run_alone(STOPPED_DRIVER, tmp_path)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "escalated: True" in proc.stdout
    assert " node" in proc.stdout
