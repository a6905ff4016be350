"""MkDocs hook: refuse to build when a lesson does not end with its self-check.

Lessons are the Markdown pages on disk except the start page and the glossary;
pages other hooks generate are not lessons either. The rules live in self_check (pure).
"""

from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.exceptions import PluginError

import self_check
import site_languages
from i18n_parity import split_language

log = logging.getLogger("mkdocs.hooks.lesson_self_check")

# Pages (path without language suffix) that are not lessons.
NOT_LESSONS = ("index", "glossary")


def on_files(files, config, **_):
    languages = site_languages.languages(config)
    if languages.current != languages.default:  # the same files were checked in the default language's build
        return files
    docs_name = Path(config.docs_dir).relative_to(Path(config.config_file_path).parent).as_posix()
    checks: dict[str, dict[str, tuple[str, self_check.SelfCheck]]] = {}
    problems: list[self_check.Problem] = []
    for file in files.documentation_pages():
        base, lang = split_language(file.src_uri)
        if file.generated_by or lang is None or base in NOT_LESSONS:
            continue
        path = f"{docs_name}/{file.src_uri}"
        if lang not in self_check.TITLES:
            problems.append(self_check.Problem(path, 1, f"no self-check section title is known for language "
                                                        f"'{lang}'; add it to TITLES and SOURCES in hooks/self_check.py"))
            continue
        check, page_problems = self_check.check_page(path, file.content_string, lang)
        problems += page_problems
        if check is not None:
            checks.setdefault(base, {})[lang] = (path, check)
    for twins in checks.values():
        if languages.default in twins:
            original = twins.pop(languages.default)
            problems += self_check.twin_problems(original, {path: check for path, check in twins.values()})
    if problems:
        listing = "\n".join(f"  {problem}" for problem in problems)
        raise PluginError(f"{len(problems)} self-check problem(s) in lesson pages:\n{listing}")
    log.debug("self-check: %d lessons checked", len(checks))
    return files
