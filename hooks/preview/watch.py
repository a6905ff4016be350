"""A file watcher for `mkdocs serve` that notices every save, even one that leaves a file's size and date as they were.

MkDocs' live reload polls the watched folders with watchdog's PollingObserver, which
compares each file's inode, size and modification time with the previous poll's. A
save that keeps all three is never rebuilt: a same-length edit whose date is put back
(`cp -p`, `rsync -t`, `touch -r`, `os.utime`, tools that keep dates) or, where file
times are coarse (some network and VM mounts), a second same-length save within the
clock tick of the poll that saw the first. This observer also compares the inode change
time (ctime), which the kernel sets to "now" on every write and every change of the
modification time, and which no program can set back.
"""

from __future__ import annotations

import os

import watchdog.observers.polling as polling


def stat_with_change_time(path) -> os.stat_result:
    """os.stat(path), whose modification time (what the snapshots compare) also carries the change time."""
    st = os.stat(path)
    return os.stat_result(tuple(st)[:os.stat_result.n_sequence_fields], {"st_mtime": (st.st_mtime_ns, st.st_ctime_ns)})


class ChangeTimeObserver(polling.PollingObserverVFS):
    """watchdog's PollingObserver (same constructor), comparing ctime as well as size and mtime."""

    def __init__(self, *, timeout: float = 1) -> None:
        super().__init__(stat=stat_with_change_time, listdir=os.scandir, polling_interval=timeout)


def install() -> None:
    # mkdocs.livereload makes its observer through this name, after on_startup.
    polling.PollingObserver = ChangeTimeObserver
