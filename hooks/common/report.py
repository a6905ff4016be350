"""Every problem a build finds, reported at once, grouped in the order an author should fix them.

A contributor adding a page should not need five builds to learn of five problems. Each
check adds what it finds here instead of stopping the build; once all of them have run
(authoring_checks.on_env, before any page is written), the whole report is logged,
group by group, and the build stops if anything must be fixed. One report per build run:
static-i18n's nested language builds add to the run's report and never reset it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

from .problems import ERROR, Problem

# Why a later group can wait: pages must exist in both languages before their front
# matter matters, and so on down to the translation records, which are written last.
GROUPS = ("twins and nav", "front matter", "lesson structure", "snippets", "prose", "translation state")


@dataclass
class Report:
    found: dict[str, list[Problem]] = field(default_factory=lambda: {group: [] for group in GROUPS})

    def add(self, group: str, problems: list[Problem]) -> None:
        self.found[group].extend(problems)

    @property
    def problems(self) -> list[Problem]:
        return [problem for group in GROUPS for problem in self.found[group]]

    def errors(self) -> int:
        return sum(problem.severity == ERROR for problem in self.problems)

    def warnings(self) -> int:
        return len(self.problems) - self.errors()

    def must_stop(self, strict: bool) -> bool:
        return bool(self.errors() or (strict and self.warnings()))

    def log(self, log: logging.Logger) -> None:
        """Each group's heading, then its problems, errors as errors and warnings as warnings."""
        for number, group in enumerate((g for g in GROUPS if self.found[g]), start=1):
            log.info("%d. %s:", number, group)
            for problem in sorted(self.found[group], key=lambda p: p.sort_key):
                (log.error if problem.severity == ERROR else log.warning)(str(problem))

    def summary(self) -> str:
        groups = [group for group in GROUPS if self.found[group]]
        return (f"{self.errors()} error(s) and {self.warnings()} warning(s) in {len(groups)} group(s) "
                f"({', '.join(groups)}); fix them in this order: the ones listed first can cause the later ones")


def give(config, log: logging.Logger) -> None:
    """Log the run's report, and stop the build (PluginError) if anything must be fixed.
    What is given is not given again."""
    from mkdocs.exceptions import PluginError  # only the build's edge needs MkDocs

    global _current
    given, _current = _current, Report()
    if given.problems:
        given.log(log)
    if given.must_stop(config.strict):
        raise PluginError(given.summary())


FLUSHER = "authoring_checks"  # the hook that gives the report once every check has run


def given_elsewhere(config) -> bool:
    """A site that registers the reporting hook; one that does not (a fixture or a benchmark
    running the snippet check alone) has the check give the report itself."""
    return any(Path(name).stem == FLUSHER for name in config.hooks)


def start() -> Report:
    """A new build run's report (the outermost build's first event calls it)."""
    global _current
    _current = Report()
    return _current


def current() -> Report:
    return _current


_current = Report()
