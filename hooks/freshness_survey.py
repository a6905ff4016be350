"""Read the docs folder and assess every Chinese page's English twin.

The I/O edge shared by the build hook and the translator command.
"""

from __future__ import annotations

from pathlib import Path

import freshness_record
import freshness_state
import i18n_parity
from freshness_state import SOURCE, TRANSLATION


class PageError(ValueError):
    """A page the tools cannot read; the message names file and line and says how to fix it."""


def read_text(path: Path, shown: str) -> str:
    try:
        return path.read_text(encoding="utf-8-sig")  # like MkDocs: a byte-order mark is not content
    except UnicodeDecodeError as error:
        raise PageError(f"{shown}: byte {error.start} is not UTF-8; save the file as UTF-8") from None


def page_path(docs_dir: Path, page: str, language: str) -> Path:
    return docs_dir / f"{page}.{language}.md"


def pages(docs_dir: Path) -> list[str]:
    """Language-free names of every Chinese page, sorted."""
    found = []
    for path in docs_dir.rglob(f"*.{SOURCE}.md"):
        base, _ = i18n_parity.split_language(path.relative_to(docs_dir).as_posix())
        found.append(base)
    return sorted(found)


def survey(docs_dir: Path, label: str, only: list[str] | None = None) -> list[freshness_state.PageState]:
    """The state of each page (all, or those in `only`); `label` is how docs_dir is shown ('docs')."""
    states = []
    for page in pages(docs_dir) if only is None else only:
        source, translation = (page_path(docs_dir, page, lang) for lang in (SOURCE, TRANSLATION))
        shown_source, shown_translation = (f"{label}/{page}.{lang}.md" for lang in (SOURCE, TRANSLATION))
        source_text = read_text(source, shown_source)
        translation_text = read_text(translation, shown_translation) if translation.is_file() else None
        try:
            states.append(freshness_state.assess(page, shown_source, shown_translation, source_text, translation_text))
        except freshness_record.RecordError as error:
            raise PageError(
                f"{shown_translation}:{error.line}: {error}. Check the English against {shown_source}, "
                f"then run `{freshness_state.COMMAND} mark {page}` to rewrite the record"
            ) from None
    return states
