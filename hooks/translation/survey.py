"""Read the docs folder and assess every Chinese page's English twin.

The I/O edge shared by the build hook and the translator command.
"""

from __future__ import annotations

from pathlib import Path

from common import git_history
from common.problems import Problem
from common.markdown_source import SourceError, read_source

from . import parity
from . import record
from . import state
from .render import UNCOMMITTED
from .state import SOURCE, TRANSLATION


class PageError(ValueError):
    """A page the tools cannot read; the message names file and line and says how to fix it."""


def read_text(path: Path, shown: str) -> str:
    try:
        return read_source(path, shown)
    except SourceError as error:
        raise PageError(str(error)) from None


def page_path(docs_dir: Path, page: str, language: str) -> Path:
    return docs_dir / f"{page}.{language}.md"


def pages(docs_dir: Path) -> list[str]:
    """Language-free names of every Chinese page, sorted."""
    found = []
    for path in docs_dir.rglob(f"*.{SOURCE}.md"):
        base, _ = parity.split_language(path.relative_to(docs_dir).as_posix())
        found.append(base)
    return sorted(found)


def survey_all(docs_dir: Path, label: str, only: list[str] | None = None) -> tuple[list[state.PageState], list[Problem]]:
    """The state of each page (all, or those in `only`), and a problem for each page that cannot
    be assessed (a file that is not UTF-8, a malformed record): one bad page hides no other.
    `label` is how docs_dir is shown ('docs')."""
    states, problems = [], []
    for page in pages(docs_dir) if only is None else only:
        source, translation = (page_path(docs_dir, page, lang) for lang in (SOURCE, TRANSLATION))
        shown_source, shown_translation = (f"{label}/{page}.{lang}.md" for lang in (SOURCE, TRANSLATION))
        try:
            source_text = read_text(source, shown_source)
            translation_text = read_text(translation, shown_translation) if translation.is_file() else None
            states.append(state.assess(page, shown_source, shown_translation, source_text, translation_text))
        except PageError as error:
            where, message = str(error).split(": ", 1)
            problems.append(Problem(where, message, 1, code="encoding"))
        except record.RecordError as error:
            problems.append(Problem(
                shown_translation, f"{error}. Check the English against {shown_source}, "
                                   f"then run `{state.COMMAND} mark {page}` to rewrite the record", error.line,
                code="record"))
    return states, problems


def orphans(docs_dir: Path) -> list[str]:
    """Language-free names of translations whose original no longer exists."""
    found = []
    for path in docs_dir.rglob(f"*.{TRANSLATION}.md"):
        base, _ = parity.split_language(path.relative_to(docs_dir).as_posix())
        if not page_path(docs_dir, base, SOURCE).is_file():
            found.append(base)
    return sorted(found)


def last_changed(docs_dir: Path) -> dict[Path, str] | None:
    """When each page last changed, as people are shown it: a date, or UNCOMMITTED for a page
    whose working copy differs from its last commit; None without git history."""
    try:
        dates = git_history.last_changes(docs_dir)
        dirty = git_history.uncommitted(docs_dir)
    except git_history.NoHistory:
        return None
    shown = {path: when.date().isoformat() for path, when in dates.items()}
    shown.update((path, UNCOMMITTED) for path in dirty)
    return shown
