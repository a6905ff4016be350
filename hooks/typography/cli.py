"""Check, or fix, the prose of Markdown files without building: `scripts/check-prose [--fix] [PATH ...]`.

The build's messages, for the pages given (default docs/, and glossary.yml's English
fields); a page's language is its file name's suffix (`run.zh.md`). Exit status 1 when findings remain (what
`mkdocs build --strict` refuses), 2 when the check cannot run.

--fix rewrites the files with every change the house rules ask for that can be made
without touching code or URLs, then reports what is left for a person. Changing a
Chinese page's text (not only its spacing) makes its English translation stale, so
the fix names those pages and the command that marks their translation current,
once a translator has checked the English still says the same.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from common import markdown_files
from common.problems import plural
from glossary.entries import GLOSSARY_FILE
from common.page_names import split_language
from translation.state import SOURCE
from translation.text import fingerprint

from . import check
from .house_rules import Autocorrect, LinterMissing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="check-prose", description="Check the prose of Markdown pages against the house rules (CJK spacing and punctuation).")
    parser.add_argument("paths", nargs="*", type=Path, help=f"Markdown files or folders, or {GLOSSARY_FILE} (default: docs/ and {GLOSSARY_FILE})")
    parser.add_argument("--fix", action="store_true", help="rewrite the files with the fixes that can be made safely")
    args = parser.parse_args(argv)
    root = Path.cwd()
    paths = args.paths or [path for path in (Path("docs"), Path(GLOSSARY_FILE)) if path.exists()]
    missing = [str(path) for path in paths if not path.exists()]
    if missing:
        print(f"check-prose: no such file or folder: {', '.join(missing)}", file=sys.stderr)
        return 2
    try:
        formatter = Autocorrect()
    except LinterMissing as error:
        print(f"check-prose: {error}", file=sys.stderr)
        return 2
    problems, changed, pages = [], [], 0
    for path in markdown_files.markdown_files(paths):
        language = split_language(path.name)[1]
        if language is None:
            continue  # not a page of the site: pages carry their language in their name
        documents, unreadable = markdown_files.load([path], root)
        problems += unreadable
        if not documents:
            continue
        [(shown, text)] = documents
        pages += 1
        if args.fix:
            fixed = check.fix(text, language, formatter)
            if fixed != text:
                _write(path, fixed)
                changed.append((shown, language, fingerprint(fixed) != fingerprint(text)))
                text = fixed
        problems += check.check(shown, text, language, formatter)
    for path in (path for path in paths if path.name == GLOSSARY_FILE and path.is_file()):
        shown = markdown_files.display_path(path, root)
        text = path.read_text(encoding="utf-8")
        pages += 1
        if args.fix:
            fixed = check.fix_glossary(text, formatter)
            if fixed != text:
                _write(path, fixed)
                changed.append((shown, "en", False))
                text = fixed
        problems += check.check_glossary(shown, text, formatter)
    for shown, language, reworded in changed:
        print(f"{shown}: fixed")
        if reworded and language == SOURCE:
            page = split_language(shown.removeprefix("docs/"))[0]
            print(f"  its text changed, not only its spacing: check its English page still says the same, "
                  f"then run scripts/translation mark {page}")
    for problem in sorted(problems, key=lambda p: p.sort_key):
        print(problem)
    print(f"Prose check: {plural(len(problems), 'finding')} in {plural(pages, 'file')}"
          + (f", {plural(len(changed), 'file')} fixed" if args.fix else ""))
    return 1 if problems else 0


def _write(path: Path, text: str) -> None:
    """Write `text` back with the file's own newline style and byte-order mark."""
    with open(path, encoding="utf-8", newline="") as handle:
        raw = handle.read()
    newline = "\r\n" if "\r\n" in raw else "\n"
    bom = "\ufeff" if raw.startswith("\ufeff") else ""
    with open(path, "w", encoding="utf-8", newline="") as handle:
        handle.write(bom + text.replace("\n", newline))
