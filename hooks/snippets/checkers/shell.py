"""bash -n and ShellCheck over many shell snippets, a handful of processes in all.

Each snippet is written to its own temporary file. ShellCheck takes all the files of one
dialect in a single run. bash has no "parse these files" mode, so one bash process reads
the files in turn and, for each, in a forked subshell, evals `set -n` followed by the
snippet: once `set -n` has run, bash parses the remaining text without executing any of
it (the same switch `bash -n` uses), and the subshell keeps it from leaking into the next
snippet. Nothing in a snippet is ever executed: it is only read after `set -n`.
"""

from __future__ import annotations

import json
import re
import tempfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from ..model import ERROR, WARNING, Issue
from .tools import BASH, SHELLCHECK, TOOL_FAILED, CheckerError, ToolFailure, chunks, failure_detail, isolate, run, time_limit
from .tools import jobs as parallel_jobs

SEPARATOR = "\x1e"
# Each file: announce it, then parse it in a subshell with execution switched off.
DRIVER = (
    "for f; do\n"
    "  IFS= read -r -d '' text < \"$f\"\n"
    f"  printf '{SEPARATOR}%s\\n' \"$f\"\n"
    "  ( eval $'set -n\\n'\"$text\" ) 2>&1\n"
    "done\n"
)
# A snippet whose syntax error is known to be on its second line: it tells how bash
# numbers the lines of an eval'd text, which differs between bash versions.
CALIBRATION = "true\n)\n"
_BASH_MESSAGE = re.compile(r":\s*line (?P<line>\d+): (?P<message>.*)$")
_AT_LINE = re.compile(r"at line (\d+)")
_TOKEN = re.compile(r"unexpected token `(?P<token>.*)'$")


@dataclass(frozen=True)
class ShellUnit:
    text: str
    dialect: str  # sh, bash, dash or ksh: what ShellCheck understands


@dataclass(frozen=True)
class ShellOptions:
    severity: str = "warning"  # lowest ShellCheck level reported
    exclude: tuple[str, ...] = ()


def check(units: list[ShellUnit], options: ShellOptions) -> list[list[Issue]]:
    """Issues per unit, in the unit's own 0-based lines and columns."""
    results: list[list[Issue]] = [[] for _ in units]
    if not units:
        return results
    with tempfile.TemporaryDirectory(prefix="snippet-check-") as tmp:
        paths = []
        for number, unit in enumerate(units):
            path = Path(tmp, f"{number:06d}.sh")
            path.write_text(unit.text + "\n", encoding="utf-8")
            paths.append(str(path))
        calibration = Path(tmp, "calibration.sh")
        calibration.write_text(CALIBRATION, encoding="utf-8")
        driver = Path(tmp, "driver.sh")
        driver.write_text(DRIVER, encoding="utf-8")
        jobs = [(None, chunk) for chunk in chunks(list(range(len(units))))]  # None: bash -n
        for dialect in sorted({unit.dialect for unit in units}):
            members = [index for index, unit in enumerate(units) if unit.dialect == dialect]
            jobs += [(dialect, chunk) for chunk in chunks(members)]

        def work(job) -> dict[int, list[Issue]]:
            dialect, chunk = job

            def batch(indices: list[int]) -> list[list[Issue]]:
                files = [paths[index] for index in indices]
                if dialect is None:
                    return _bash(str(driver), str(calibration), files, [units[i].text for i in indices])
                return _shellcheck(dialect, files, options)

            return isolate(chunk, batch)

        with ThreadPoolExecutor(max_workers=parallel_jobs()) as pool:
            for found in pool.map(work, jobs):
                for index, issues in found.items():
                    results[index].extend(issues)
    return [_one_per_problem(issues, unit.text) for issues, unit in zip(results, units)]


def _bash(driver: str, calibration: str, files: list[str], texts: list[str]) -> list[list[Issue]]:
    proc = run(BASH, ["--norc", "--noprofile", driver, calibration, *files], timeout=time_limit(len(files)), units=len(files))
    sections = proc.stdout.split(SEPARATOR)[1:]
    if len(sections) != len(files) + 1:
        raise ToolFailure(f"bash -n gave unreadable output (exit status {proc.returncode}): "
                          f"{(proc.stdout + proc.stderr).strip()[-200:]!r}")
    offset = _calibrate(sections[0])
    return [_bash_issues(section, offset, text) for section, text in zip(sections[1:], texts)]


def _calibrate(section: str) -> int:
    for line in section.splitlines()[1:]:
        match = _BASH_MESSAGE.search(line)
        if match:
            return int(match["line"]) - 2
    raise CheckerError(f"bash -n did not report the calibration error; is {BASH.name} really bash? Output: {section!r}")


def _bash_issues(section: str, offset: int, text: str) -> list[Issue]:
    issues = []
    lines = text.split("\n")
    for output in section.splitlines()[1:]:
        match = _BASH_MESSAGE.search(output)
        if not match or match["message"].startswith("`"):
            continue  # bash echoes the offending line after the message: not a finding
        # bash numbers lines of eval'd text from where the eval stands; renumber from the snippet.
        message = _AT_LINE.sub(lambda m: f"at line {int(m[1]) - offset - 1}", match["message"])
        line = min(max(int(match["line"]) - offset - 1, 0), max(len(lines) - 1, 0))
        token = _TOKEN.search(message)
        col = max(lines[line].find(token["token"]), 0) if token and lines else 0
        severity = WARNING if message.startswith("warning:") else ERROR
        issues.append(Issue(line, col, severity, "bash", f"bash -n: {message.removeprefix('warning: ')}"))
    return issues


def _shellcheck(dialect: str, files: list[str], options: ShellOptions) -> list[list[Issue]]:
    args = ["--format=json1", "--norc", f"--shell={dialect}", f"--severity={options.severity}"]
    if options.exclude:
        args.append("--exclude=" + ",".join(code.removeprefix("SC") for code in options.exclude))
    proc = run(SHELLCHECK, [*args, "--", *files], timeout=time_limit(len(files)), units=len(files))
    try:
        comments = json.loads(proc.stdout)["comments"]
    except (ValueError, KeyError, TypeError):
        raise ToolFailure(failure_detail(SHELLCHECK, proc)) from None
    by_file: dict[str, list[Issue]] = {path: [] for path in files}
    for comment in comments:
        severity = ERROR if comment["level"] == "error" else WARNING
        by_file.setdefault(comment["file"], []).append(
            Issue(comment["line"] - 1, comment["column"] - 1, severity, f"SC{comment['code']}", comment["message"])
        )
    return [by_file[path] for path in files]


# Generic companions of a parse error: ShellCheck's "couldn't parse this", "parsing stopped
# here", "fix any mentioned problems and try again".
_GENERIC = ("SC1072", "SC1073", "SC1088", "SC1070")
# `$(docker ps -q)`, `$(docker images -aq)`: a list of IDs, split into words on purpose.
_ID_LIST = re.compile(r"(?:\$\(|`)\s*(?:sudo\s+)?docker\b[^)`]*?\s(?:-\w*q\w*|--quiet)\b")


def _one_per_problem(issues: list[Issue], text: str) -> list[Issue]:
    """One finding per syntax error, in words that say what is wrong, and no warning for
    an idiom that means what it says.

    ShellCheck's parser stops at the first syntax error, so every error-level SC1xxx
    finding of a snippet is that one error told several ways (SC1036 with SC1088, SC1073
    with SC1072, SC1070 with SC1141), and bash -n tells it again: the most specific is kept.
    """
    lines = text.split("\n")
    issues = [issue for issue in issues if not _intended_splitting(issue, lines)]
    failed = [issue for issue in issues if issue.code == TOOL_FAILED]
    if failed:  # bash and ShellCheck both gave up on it: one error says so
        return failed[:1]
    parse_errors = [issue for issue in issues if issue.code.startswith("SC1") and issue.severity == ERROR]
    if not parse_errors:
        return issues
    best = min(parse_errors, key=lambda issue: (issue.code in _GENERIC, issue.code == "SC1072", issue.line, issue.col))
    ending = next((issue for issue in parse_errors if issue.code == "SC1072"), None)
    bash = next((issue for issue in issues if issue.code == "bash" and issue.severity == ERROR), None)
    if best.code == "SC1073" and ending is not None and ending.message.startswith("Expected end of"):
        best = Issue(best.line, best.col, best.severity, best.code, _never_closed(best, ending, lines))
    elif best.code in _GENERIC and bash is not None:  # "couldn't parse this": bash says what it expected
        best = Issue(best.line, best.col, best.severity, best.code,
                     f"{best.message.split('. Fix')[0]}: {bash.message.removeprefix('bash -n: ')}")
    return [issue for issue in issues if issue not in parse_errors and issue.code != "bash"] + [best]


def _never_closed(opening: Issue, ending: Issue, lines: list[str]) -> str:
    """'Couldn't parse this double quoted string' + 'Expected end of double quoted string', said plainly."""
    what = re.sub(r"^Couldn't parse this (.*?)\. Fix to allow more checks\.$", r"\1", opening.message)
    opened = lines[opening.line][opening.col:opening.col + 2] if opening.line < len(lines) else ""
    mark = "`" + (opened[:2] if opened.startswith("$") else opened[:1]) + "`"
    return (f"this {mark} opens a {what} that is never closed: the shell reads on to the end of the snippet "
            f"looking for its end ({re.sub(r'[. ]*Fix any mentioned problems.*$', '', ending.message)}); close it where it should end")


def _intended_splitting(issue: Issue, lines: list[str]) -> bool:
    """SC2046 on `$(docker ... -q)`: the documented way to act on a list of IDs."""
    if issue.code != "SC2046" or issue.line >= len(lines):
        return False
    return bool(_ID_LIST.match(lines[issue.line], issue.col))
