"""Results are remembered: a warm run checks nothing, an edit re-checks only what changed."""

from __future__ import annotations

from snippets.cache import Cache
from snippets.engine import check_documents
from snippets.options import Options

PAGE_A = "```bash\necho a\n```\n\n```bash\nls $(pwd)\n```\n"
PAGE_B = "```dockerfile\nRUN echo b\n```\n"


def test_a_warm_run_checks_nothing_and_reports_the_same(tmp_path):
    documents = [("docs/a.md", PAGE_A), ("docs/b.md", PAGE_B)]
    cold = check_documents(documents, Options(), Cache(tmp_path))
    warm = check_documents(documents, Options(), Cache(tmp_path))
    assert (cold.checked, warm.checked) == (3, 0)
    assert warm.findings == cold.findings and [f.code for f in warm.findings] == ["SC2046"]


def test_editing_one_page_rechecks_only_its_changed_snippet(tmp_path):
    check_documents([("docs/a.md", PAGE_A), ("docs/b.md", PAGE_B)], Options(), Cache(tmp_path))
    edited = PAGE_A.replace("echo a", "echo edited")
    again = check_documents([("docs/a.md", edited), ("docs/b.md", PAGE_B)], Options(), Cache(tmp_path))
    assert again.checked == 1


def test_changing_an_option_rechecks(tmp_path):
    check_documents([("docs/a.md", PAGE_A)], Options(), Cache(tmp_path))
    relaxed = check_documents([("docs/a.md", PAGE_A)], Options(shell_severity="error"), Cache(tmp_path))
    assert relaxed.checked == 2 and relaxed.findings == []


def test_identical_snippets_on_two_pages_are_reported_on_both(tmp_path):
    result = check_documents([("docs/a.md", PAGE_A), ("docs/c.md", PAGE_A)], Options(), Cache(None))
    assert [f.path for f in result.findings] == ["docs/a.md", "docs/c.md"]


def test_an_unreadable_cache_is_ignored(tmp_path):
    (tmp_path / "results.sqlite3").write_text("not a database")
    assert check_documents([("docs/a.md", PAGE_A)], Options(), Cache(tmp_path)).checked == 2
