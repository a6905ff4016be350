"""A checker that crashes, hangs or talks nonsense on a batch never loses the other snippets'
findings: the batch is re-run one snippet at a time, the culprit alone gets a tool-failed
error at its fence, and nothing of a failed run is remembered."""

from __future__ import annotations

import os
import sys

import pytest

from snippets.cache import Cache
from snippets.checkers import hadolint, tools
from snippets.engine import check_documents
from snippets.options import Options

REAL_HADOLINT = tools.HADOLINT.path()

# A stand-in hadolint: the real one, except on a file holding CRASH-MARKER, where it dies.
STAND_IN = f"""#!/bin/sh
for arg; do
  case "$arg" in *.Dockerfile) if grep -q CRASH-MARKER "$arg"; then echo "hadolint: stand-in crash" >&2; exit 3; fi;; esac
done
exec {REAL_HADOLINT} "$@"
"""

PAGE = """# Dockerfiles

```dockerfile
RUN sudo apt-get install -y curl
```

```dockerfile
LABEL note="CRASH-MARKER"
```

```dockerfile
WORKDIR app
```
"""


@pytest.fixture
def crashing_hadolint(monkeypatch, tmp_path):
    fake = tmp_path / "bin" / "hadolint"
    fake.parent.mkdir()
    fake.write_text(STAND_IN)
    fake.chmod(0o755)
    # The checkers are looked for next to the running Python first: point that at the stand-in.
    monkeypatch.setattr(sys, "executable", str(fake.parent / "python"))
    monkeypatch.setenv("PATH", f"{fake.parent}{os.pathsep}{os.path.dirname(REAL_HADOLINT)}{os.pathsep}{os.environ['PATH']}")
    return fake


def _codes(result) -> list[tuple[int, str]]:
    return [(finding.line, finding.code) for finding in result.findings]


def test_the_culprit_gets_one_error_at_its_fence_and_the_others_keep_their_findings(crashing_hadolint):
    result = check_documents([("docs/a.md", PAGE)], Options(), Cache(None))
    assert _codes(result) == [(4, "DL3004"), (7, "tool-failed"), (12, "DL3000")]
    [failed] = [finding for finding in result.findings if finding.code == "tool-failed"]
    assert "hadolint failed (exit status 3): hadolint: stand-in crash" in failed.message
    assert 'data-check="skip"' in failed.message


def test_nothing_from_a_failed_run_is_remembered(crashing_hadolint, tmp_path):
    cache = tmp_path / "cache"
    check_documents([("docs/a.md", PAGE)], Options(), Cache(cache))
    again = check_documents([("docs/a.md", PAGE)], Options(), Cache(cache))
    assert again.checked == 1  # only the block the checker failed on is tried again
    assert _codes(again) == [(4, "DL3004"), (7, "tool-failed"), (12, "DL3000")]


def test_hadolint_2_15_1_crashing_on_a_one_letter_relative_workdir_loses_no_other_finding():
    page = PAGE.replace('LABEL note="CRASH-MARKER"', "WORKDIR /a\nWORKDIR b")
    result = check_documents([("docs/a.md", page)], Options(), Cache(None))
    assert _codes(result) == [(4, "DL3004"), (7, "tool-failed"), (13, "DL3000")]


def test_output_that_is_not_hadolints_report_is_a_failure_not_an_empty_result(monkeypatch):
    def nonsense(*_, **__):
        return type("Done", (), {"returncode": 0, "stdout": "not json", "stderr": ""})()

    monkeypatch.setattr(hadolint, "run", nonsense)
    [[issue]] = hadolint.check(["FROM alpine"])
    assert issue.code == "tool-failed" and "not its JSON report" in issue.message
