"""MkDocs hook: a contributor's build tells everything at once, and nothing broken is published.

Every check adds what it finds to the run's report (common.report) instead of stopping the
build: the twins and nav titles (translations), the pages' encoding and front matter and
whether an English twin is really a translation (authoring), the lessons' self-check
(reader_aids), the snippets (snippet_check) and the translation records (translations).
Once the first language is built (into the build's partial folder: nothing is published
yet), the whole report is logged, grouped in the order an author should fix it, and the
build stops if anything must be fixed.
"""

from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.plugins import event_priority

from authoring import front_matter, twins
from common import context, priorities, report
from common.markdown_source import SourceError, read_source
from common.problems import ERROR, Problem
from common.page_names import split_language
from translation.state import SOURCE, TRANSLATION

log = logging.getLogger("mkdocs.hooks.authoring_checks")


@event_priority(priorities.REPORT_START)
def on_config(config, **_):
    if context.starts_run(config):
        report.start()
    return config


@event_priority(priorities.READ_SOURCES)
def on_files(files, config, **_):
    if not context.starts_run(config):
        return files
    label = context.docs_label(config)
    docs = Path(config.docs_dir)
    texts: dict[str, str] = {}
    unreadable: set[str] = set()
    problems: list[Problem] = []
    for path in sorted(docs.rglob("*.md")):
        src_uri = path.relative_to(docs).as_posix()
        shown = f"{label}/{src_uri}"
        try:
            texts[src_uri] = read_source(path, shown)
        except SourceError as error:
            unreadable.add(src_uri)
            problems.append(Problem(shown, str(error).removeprefix(f"{shown}: "), 1, None, ERROR, "encoding"))
            continue
        problems += front_matter.check(shown, texts[src_uri])
    for file in [f for f in files.documentation_pages() if f.src_uri in unreadable]:
        files.remove(file)  # MkDocs would stop on it with a traceback: it is reported instead
    report.current().add("front matter", problems)
    report.current().add("twins and nav", _twin_problems(texts, label))
    return files


def _twin_problems(texts: dict[str, str], label: str) -> list[Problem]:
    problems = []
    for src_uri, text in sorted(texts.items()):
        base, lang = split_language(src_uri)
        source = texts.get(f"{base}.{SOURCE}.md")
        if lang != TRANSLATION or source is None:
            continue
        shown = f"{label}/{src_uri}"
        problems += twins.untranslated(shown, text)
        problems += twins.code_differences((f"{label}/{base}.{SOURCE}.md", source), (shown, text))
    return problems


@event_priority(priorities.REPORT_FLUSH)
def on_post_build(config, **_):
    if context.starts_run(config):
        report.give(config, log)
