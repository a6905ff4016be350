"""Each checker adapter on real tools: bash -n, ShellCheck, hadolint, JSON, JSONC, YAML."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import pytest

from snippets.checkers import hadolint, shell, tools
from snippets.checkers.tools import CheckerError
from snippets.compose import check_compose
from snippets.data_formats import check_json, check_jsonc, check_yaml
from snippets.model import FENCE

OPTIONS = shell.ShellOptions(exclude=("SC2164",))


def check_one(text: str, dialect: str = "bash"):
    return shell.check([shell.ShellUnit(text, dialect)], OPTIONS)[0]


def test_shellcheck_reports_a_syntax_error_once_at_its_start():
    [issue] = check_one('echo ok\ndocker run "alpine sh')
    assert (issue.line, issue.col, issue.severity) == (1, 11, "error") and issue.code.startswith("SC1")


def test_shellcheck_warning_is_a_warning():
    [issue] = check_one("wc -l $(cat files.txt)")
    assert (issue.code, issue.severity) == ("SC2046", "warning")


def test_a_list_of_docker_ids_split_on_purpose_is_the_documented_idiom():
    assert check_one("docker rm $(docker ps -aq)\ndocker rmi $(docker images -q -f dangling=true)") == []


def test_shellcheck_disable_directive_inside_a_snippet_works():
    assert check_one("# shellcheck disable=SC2046\nwc -l $(cat files.txt)") == []


def test_dialect_decides_what_is_allowed():
    assert check_one("[[ -f x ]] && echo y", "bash") == []
    assert [issue.code for issue in check_one("[[ -f x ]] && echo y", "sh")] == ["SC3010"]


def test_bash_n_reports_what_shellcheck_parses_happily():
    # ShellCheck reads a lone `)` after a complete command as the end of a subshell it never saw; bash does not.
    issues = check_one("echo hi )")
    assert issues and issues[0].line == 0


def test_many_snippets_are_checked_in_one_batch_each_with_its_own_findings():
    units = [shell.ShellUnit(text, "bash") for text in ("echo ok", 'echo "open', "ls $(pwd)")]
    codes = [[issue.code for issue in issues] for issues in shell.check(units, OPTIONS)]
    assert codes[0] == [] and codes[1][0].startswith("SC1") and codes[2] == ["SC2046"]


def test_a_snippet_is_never_executed(tmp_path):
    marker = tmp_path / "ran"
    texts = [f"touch {marker}", f"echo a; }}; touch {marker}", f"x=$(touch {marker})\n)", f"cat <<EOF\n$(touch {marker})\nEOF"]
    shell.check([shell.ShellUnit(text, "bash") for text in texts], OPTIONS)
    assert not marker.exists()


def test_a_checker_that_hangs_is_stopped_and_its_block_gets_a_clear_error(monkeypatch, tmp_path):
    # A stand-in for bash and ShellCheck that never answers (exec: the process the time limit kills is the sleep).
    pids = tmp_path / "pids"
    (tmp_path / "hanging-checker").write_text(f"#!/bin/sh\necho $$ >> {pids}\nexec sleep 600\n")
    (tmp_path / "hanging-checker").chmod(0o755)
    monkeypatch.setenv("PATH", f"{tmp_path}{os.pathsep}{os.environ['PATH']}")
    hanging = tools.Tool("hanging-checker", "The stand-in checker", "")
    monkeypatch.setattr(shell, "BASH", hanging)
    monkeypatch.setattr(shell, "SHELLCHECK", hanging)
    monkeypatch.setattr(shell, "time_limit", lambda units: 1.0)
    started = time.monotonic()
    [issue] = check_one("echo hi")
    assert (issue.code, issue.severity, issue.line) == ("tool-failed", "error", FENCE)
    assert issue.message.startswith("The stand-in checker did not finish within 1 s while checking 1 snippet(s) and was stopped.")
    assert time.monotonic() - started < 60
    stopped = [int(pid) for pid in pids.read_text().split()] if pids.exists() else []
    assert [pid for pid in stopped if Path(f"/proc/{pid}").exists()] == []  # each one killed and reaped


def test_a_missing_checker_says_how_to_install_it(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "executable", str(tmp_path / "python"))
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(CheckerError, match=r"ShellCheck is not installed.*pip install -r requirements.txt"):
        tools.SHELLCHECK.path()


def test_a_broken_checker_says_it_does_not_work(monkeypatch, tmp_path):
    fake = tmp_path / "shellcheck"
    fake.write_text("#!/bin/sh\necho 'error while loading shared libraries' >&2\nexit 127\n")
    fake.chmod(0o755)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "python"))
    with pytest.raises(CheckerError, match="does not work.*shared libraries"):
        tools.version(tools.SHELLCHECK)


def test_hadolint_reports_its_own_rules_but_not_the_missing_from():
    issues = hadolint.check(["COPY . /app\nWORKDIR app"])[0]
    assert [(issue.line, issue.code) for issue in issues] == [(1, "DL3000")]


def test_hadolint_warnings_are_left_out_by_default_and_reported_on_request():
    text = "FROM ubuntu\nRUN apt-get install -y curl"
    assert hadolint.check([text])[0] == []
    assert {"DL3006", "DL3008"} <= {issue.code for issue in hadolint.check([text], "warning")[0]}


def test_strict_json_refuses_a_trailing_comma_at_its_position():
    [issue] = check_json('{\n  "a": 1,\n}')
    assert (issue.line, issue.col, issue.code) == (1, 8, "json") and "trailing comma" in issue.message


def test_jsonc_allows_comments_and_trailing_commas():
    assert check_jsonc('{\n  // c\n  "u": "http://x", /* b */\n  "l": [1, 2,],\n}') == []


def test_jsonc_still_reports_a_missing_comma():
    [issue] = check_jsonc('{\n  "a": 1\n  "b": 2\n}')
    assert (issue.line, issue.col) == (2, 2)


def test_yaml_must_parse_and_reports_line_and_column():
    [issue] = check_yaml("services:\n  web:\n    image: x\n   ports: []\n")
    assert (issue.line, issue.col, issue.code) == (3, 3, "yaml")


def test_a_yaml_error_after_a_line_separator_is_placed_by_the_blocks_own_lines():
    # PyYAML breaks lines at U+2028 too; Markdown keeps it inside the line, so the finding must stay there.
    [issue] = check_yaml("a: 1\u2028b: [")
    assert (issue.line, issue.col) == (0, 9)


def test_a_compose_key_after_a_line_separator_is_placed_by_the_blocks_own_lines():
    [issue] = check_compose("services:\n  web:\u2028    imag: x\n")
    assert (issue.line, issue.col, issue.code) == (1, 11, "compose")


def test_yaml_with_unknown_tags_and_placeholders_is_fine():
    assert check_yaml("a: !reference [x]\nimage: <image>\n---\nb: 1\n") == []
