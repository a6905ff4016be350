"""What git history says about the pages: when each last changed, and its past versions.

The one git reader of the project. "When a page last changed" is the author date of
the last commit that touched it (author dates keep the day a change was written when
branches are rebased); "last updated" on every page and the translation status (page
and command) both read it here. Standard library only: scripts/translation runs
with Debian's python3 too.

Every function raises NoHistory when there is no usable git (no git binary, or a
source tarball without .git), with the reason, so callers can fall back.
"""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path


class NoHistory(Exception):
    """No git history to ask; the message says why."""


@dataclass(frozen=True)
class Version:
    """One committed version of a file."""

    commit: str
    date: str  # YYYY-MM-DD, author date
    text: str


def _git(cwd: Path, *args: str, stdin: bytes | None = None) -> bytes:
    try:
        proc = subprocess.run(
            # quotePath off: paths come back as UTF-8, not octal escapes
            ["git", "-c", "core.quotePath=false", *args],
            cwd=cwd, input=stdin, capture_output=True, check=False, timeout=60,
        )
    except FileNotFoundError:
        raise NoHistory("git is not installed") from None
    except (OSError, subprocess.TimeoutExpired) as error:
        raise NoHistory(f"git cannot run ({error})") from None
    if proc.returncode != 0:
        raise NoHistory((proc.stderr.decode("utf-8", "replace").strip().splitlines() or ["git failed"])[0])
    return proc.stdout


def repository_root(path: Path) -> Path:
    """The work tree that `path` belongs to."""
    return Path(_git(path, "rev-parse", "--show-toplevel").decode().strip())


def parse_log(output: str, root: Path) -> dict[Path, datetime]:
    """Path -> the latest author date among the commits that touched it, from GIT_LOG's output."""
    latest: dict[Path, datetime] = {}
    for record in output.split("\x1e")[1:]:
        date, *paths = record.split("\0")
        when = datetime.fromisoformat(date.strip())
        for name in (p.strip("\n") for p in paths):
            path = root / name
            if name and (path not in latest or when > latest[path]):
                latest[path] = when
    return latest


# For each commit a record separator, its author date, then the paths it touched.
GIT_LOG = ("log", "--no-renames", "--format=%x1e%aI", "--name-only", "-z")


def last_changes(folder: Path) -> dict[Path, datetime]:
    """For every committed file under `folder`: when it last changed (one `git log` for all)."""
    root = repository_root(folder)
    return parse_log(_git(root, *GIT_LOG, "--", str(folder)).decode("utf-8"), root)


def uncommitted(folder: Path) -> set[Path]:
    """Files under `folder` whose working copy differs from the last commit (or was never committed)."""
    root = repository_root(folder)
    status = _git(root, "status", "--porcelain", "-z", "--untracked-files=all", "--", str(folder))
    found: set[Path] = set()
    entries = iter(status.decode("utf-8").split("\0"))
    for entry in entries:  # "XY path"
        if entry:
            found.add(root / entry[3:])
        if entry[:1] in ("R", "C"):
            next(entries, None)  # a rename or copy is followed by its source path
    return found


def versions(path: Path) -> list[Version]:
    """Every committed version of the file at `path`, newest first, following renames."""
    root = repository_root(path.parent)
    log = _git(root, "log", "--follow", "--format=%x00%H %as", "--name-only", "--", str(path))
    commits: list[tuple[str, str, str]] = []  # (commit, date, path in that commit)
    for line in log.decode("utf-8").splitlines():
        if line.startswith("\0"):
            commit, date = line[1:].split()
        elif line:
            commits.append((commit, date, line))
    if not commits:
        return []
    # One `git cat-file --batch` reads every version instead of one `git show` per commit.
    request = "".join(f"{commit}:{name}\n" for commit, _, name in commits).encode("utf-8")
    out = _git(root, "cat-file", "--batch", stdin=request)
    result: list[Version] = []
    position = 0
    for commit, date, _ in commits:
        header_end = out.index(b"\n", position)
        header = out[position:header_end].split()
        position = header_end + 1
        if header[-1] == b"missing":  # the file was deleted in this commit
            continue
        size = int(header[2])
        text = out[position:position + size].decode("utf-8-sig", "replace")
        position += size + 1  # the blob is followed by a newline
        result.append(Version(commit, date, text))
    return result
