"""Make the offline edition: a copy of the site that works from file://, its zip, one PDF per language.

    python tools/make_offline.py [OUT]      (what `./dev offline` runs; OUT defaults to dist/)

OUT/offline/                   the offline site (open index.html; English: en/index.html)
OUT/docker-notes-offline.zip   the same, zipped into a docker-notes-offline/ folder
OUT/docker-notes.<lang>.pdf    the whole notebook per language: cover, contents, page numbers

A later `mkdocs build` (./dev build) offers these files on the start page (hooks/editions.py).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "hooks"))  # the names and print page rules shared with the hooks

from common import context  # noqa: E402
from edition import files as edition_files  # noqa: E402
from edition import print_book  # noqa: E402
from book_pdf import BookPdfError, print_to_pdf  # noqa: E402
from chromium import CHROMIUM, CHROMIUM_ARGS  # noqa: E402
from chromium_watchdog import Watchdog  # noqa: E402
from site_zip import zip_directory  # noqa: E402


class EditionError(Exception):
    """Why the edition could not be made, and how to fix it."""


# Printing one book takes about 10 s here; a Chromium still busy after this has stopped answering.
PRINT_LIMIT_SECONDS = 300


def build_offline_site(site: Path) -> None:
    env = dict(os.environ, DOCS_OFFLINE="true", NO_MKDOCS_2_WARNING="1")
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
        cwd=ROOT, env=env, capture_output=True, text=True, check=False,
    )
    if result.returncode != 0:
        raise EditionError(f"the offline build failed:\n{result.stdout}{result.stderr}")


def languages() -> list[tuple[str, str]]:
    """(locale, URL prefix) of every built language: [("zh", ""), ("en", "en/")]."""
    from mkdocs.config import load_config

    languages = context.languages(load_config(str(ROOT / "mkdocs.yml")))
    return [(locale, languages.prefix(locale)) for locale in languages.built]


def print_pdfs(site: Path, staging: Path, langs: list[tuple[str, str]]) -> list[Path]:
    from playwright.sync_api import Error as PlaywrightError
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        raise EditionError(f"{CHROMIUM} is missing: run ./dev setup, which installs Debian's chromium")
    pdfs = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            for locale, prefix in langs:
                pdf = staging / edition_files.pdf_name(locale)
                with Watchdog(PRINT_LIMIT_SECONDS) as watchdog:
                    try:
                        print_to_pdf(browser, site / print_book.print_page_url(prefix), pdf)
                    except PlaywrightError:
                        if not watchdog.fired:
                            raise
                        raise EditionError(
                            f"Chromium stopped answering while printing {pdf.name} and was stopped after "
                            f"{PRINT_LIMIT_SECONDS} s; run ./dev offline again.\n{watchdog.report}"
                        ) from None
                pdfs.append(pdf)
        finally:
            browser.close()
    return pdfs


def make_edition(out: Path) -> list[Path]:
    """Build, print and zip; returns the files a reader downloads.

    They are made in a staging folder and moved into `out` together at the end,
    so an interrupted run cannot leave a mix of old and new files behind.
    """
    out.mkdir(parents=True, exist_ok=True)
    site = out / edition_files.OFFLINE_SITE
    build_offline_site(site)
    with tempfile.TemporaryDirectory(dir=out, prefix=".staging-") as staging_dir:
        staging = Path(staging_dir)
        made = print_pdfs(site, staging, languages())
        archive = staging / edition_files.ZIP_NAME
        zip_directory(site, archive, edition_files.ZIP_FOLDER)
        made.insert(0, archive)
        for path in made:
            os.replace(path, out / path.name)
    return [out / path.name for path in made]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", type=Path, default=edition_files.dist_dir(ROOT),
                        help="output folder (default: dist/)")
    out = parser.parse_args(argv).out.resolve()
    try:
        files = make_edition(out)
    except (EditionError, BookPdfError) as error:
        print(f"offline edition: {error}", file=sys.stderr)
        return 1
    print(f"offline edition: {out / edition_files.OFFLINE_SITE}/index.html")
    for path in files:
        print(f"  {path}  {path.stat().st_size / 1_000_000:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
