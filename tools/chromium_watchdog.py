"""Stop a Chromium that no longer answers, so its caller gets an error instead of waiting forever.

Playwright bounds page actions with timeouts, but not everything: opening or closing a
context or page and evaluating a script wait as long as Chromium takes. On some machines
Chromium stops answering such a call (playwright-python#2987, playwright#4761), and the
process then waits forever. A watchdog armed around a unit of work kills this process's
Chromium when the work outlasts its limit; Playwright then raises in the waiting call.
Should the call still wait (Playwright's own driver process is what stopped answering),
the watchdog kills that driver too a little later, which ends every Playwright call.
"""

from __future__ import annotations

import os
import shutil
import signal
import threading
from pathlib import Path

from chromium import CHROMIUM


def descendants(pid: int, parent_of: dict[int, int]) -> set[int]:
    """Every process below `pid`, given each process's parent."""
    children: dict[int, list[int]] = {}
    for child, parent in parent_of.items():
        children.setdefault(parent, []).append(child)
    found: set[int] = set()
    todo = [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            if child not in found:
                found.add(child)
                todo.append(child)
    return found


def _parent_of() -> dict[int, int]:
    parents = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:  # the process ended while we looked
                continue
            # The command name (field 2) may hold spaces and parentheses; the parent follows the last ")".
            parents[int(entry)] = int(stat.rsplit(")", 1)[1].split()[1])
    return parents


# Playwright for Python talks to Chromium through its own Node.js program, run by this binary.
_DRIVER_NODE = os.path.join("playwright", "driver", "node")
# How long a call may still wait once Chromium is gone before the driver is killed too.
DRIVER_GRACE_SECONDS = 20


def _describe(pid: int, wanted) -> str | None:
    """`pid state cpu-seconds role` for a process whose binary is `wanted(path)`, else None.

    The role is a Chromium child's --type (renderer, gpu-process, ...), else the binary's name.
    """
    try:
        exe = os.readlink(f"/proc/{pid}/exe")
        if not wanted(exe):
            return None
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        # Chromium rewrites its children's command lines as one space-separated string.
        args = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace").split()
    except OSError:
        return None
    role = next((arg[len("--type="):] for arg in args if arg.startswith("--type=")), os.path.basename(exe))
    cpu = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return f"{pid} {fields[0]} {cpu:.1f}s {role}"


def processes_of(wanted) -> dict[int, str]:
    """This process's descendants whose binary is `wanted(path)`, each with a one-line description."""
    found = {}
    for pid in descendants(os.getpid(), _parent_of()):
        description = _describe(pid, wanted)
        if description:
            found[pid] = description
    return found


def _kill(processes: dict[int, str]) -> None:
    for pid in processes:
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass


def kill_chromium() -> str:
    """Kill this process's Chromium; returns what it was doing, for the error message."""
    processes = processes_of(lambda exe: exe == CHROMIUM)
    _kill(processes)
    disks = ", ".join(
        f"{path} {shutil.disk_usage(path).free // 2**20} MiB free" for path in ("/tmp", "/dev/shm") if os.path.isdir(path)
    )
    return f"Chromium processes (pid state cpu role) when killed, {disks}:\n  " + "\n  ".join(
        processes.values() or ["none"]
    )


def kill_playwright_driver() -> str:
    """Kill the Playwright driver of this process; returns which processes, for the error message."""
    drivers = processes_of(lambda exe: exe.endswith(_DRIVER_NODE))
    _kill(drivers)
    return "Playwright driver processes killed too:\n  " + "\n  ".join(drivers.values() or ["none"])


class Watchdog:
    """`with Watchdog(seconds):` kills Chromium if the block runs longer, then its driver if need be."""

    def __init__(self, seconds: float, driver_grace: float = DRIVER_GRACE_SECONDS):
        self.fired = False  # Chromium was killed
        self.escalated = False  # and then the Playwright driver
        self.report = ""
        self._timers = [threading.Timer(seconds, self._fire), threading.Timer(seconds + driver_grace, self._escalate)]
        for timer in self._timers:
            timer.daemon = True

    def _fire(self) -> None:
        self.fired = True
        self.report = kill_chromium()

    def _escalate(self) -> None:
        self.escalated = True
        self.report += "\n" + kill_playwright_driver()

    def __enter__(self) -> "Watchdog":
        for timer in self._timers:
            timer.start()
        return self

    def __exit__(self, *exc) -> None:
        for timer in self._timers:
            timer.cancel()
