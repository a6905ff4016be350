"""The watchdog that turns a Chromium that stopped answering into an error instead of a hang."""

from __future__ import annotations

import os
import subprocess
import sys
import time

import pytest
from playwright.sync_api import Error as PlaywrightError

from chromium_watchdog import Watchdog, descendants
from project import ROOT

TOOLS = ROOT / "tools"

NEVER_SETTLES = "new Promise(() => {})"  # Playwright waits for it with no timeout of its own


def test_descendants_are_children_and_their_children_but_not_siblings():
    parent_of = {10: 1, 11: 10, 12: 11, 20: 1, 21: 20}
    assert descendants(10, parent_of) == {11, 12}


def test_a_call_waiting_on_a_stuck_page_fails_once_the_limit_has_passed(browser):
    page = browser.new_page()
    started = time.monotonic()
    with Watchdog(2) as watchdog, pytest.raises(PlaywrightError):
        page.evaluate(NEVER_SETTLES)
    assert watchdog.fired
    assert time.monotonic() - started < 20
    assert "renderer" in watchdog.report


def test_work_done_within_the_limit_leaves_chromium_running(browser):
    page = browser.new_page()
    with Watchdog(2) as watchdog:
        assert page.evaluate("1 + 1") == 2
    time.sleep(3)
    assert not watchdog.fired
    assert browser.is_connected()
    page.close()


# Its own Playwright (one per process), so that killing its driver leaves the other tests theirs.
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


def test_a_call_waiting_on_a_stopped_driver_fails_once_the_driver_is_killed_too(tmp_path):
    script = tmp_path / "stopped_driver.py"
    script.write_text(STOPPED_DRIVER, encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(TOOLS), os.environ.get("PYTHONPATH", "")]))
    proc = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120, env=env)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "escalated: True" in proc.stdout
    assert " node" in proc.stdout
