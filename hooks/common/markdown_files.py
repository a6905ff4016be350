"""Read Markdown files the way MkDocs does (UTF-8, optional BOM, any newline style).

The command-line checkers (scripts/check-snippets, scripts/check-prose) read the files they
are given here, so both name files and report unreadable ones alike."""

from __future__ import annotations

from pathlib import Path

from common.problems import ERROR, Problem


def markdown_files(paths: list[Path]) -> list[Path]:
    """The given files, and every *.md under the given folders, sorted, without repeats."""
    found: set[Path] = set()
    for path in paths:
        found.update(path.rglob("*.md") if path.is_dir() else [path])
    return sorted(found)


def display_path(path: Path, root: Path) -> str:
    """`path` relative to `root` when inside it (as an editor wants it), else as given."""
    try:
        return path.absolute().relative_to(root.absolute()).as_posix()
    except ValueError:
        return path.as_posix()


def load(paths: list[Path], root: Path) -> tuple[list[tuple[str, str]], list[Problem]]:
    """(display path, text) for each readable file, and a finding for each unreadable one."""
    documents, problems = [], []
    for path in paths:
        shown = display_path(path, root)
        try:
            with open(path, encoding="utf-8-sig") as handle:  # universal newlines, as MkDocs reads pages
                documents.append((shown, handle.read()))
        except UnicodeDecodeError as error:
            line = error.object[: error.start].count(b"\n") + 1
            problems.append(Problem(shown, "the file is not valid UTF-8; save it as UTF-8", line, 1, ERROR, "encoding"))
        except OSError as error:
            problems.append(Problem(shown, f"cannot read the file: {error.strerror or error}", 1, 1, ERROR, "read"))
    return documents, problems
