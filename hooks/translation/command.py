"""The translator's command: which English pages are behind, what changed in the Chinese, mark them current.

  scripts/translation status             every page: current / stale / missing, and when the Chinese last changed
  scripts/translation diff [PAGE...]     the Chinese lines changed since the English was last marked current
                                         (default: every page that is not current)
  scripts/translation mark PAGE...|--all record that the English now translates the Chinese as it is

PAGE is a page's name as in the URL or the file name: dockerfile/run, docs/dockerfile/run.zh.md, ...
"""

from __future__ import annotations

import argparse
import difflib
import sys
from pathlib import Path

from common import git_history

from . import record
from . import survey
from .diff import changed_lines
from .render import UNCOMMITTED
from .text import fingerprint
from .state import COMMAND, CURRENT, SOURCE, TRANSLATION, PageState

PROJECT = Path(__file__).resolve().parent.parent.parent


class UsageError(Exception):
    """A mistake in the command line; the message says how to fix it."""


def resolve(label: str, name: str, known: list[str]) -> str:
    """The page meant by `name`, however the translator wrote it."""
    page = name.strip().removeprefix("./").removeprefix(f"{label}/").removesuffix(".md")
    for lang in (SOURCE, TRANSLATION):
        page = page.removesuffix(f".{lang}")
    if page in known:
        return page
    close = difflib.get_close_matches(page, known, n=3)
    hint = f"; did you mean {' or '.join(close)}?" if close else f"; pages are: {', '.join(known)}"
    raise UsageError(f"no page '{name}' in {label}/ (looked for {label}/{page}.{SOURCE}.md){hint}")


def status(states: list[PageState], problems: list, orphans: list[str], docs_dir: Path) -> int:
    """Every page's state, then what is wrong: pages behind, records that cannot be read, and
    English pages whose Chinese original is gone. Non-zero when anything is."""
    changes = survey.last_changed(docs_dir)
    unread = {problem.path: problem for problem in problems}
    names = [state.page for state in states] + orphans + [path for path in unread]
    width = max(len("page"), *(len(name) for name in names))
    print(f"{'page':<{width}}  {'English':<8}  Chinese last changed")
    for state in states:
        if changes is None:
            changed = "unknown (no git history)"
        else:
            changed = changes.get(survey.page_path(docs_dir, state.page, SOURCE), UNCOMMITTED)
        print(f"{state.page:<{width}}  {state.state:<8}  {changed}")
    for path in unread:
        print(f"{path:<{width}}  {'unreadable':<8}")
    for page in orphans:
        print(f"{page:<{width}}  {'orphan':<8}  (no Chinese original)")
    behind = [state for state in states if state.state != CURRENT]
    total = len(states) + len(unread) + len(orphans)
    print(f"\n{len(states) - len(behind)} of {total} current.")
    for state in behind:
        print(f"  {state.problem}")
    for problem in problems:
        print(f"  {problem}")
    for page in orphans:
        print(f"  {survey.page_path(docs_dir, page, TRANSLATION).name}: its Chinese original "
              f"{page}.{SOURCE}.md no longer exists; delete the English page or restore the original")
    return 1 if behind or problems or orphans else 0


def diff(states: list[PageState], docs_dir: Path) -> int:
    """Print, per page, the Chinese lines changed since the version its English was marked against."""
    result = 0
    for state in states:
        source_path = survey.page_path(docs_dir, state.page, SOURCE)
        if state.state == CURRENT:
            print(f"{state.page}: current; the Chinese has not changed since it was translated.\n")
            continue
        if not state.has_translation:
            print(f"{state.page}: {state.problem}\n")
            result = 1
            continue
        if state.recorded is None:
            print(f"{state.page}: {state.problem}; there is no earlier version to compare with.\n")
            result = 1
            continue
        try:
            history = git_history.versions(source_path)
        except git_history.NoHistory as error:
            raise UsageError(f"diff needs the git history of the Chinese pages, and this copy has none ({error})") from None
        base = next((v for v in history if fingerprint(v.text) == state.recorded), None)
        if base is None:
            print(f"{state.page}: no committed version of {state.source} matches the record in "
                  f"{state.translation}:{state.record_line}, so what changed is unknown; "
                  f"compare the whole page, then run `{COMMAND} mark {state.page}`.\n")
            result = 1
            continue
        now = survey.read_text(source_path, state.source)
        print(f"{state.page}: {state.source} changed since {base.commit[:10]} ({base.date}), "
              f"the version {state.translation} translates:")
        for hunk in changed_lines(base.text, now):
            print("\n".join(hunk) + "\n")
        print(f"Once {state.translation} says the same, run `{COMMAND} mark {state.page}`.\n")
    return result


def mark(pages: list[str], docs_dir: Path, label: str) -> int:
    """Write each page's record from the Chinese as it is now (repairing a malformed record too)."""
    unwritten = [page for page in pages if not survey.page_path(docs_dir, page, TRANSLATION).is_file()]
    if unwritten:
        raise UsageError("; ".join(
            f"{label}/{page}.{TRANSLATION}.md does not exist: translate {label}/{page}.{SOURCE}.md first"
            for page in unwritten
        ))
    changed = 0
    for page in pages:
        shown = f"{label}/{page}.{TRANSLATION}.md"
        path = survey.page_path(docs_dir, page, TRANSLATION)
        page_text = survey.read_text(path, shown)
        source = survey.read_text(
            survey.page_path(docs_dir, page, SOURCE), f"{label}/{page}.{SOURCE}.md",
        )
        updated = record.write_record(page_text, fingerprint(source))
        if updated != page_text:
            path.write_text(updated, encoding="utf-8")
            changed += 1
            print(f"{page}: marked current ({shown} now records the Chinese as it is)")
    print(f"{changed} page(s) marked current, {len(pages) - changed} already were.")
    return 0


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog=COMMAND, description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=Path, default=PROJECT / "docs", help="the docs folder (default: %(default)s)")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("status", help="every page's translation state")
    diff_parser = commands.add_parser("diff", help="what changed in the Chinese since the English was marked current")
    diff_parser.add_argument("pages", nargs="*", metavar="PAGE")
    mark_parser = commands.add_parser("mark", help="record that the English now translates the Chinese as it is")
    mark_parser.add_argument("pages", nargs="*", metavar="PAGE")
    mark_parser.add_argument("--all", action="store_true", help="every page that has an English translation")
    args = parser.parse_args(argv)

    docs_dir = args.docs.resolve()  # git runs from the repository root, so relative paths would mislead it
    label = docs_dir.name
    try:
        known = survey.pages(docs_dir)
        if not known and not survey.orphans(docs_dir):
            raise UsageError(f"no Chinese pages (*.{SOURCE}.md) in {docs_dir}")
        chosen = [resolve(label, name, known) for name in getattr(args, "pages", [])]
        if args.command == "mark":
            if bool(chosen) == args.all:
                raise UsageError("mark needs either page names or --all")
            if args.all:  # pages with no English yet are for the translator to write, not to mark
                chosen = [page for page in known if survey.page_path(docs_dir, page, TRANSLATION).is_file()]
            return mark(chosen, docs_dir, label)
        states, problems = survey.survey_all(docs_dir, label, chosen or None)
        if args.command == "status":
            return status(states, problems, [] if chosen else survey.orphans(docs_dir), docs_dir)
        for problem in problems:
            print(f"{COMMAND}: {problem}", file=sys.stderr)
        if not chosen:
            states = [state for state in states if state.state != CURRENT]
            if not states and not problems:
                print("Every page is current; nothing to translate.")
        return diff(states, docs_dir) or (1 if problems else 0)
    except (UsageError, survey.PageError) as error:
        print(f"{COMMAND}: {error}", file=sys.stderr)
        return 2
