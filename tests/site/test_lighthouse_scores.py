"""Reading Lighthouse reports for the audit table (scripts/lighthouse_scores.py)."""

from lighthouse_scores import lost_points, markdown_table, scores

REPORT = {
    "categories": {
        "performance": {"score": 0.985, "auditRefs": [{"id": "total-blocking-time", "weight": 30}]},
        "accessibility": {"score": 1, "auditRefs": [{"id": "color-contrast", "weight": 7}]},
        "best-practices": {"score": None, "auditRefs": []},
        "seo": {"score": 0.9, "auditRefs": [{"id": "hreflang", "weight": 1}, {"id": "structured-data", "weight": 0}]},
    },
    "audits": {
        "total-blocking-time": {"score": 0.95, "title": "Total Blocking Time"},
        "color-contrast": {"score": 1, "title": "Contrast"},
        "hreflang": {"score": 0, "title": "hreflang"},
        "structured-data": {"score": None, "title": "Structured data"},
    },
}


def test_scores_are_out_of_100_and_missing_ones_are_none():
    assert scores(REPORT) == {"performance": 99, "accessibility": 100, "best-practices": None, "seo": 90}


def test_only_weighted_audits_that_did_not_pass_are_listed():
    assert lost_points(REPORT) == [
        "performance: total-blocking-time (Total Blocking Time) score 0.95",
        "seo: hreflang (hreflang) score 0",
    ]


def test_the_table_has_one_row_per_run():
    table = markdown_table([("/", "mobile", scores(REPORT))]).splitlines()
    assert table[0].startswith("| Page | Device | Performance")
    assert table[2] == "| `/` | mobile | 99 | 100 | n/a | 90 |"
