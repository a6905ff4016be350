"""Reading back where Chromium put each chapter (tools/book_pdf.py)."""

from book_pdf import parse_destinations

PDFINFO_DESTS = """Page  Destination                 Name
   3 [ XYZ    6  827 null      ] "ch-index"
  12 [ XYZ    6  827 null      ] "ch-en-dockerfile-run"
"""


def test_named_destinations_map_to_their_page_numbers():
    assert parse_destinations(PDFINFO_DESTS) == {"ch-index": 3, "ch-en-dockerfile-run": 12}
