"""Check snippets without building the site: `scripts/check-snippets [--strict] [PATH ...]`.

Same messages as the build; exit status 1 when there are errors (or warnings with
--strict), 2 when the check itself cannot run (a checker missing, a bad option).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .cache import Cache
from .checkers.tools import CheckerError
from .engine import check_paths
from .options import Options
from .settings import options_from
from .report import stats, summary

CACHE_DIR = Path(".cache/snippet-check")


def read_options(config_file: Path) -> Options:
    """extra.snippet_check from mkdocs.yml, read with MkDocs' own YAML loader (it knows !ENV and friends)."""
    if not config_file.is_file():
        return Options()
    from mkdocs.utils.yaml import yaml_load  # only the CLI needs MkDocs' loader

    with open(config_file, encoding="utf-8") as handle:
        config = yaml_load(handle) or {}
    return options_from((config.get("extra") or {}).get("snippet_check"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="check-snippets", description="Syntax-check the code blocks of Markdown files without building the site.")
    parser.add_argument("paths", nargs="*", type=Path, help="Markdown files or folders (default: docs/)")
    parser.add_argument("--strict", action="store_true", help="fail on warnings too, as `mkdocs build --strict` does")
    parser.add_argument("--config-file", type=Path, default=Path("mkdocs.yml"), help="where extra.snippet_check options are read (default: mkdocs.yml)")
    parser.add_argument("--no-cache", action="store_true", help=f"neither read nor write {CACHE_DIR}/")
    parser.add_argument("--stats", action="store_true",
                        help="print figures instead of findings: blocks by kind, findings by code, blocks reported "
                             "as transcript/not-code/untagged/synopsis, checker failures isolated")
    args = parser.parse_args(argv)
    root = Path.cwd()
    paths = args.paths or [Path("docs")]
    missing = [str(path) for path in paths if not path.exists()]
    if missing:
        print(f"check-snippets: no such file or folder: {', '.join(missing)}", file=sys.stderr)
        return 2
    try:
        options = read_options(args.config_file)
        result = check_paths(paths, root, options, Cache(None if args.no_cache else root / CACHE_DIR))
    except (CheckerError, ValueError) as error:
        print(f"check-snippets: {error}", file=sys.stderr)
        return 2
    except Exception as error:  # mkdocs' ConfigurationError for an unreadable mkdocs.yml, and the like
        print(f"check-snippets: {args.config_file}: {error}", file=sys.stderr)
        return 2
    if args.stats:
        print(stats(result))
        return 0
    for finding in result.findings:
        print(finding)
    print(summary(result))
    return 1 if result.errors or (args.strict and result.warnings) else 0
