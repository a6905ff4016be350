"""Results per snippet, kept between builds in .cache/snippet-check/ (git-ignored).

The key is a hash of everything a result depends on: this package's own code, the
checker versions, the options and the snippet's text. So a warm build checks nothing,
and a `mkdocs serve` reload after editing one page checks only that page's changed
snippets. SQLite keeps concurrent runs (a serve and a pre-commit hook) safe.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from contextlib import closing
from dataclasses import astuple
from pathlib import Path

from .model import Issue

_CODE_DIGEST: list[str] = []


def code_digest() -> str:
    """Hash of this package's sources and the shared modules it reads Markdown with:
    changing the checking logic invalidates old results."""
    if not _CODE_DIGEST:
        digest = hashlib.sha256()
        hooks = Path(__file__).parent.parent
        for path in sorted([*(hooks / "snippets").rglob("*.py"), *(hooks / "common").rglob("*.py")]):
            digest.update(path.relative_to(hooks).as_posix().encode())
            digest.update(path.read_bytes())
        _CODE_DIGEST.append(digest.hexdigest())
    return _CODE_DIGEST[0]


def key(*parts: object) -> str:
    return hashlib.sha256(json.dumps([code_digest(), *parts], ensure_ascii=False, default=str).encode()).hexdigest()


class Cache:
    """A persistent map from key to the block's issues; `directory=None` keeps nothing."""

    def __init__(self, directory: Path | None):
        self.directory = directory
        self._known: dict[str, list[Issue]] = {}
        if directory is None:
            return
        try:
            with closing(self._connect()) as db:
                for row_key, value in db.execute("SELECT key, issues FROM results"):
                    self._known[row_key] = [Issue(*item) for item in json.loads(value)]
        except (sqlite3.Error, OSError, ValueError, TypeError):
            self._known = {}  # an unreadable cache is only a slower build: start afresh

    def _connect(self) -> sqlite3.Connection:
        self.directory.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(self.directory / "results.sqlite3", timeout=30)
        db.execute("CREATE TABLE IF NOT EXISTS results (key TEXT PRIMARY KEY, issues TEXT NOT NULL)")
        return db

    def get(self, cache_key: str) -> list[Issue] | None:
        return self._known.get(cache_key)

    def put(self, results: dict[str, list[Issue]]) -> None:
        self._known.update(results)
        if self.directory is None or not results:
            return
        rows = [(k, json.dumps([astuple(issue) for issue in v], ensure_ascii=False)) for k, v in results.items()]
        try:
            with closing(self._connect()) as db, db:
                db.executemany("INSERT OR REPLACE INTO results VALUES (?, ?)", rows)
        except (sqlite3.Error, OSError):
            pass  # not being able to remember results must not fail a build
