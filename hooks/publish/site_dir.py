"""Where a build writes, and how a finished build becomes site/ in one step.

A build writes into `.site.partial-<pid>` beside site/; only a build that succeeded (strict
warnings included) exchanges it with site/, so a failed, aborted or killed build leaves the
previous site/ byte for byte as it was. On Linux the exchange is one renameat2(RENAME_EXCHANGE)
call: a server reading site/ sees the old site or the new one, never none. A lock file
beside site/ makes a second build in the same folder wait for the first.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import errno
import fcntl
import os
import shutil
from pathlib import Path

_AT_FDCWD = -100
_RENAME_EXCHANGE = 2


def partial_dir(site: Path, pid: int | None = None) -> Path:
    return site.parent / f".{site.name}.partial-{os.getpid() if pid is None else pid}"


def lock_path(site: Path) -> Path:
    return site.parent / f".{site.name}.lock"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def stale_partials(site: Path) -> list[Path]:
    """Partial sites left by builds that were killed (their process is gone)."""
    found = []
    for path in site.parent.glob(f".{site.name}.partial-*"):
        pid = path.name.rsplit("-", 1)[-1]
        if pid.isdigit() and not _alive(int(pid)):
            found.append(path)
    return found


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths in one step (Linux renameat2); False where the system cannot."""
    libc_name = ctypes.util.find_library("c")
    if not libc_name:
        return False
    libc = ctypes.CDLL(libc_name, use_errno=True)
    renameat2 = getattr(libc, "renameat2", None)
    if renameat2 is None:
        return False
    result = renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE)
    if result == 0:
        return True
    if ctypes.get_errno() in (errno.ENOSYS, errno.EINVAL, errno.EXDEV, errno.ENOTSUP):
        return False
    raise OSError(ctypes.get_errno(), os.strerror(ctypes.get_errno()), str(a))


def publish(partial: Path, site: Path) -> None:
    """Make `partial` the site; the previous site is removed afterwards. Files the build wrote
    beside its folder come along (`.site.partial-7.csp.conf` becomes `site.csp.conf`)."""
    for companion in partial.parent.glob(f"{partial.name}.*"):
        os.replace(companion, site.parent / f"{site.name}{companion.name[len(partial.name):]}")
    if site.is_dir() and _exchange(partial, site):
        shutil.rmtree(partial)  # now holds the previous site
        return
    old = site.parent / f".{site.name}.old-{os.getpid()}"
    if site.exists():
        os.rename(site, old)
    os.rename(partial, site)
    shutil.rmtree(old, ignore_errors=True)


class BuildLock:
    """An exclusive lock on a site folder for the length of a build; the system releases it
    if the build is killed."""

    def __init__(self, site: Path):
        self.path = lock_path(site)
        self._handle = None

    def acquire(self, waiting) -> None:
        """Take the lock; call `waiting()` first if another build holds it, then wait for it."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._handle = open(self.path, "a+")
        try:
            fcntl.flock(self._handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            waiting()
            fcntl.flock(self._handle, fcntl.LOCK_EX)

    def release(self) -> None:
        if self._handle is not None:
            fcntl.flock(self._handle, fcntl.LOCK_UN)
            self._handle.close()
            self._handle = None
