"""hadolint over many Dockerfile fragments in one process.

Only hadolint's own rules (DL) are taken from it: the shell inside RUN is checked by
checkers.shell with exact positions (hadolint reports it on the RUN's first column), and
DL3061 (must begin with FROM) is dropped because the notes show fragments.
"""

from __future__ import annotations

import json
import os
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from ..model import ERROR, WARNING, Issue
from ..options import LEVELS
from .tools import HADOLINT, CheckerError, chunks, run, time_limit

FRAGMENT_RULES = ("DL3061",)


def check(texts: list[str], severity: str = "error") -> list[list[Issue]]:
    """Issues per Dockerfile text; DL rules below `severity` are left out."""
    if not texts:
        return []
    reported = LEVELS[: LEVELS.index(severity) + 1]
    with tempfile.TemporaryDirectory(prefix="snippet-check-") as tmp:
        paths = []
        for number, text in enumerate(texts):
            path = Path(tmp, f"{number:06d}.Dockerfile")
            path.write_text(text + "\n", encoding="utf-8")
            paths.append(str(path))
        with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
            found = [issues for chunk in pool.map(lambda chunk: _run(chunk, tmp, reported), chunks(paths)) for issues in chunk]
    return found


def _run(paths: list[str], home: str, reported: tuple[str, ...]) -> list[list[Issue]]:
    args = ["--format", "json", "--no-fail", "--no-color"]
    for rule in FRAGMENT_RULES:
        args += ["--ignore", rule]
    proc = run(HADOLINT, [*args, *paths], timeout=time_limit(len(paths)), units=len(paths), home=home)
    try:
        comments = json.loads(proc.stdout or "[]")
    except ValueError:
        raise CheckerError(f"hadolint failed (exit status {proc.returncode}): {(proc.stderr or proc.stdout).strip()[-500:]}") from None
    by_file: dict[str, list[Issue]] = {path: [] for path in paths}
    for comment in comments:
        code = comment["code"]
        if code.startswith("SC") or comment["level"] not in reported:
            continue
        message = " ".join(comment["message"].split())  # parse errors come on several lines
        by_file.setdefault(comment["file"], []).append(Issue(
            comment["line"] - 1, max(comment["column"] - 1, 0), ERROR if comment["level"] == "error" else WARNING, code, message,
        ))
    return [by_file[path] for path in paths]
