"""The `translated_from` record in an English page's front matter: read it, write it, touch nothing else."""

import pytest

from translation.record import RecordError, read_record, write_record

PRINT = "a" * 64
OTHER = "b" * 64


def test_a_page_without_front_matter_has_no_record():
    record = read_record("# Title\n\nText\n")
    assert record.fingerprint is None and record.line == 1


def test_the_record_is_read_with_its_line_number():
    record = read_record(f"---\ntitle: Build\ntranslated_from: {PRINT}\n---\n# Build\n")
    assert record.fingerprint == PRINT and record.line == 3


def test_a_quoted_record_is_read_too():
    assert read_record(f"---\ntranslated_from: '{PRINT}'\n---\n").fingerprint == PRINT


def test_a_malformed_record_is_an_error_naming_its_line():
    with pytest.raises(RecordError) as error:
        read_record("---\ntitle: x\ntranslated_from: 12ab\n---\n")
    assert error.value.line == 3 and "12ab" in str(error.value)


def test_a_record_set_twice_is_an_error_naming_both_lines():
    with pytest.raises(RecordError) as error:
        read_record(f"---\ntranslated_from: {PRINT}\ntranslated_from: {OTHER}\n---\n")
    assert error.value.line == 3 and "line 2" in str(error.value)


def test_writing_adds_front_matter_to_a_page_without_any():
    assert write_record("# Title\n", PRINT) == f"---\ntranslated_from: {PRINT}\n---\n# Title\n"


def test_writing_adds_the_line_to_existing_front_matter_and_keeps_the_rest():
    page = "---\ntitle: Build   # keep me\n---\n# Build\n"
    assert write_record(page, PRINT) == f"---\ntitle: Build   # keep me\ntranslated_from: {PRINT}\n---\n# Build\n"


def test_writing_replaces_only_the_record_line():
    page = f"---\ntitle: Build\ntranslated_from: {OTHER}\nhide: [toc]\n---\nText\n"
    assert write_record(page, PRINT) == page.replace(OTHER, PRINT)


def test_writing_repairs_a_duplicated_record():
    page = f"---\ntranslated_from: {OTHER}\ntranslated_from: nonsense\n---\n"
    assert write_record(page, PRINT) == f"---\ntranslated_from: {PRINT}\n---\n"


def test_writing_keeps_windows_line_endings():
    assert write_record("---\r\ntitle: x\r\n---\r\nText\r\n", PRINT) == \
        f"---\r\ntitle: x\r\ntranslated_from: {PRINT}\r\n---\r\nText\r\n"
