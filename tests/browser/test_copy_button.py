"""The copy button of a console session copies the commands only."""

from __future__ import annotations

import re

from docs_sources import page_url, sources
from reader_actions import copy_first_console_block

_CONSOLE = re.compile(r"^```console[^\n]*\n(.*?)^```", re.S | re.M)


def _commands(session: str) -> list[str]:
    """What a reader wants to paste: lines after the `$ ` prompt, with their continuation lines."""
    commands, continues = [], False
    for line in session.splitlines():
        if line.startswith("$ ") or continues:
            commands.append(line[2:] if line.startswith("$ ") and not continues else line)
            continues = line.endswith("\\")
    return commands


def _first_session_with_output():
    for source in sources("zh"):
        for session in _CONSOLE.findall(source.read_text(encoding="utf-8")):
            if any(line.strip() and not line.startswith("$ ") for line in session.splitlines()):
                return source, session
    raise AssertionError("no ```console block with output lines in docs/*.zh.md to test the copy button on")


def test_copying_a_console_block_copies_its_commands_without_prompts_or_output(page, site_url, screenshot):
    source, session = _first_session_with_output()
    page.goto(f"{site_url}{page_url(source)}")
    copied = copy_first_console_block(page)
    screenshot(page, "copied")
    assert copied == "\n".join(_commands(session))
