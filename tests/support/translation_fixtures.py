"""Material for translation freshness tests: an edit to a Chinese page, and throw-away git
repositories with a fixed author and fixed dates, so history-based output is exact."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path


def git(repo: Path, *args: str, date: str = "2024-01-01") -> str:
    """Run git in `repo` as a fixed author, with author and committer dates both set to `date`."""
    stamp = f"{date}T12:00:00+00:00"
    env = dict(
        os.environ,
        GIT_AUTHOR_NAME="Fixture", GIT_AUTHOR_EMAIL="fixture@example.invalid", GIT_AUTHOR_DATE=stamp,
        GIT_COMMITTER_NAME="Fixture", GIT_COMMITTER_EMAIL="fixture@example.invalid", GIT_COMMITTER_DATE=stamp,
        GIT_CONFIG_GLOBAL=os.devnull, GIT_CONFIG_NOSYSTEM="1",  # no user settings (signing, hooks) leak in
    )
    proc = subprocess.run(["git", *args], cwd=repo, env=env, capture_output=True, text=True, check=True)
    return proc.stdout


def commit_all(repo: Path, message: str, date: str) -> str:
    """Commit everything in `repo` (initialising it first if needed); returns the commit id."""
    if not (repo / ".git").exists():
        git(repo, "init", "-q", "-b", "main")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", message, date=date)
    return git(repo, "rev-parse", "HEAD").strip()


def change_chinese(docs: Path, page: str) -> None:
    """Add a paragraph to the Chinese page, as an author extending a note would."""
    path = docs / f"{page}.zh.md"
    path.write_text(path.read_text(encoding="utf-8") + "\n新加的一段说明。\n", encoding="utf-8")
