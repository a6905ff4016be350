"""MkDocs hook: Chinese typography in every build.

- Soft line breaks (typography.soft_breaks): a line break inside a Chinese sentence of
  the Markdown source renders as nothing instead of a space, in the page HTML and so in
  everything made from it (search index, print edition and PDFs, glossary tooltips).
- The prose check (typography.check): the prose of every page, never its code, front
  matter, URLs or HTML attributes, against the house rules of the page's language,
  with autocorrect; and the spelling of glossary.yml's English fields. Each finding is a
  warning in the run's report (common.report, group "prose"),
  `docs/<page>:<line>:<col>: warning <rule>: <message>`, so `mkdocs build --strict`
  (publishing) refuses the site while `mkdocs serve` still shows it.
  `scripts/check-prose --fix` makes most fixes (typography.cli).

Languages: static-i18n builds each language in turn with one config; the default
language's build sees every page of every language before static-i18n picks its own
(our on_files runs before static-i18n's), so it checks them all and the other builds
skip the check.
"""

from __future__ import annotations

import logging

from mkdocs.exceptions import PluginError

from common import context, report
from common.markdown_source import SourceError, read_source
from common.problems import plural
from glossary.entries import GLOSSARY_FILE
from typography import check
from typography.house_rules import Autocorrect, LinterMissing
from typography.soft_breaks import CjkSoftBreaksExtension

log = logging.getLogger("mkdocs.hooks.chinese_typography")

_linter: list[Autocorrect] = []  # made once per process: autocorrect loads its dictionaries once


def on_config(config, **_):
    if not any(isinstance(e, CjkSoftBreaksExtension) for e in config.markdown_extensions):
        config.markdown_extensions.append(CjkSoftBreaksExtension())
    if not _linter:
        try:
            _linter.append(Autocorrect())
        except LinterMissing as error:
            raise PluginError(str(error)) from None
    return config


def on_files(files, config, **_):
    if not context.languages(config).is_default:
        return files  # the default language's build has checked every page
    problems, pages = [], 0
    for page in context.source_pages(files, config):
        pages += 1
        problems += check.check(page.shown, page.text, page.lang, _linter[0])
    glossary = context.project_root(config) / GLOSSARY_FILE
    try:  # its English fields: the tooltips and the glossary page
        glossary_text = read_source(glossary, GLOSSARY_FILE) if glossary.is_file() else None
    except SourceError:
        glossary_text = None  # glossary_terms reports it
    if glossary_text is not None:
        pages += 1
        problems += check.check_glossary(GLOSSARY_FILE, glossary_text, _linter[0])
    report.current().add("prose", problems)
    if not report.given_elsewhere(config):
        report.give(config, log)
    if problems:
        shown = sorted({problem.path for problem in problems})
        log.info("Prose check: %s in %s; `scripts/check-prose --fix %s` makes most fixes (see the README's house rules)",
                 plural(len(problems), "finding"), plural(len(shown), "file"), " ".join(shown))
    else:
        log.info("Prose check: no findings in %s", plural(pages, "file"))
    return files
