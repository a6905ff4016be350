"""hadolint over many Dockerfile fragments in one process.

Only hadolint's own rules (DL) are taken from it: the shell inside RUN is checked by
checkers.shell with exact positions (hadolint reports it on the RUN's first column), and
DL3061 (must begin with FROM) is dropped because the notes show fragments.
"""

from __future__ import annotations

import json
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from ..model import ERROR, WARNING, Issue
from ..options import LEVELS
from .tools import HADOLINT, ToolFailure, chunks, failure_detail, isolate, run, time_limit
from .tools import jobs as parallel_jobs

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

        def batch(indices: list[int]) -> list[list[Issue]]:
            return _run([paths[i] for i in indices], tmp, reported)

        found: dict[int, list[Issue]] = {}
        with ThreadPoolExecutor(max_workers=parallel_jobs()) as pool:
            for part in pool.map(lambda chunk: isolate(chunk, batch), chunks(list(range(len(texts))))):
                found.update(part)
    return [found[i] for i in range(len(texts))]


def _run(paths: list[str], home: str, reported: tuple[str, ...]) -> list[list[Issue]]:
    args = ["--format", "json", "--no-fail", "--no-color"]
    for rule in FRAGMENT_RULES:
        args += ["--ignore", rule]
    proc = run(HADOLINT, [*args, *paths], timeout=time_limit(len(paths)), units=len(paths), home=home)
    # With --no-fail, hadolint exits 0 whatever it finds: anything else is a crash, whose
    # partial or empty output must not pass for "no findings".
    if proc.returncode != 0:
        raise ToolFailure(failure_detail(HADOLINT, proc))
    try:
        comments = json.loads(proc.stdout)
        if not isinstance(comments, list):
            raise ValueError
    except ValueError:
        raise ToolFailure(f"hadolint gave output that is not its JSON report: {proc.stdout.strip()[:200]!r}") from None
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
