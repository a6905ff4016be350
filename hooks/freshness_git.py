"""What git history says about the Chinese pages: when each last changed, and its past versions.

The I/O edge of the freshness tools. Every function answers None when there
is no usable git (no git binary, or a source tarball without .git), so the
callers can fall back to comparing fingerprints alone.
"""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path

UNCOMMITTED = "uncommitted"  # the working tree differs from the last commit


@dataclass(frozen=True)
class Version:
    """One committed version of a file."""

    commit: str
    date: str  # YYYY-MM-DD, committer date
    text: str


def _git(cwd: Path, *args: str, stdin: bytes | None = None) -> bytes | None:
    """git's stdout, or None when git is missing or refuses (for example: not a repository)."""
    try:
        proc = subprocess.run(
            # quotePath off: paths come back as UTF-8, not octal escapes
            ["git", "-c", "core.quotePath=false", *args],
            cwd=cwd, input=stdin, capture_output=True, check=False,
        )
    except OSError:
        return None
    return proc.stdout if proc.returncode == 0 else None


def repository_root(path: Path) -> Path | None:
    """The work tree that `path` belongs to, or None when there is no git history to ask."""
    out = _git(path, "rev-parse", "--show-toplevel")
    return Path(out.decode().strip()) if out else None


def last_changes(docs_dir: Path) -> dict[Path, str] | None:
    """For every file under docs_dir: the date of its last commit, or UNCOMMITTED.

    None when there is no git history. Files never committed are absent from
    the result: the caller treats them as UNCOMMITTED too.
    """
    root = repository_root(docs_dir)
    if root is None:
        return None
    dates: dict[Path, str] = {}
    # One pass over the history: newest commit first, so the first date seen per file is its last change.
    log = _git(root, "log", "--format=%x00%cs", "--name-only", "--", str(docs_dir)) or b""
    date = ""
    for line in log.decode("utf-8").splitlines():
        if line.startswith("\0"):
            date = line[1:]
        elif line:
            dates.setdefault(root / line, date)
    status = _git(root, "status", "--porcelain", "-z", "--untracked-files=all", "--", str(docs_dir)) or b""
    entries = iter(status.decode("utf-8").split("\0"))
    for entry in entries:  # "XY path"
        if entry:
            dates[root / entry[3:]] = UNCOMMITTED
        if entry[:1] in ("R", "C"):
            next(entries, None)  # a rename or copy is followed by its source path
    return dates


def versions(path: Path) -> list[Version] | None:
    """Every committed version of the file at `path`, newest first, following renames.

    None when there is no git history.
    """
    root = repository_root(path.parent)
    if root is None:
        return None
    log = _git(root, "log", "--follow", "--format=%x00%H %cs", "--name-only", "--", str(path)) or b""
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
    out = _git(root, "cat-file", "--batch", stdin=request) or b""
    result: list[Version] = []
    position = 0
    for commit, date, _ in commits:
        header_end = out.index(b"\n", position)
        header = out[position:header_end].split()
        position = header_end + 1
        if header[-1] == b"missing":  # the file was deleted in this commit
            continue
        size = int(header[2])
        text = out[position:position + size].decode("utf-8-sig")
        position += size + 1  # the blob is followed by a newline
        result.append(Version(commit, date, text))
    return result
