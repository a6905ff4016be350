"""Print a print page (hooks/print_edition.py) to PDF with Chromium.

Chromium cannot number a table of contents by itself, so the book is printed
twice: the first PDF tells (through its named destinations, which Chromium
creates for every link target) on which page each chapter starts; those
numbers go into the table of contents' fixed-width slots and the book is
printed again. Page numbers in the footer come from Chromium's footer template.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

# Chromium renders the footer template apart from the page, with none of its styles.
FOOTER_STYLE = ("width:100%;font-size:8pt;text-align:center;color:#666;"
                "font-family:'DejaVu Sans','LXGW WenKai',sans-serif")

PDF_OPTIONS = {
    "format": "A4",
    "print_background": True,
    "display_header_footer": True,
    "header_template": "<span></span>",  # none; Chromium's default header shows date and title
    "margin": {"top": "16mm", "bottom": "20mm", "left": "16mm", "right": "16mm"},
    "outline": True,  # PDF bookmarks from the headings
    "tagged": True,  # accessible PDF: structure for screen readers and reflow
}

_DESTINATION = re.compile(r'^\s*(\d+)\s+\[.*\]\s+"(.*)"\s*$')

FILL_PAGE_NUMBERS = """pages => {
  for (const slot of document.querySelectorAll('[data-page-of]')) {
    slot.textContent = pages[slot.dataset.pageOf] ?? '';
  }
}"""


class BookPdfError(Exception):
    """A problem the person running the command can fix; the message says how."""


def parse_destinations(pdfinfo_output: str) -> dict[str, int]:
    """`pdfinfo -dests` output -> {destination name: page number}."""
    pages: dict[str, int] = {}
    for line in pdfinfo_output.splitlines():
        match = _DESTINATION.match(line)
        if match:
            pages[match[2]] = int(match[1])
    return pages


def destinations(pdf: Path) -> dict[str, int]:
    if shutil.which("pdfinfo") is None:
        raise BookPdfError("pdfinfo (Debian package poppler-utils) is missing: run ./dev setup")
    result = subprocess.run(["pdfinfo", "-dests", str(pdf)], capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise BookPdfError(f"pdfinfo could not read {pdf}: {result.stderr.strip()}")
    return parse_destinations(result.stdout)


def print_to_pdf(browser, book: Path, pdf: Path) -> int:
    """Print `book` (a print page of the offline edition) to `pdf`; returns its page count."""
    page = browser.new_page()
    try:
        page.goto(book.resolve().as_uri(), wait_until="load")
        line = page.evaluate("document.getElementById('book-footer').innerHTML")
        footer = f'<div style="{FOOTER_STYLE}">{line}</div>'
        slots = page.evaluate("[...document.querySelectorAll('[data-page-of]')].map(s => s.dataset.pageOf)")
        options = {**PDF_OPTIONS, "footer_template": footer, "path": str(pdf)}
        page.pdf(**options)
        first = destinations(pdf)
        missing = [anchor for anchor in slots if anchor not in first]
        if missing:
            raise BookPdfError(f"{book}: chapters {missing} did not land in {pdf}; is the print page complete?")
        page.evaluate(FILL_PAGE_NUMBERS, first)
        page.pdf(**options)
        second = destinations(pdf)
        moved = {anchor for anchor in slots if second.get(anchor) != first[anchor]}
        if moved:  # the slots have a fixed width, so this means the print CSS changed
            raise BookPdfError(f"{book}: filling in page numbers moved chapters {sorted(moved)}; check print_book.css")
        return pdf_page_count(pdf)
    finally:
        page.close()


def pdf_page_count(pdf: Path) -> int:
    result = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    return int(re.search(r"^Pages:\s+(\d+)", result.stdout, re.M)[1])
