"""Is an English page's translation current, stale or missing? And what to tell the translator.

Pure: decided from the two texts alone, so the build and the translator
command cannot disagree.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import record
from . import text

CURRENT, STALE, MISSING, UNTRANSLATED = "current", "stale", "missing", "untranslated"
SOURCE, TRANSLATION = "zh", "en"  # Chinese is the original; mkdocs.yml's i18n languages must agree
COMMAND = "scripts/translation"  # the translator command, as the README shows it


@dataclass(frozen=True)
class PageState:
    """One page: `page` is its language-free name ('dockerfile/run'), paths are as shown to people."""

    page: str
    source: str
    translation: str
    state: str
    has_translation: bool
    recorded: str | None  # the fingerprint the English page records
    record_line: int  # where the record is, or would go, in the English page

    @property
    def problem(self) -> str | None:
        """The warning for a translation that is not current, naming both files; None when current."""
        if self.advice is None:
            return None
        where = f"{self.translation}:{self.record_line}" if self.has_translation else self.translation
        return f"{where}: {self.advice}"

    @property
    def advice(self) -> str | None:
        """What is wrong with the translation and what to do, without where (problem adds it)."""
        mark = f"`{COMMAND} mark {self.page}`"
        if self.state == STALE:
            return (
                f"the translation is stale: {self.source} has changed since it was translated. "
                f"See what changed with `{COMMAND} diff {self.page}`, update the English, then run {mark}"
            )
        if self.state == UNTRANSLATED:
            return (f"not yet translated: the page is still the skeleton `./dev new` made; translate "
                    f"{self.source} into it, then run {mark}")
        if self.state == MISSING and not self.has_translation:
            return f"missing: {self.source} has no English translation yet; write it, then run {mark}"
        if self.state == MISSING:
            return (
                f"no '{record.FIELD}' record, so nothing tells whether it still matches "
                f"{self.source}. Check the English against the Chinese, then run {mark}"
            )
        return None


def assess(page: str, source: str, translation: str, source_text: str, translation_text: str | None) -> PageState:
    """The state of `page`; raises record.RecordError for a malformed record."""
    if translation_text is None:
        return PageState(page, source, translation, MISSING, False, None, 1)
    found = record.read_record(translation_text)
    if found.fingerprint is None:
        state = MISSING
    elif found.fingerprint == record.PENDING:
        state = UNTRANSLATED
    elif found.fingerprint == text.fingerprint(source_text):
        state = CURRENT
    else:
        state = STALE
    return PageState(page, source, translation, state, True, found.fingerprint, found.line)
