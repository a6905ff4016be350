"""The watchdog that turns a Chromium that stopped answering into an error instead of a hang."""

from __future__ import annotations

import time

import pytest
from playwright.sync_api import Error as PlaywrightError

from chromium_watchdog import Watchdog, descendants

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
