"""Check the code blocks of many Markdown documents in one go.

Every block is scanned, every uncached block is planned, then each external checker runs
once over all the texts it is given, results are mapped back to the Markdown files and
remembered. Identical snippets are checked once. A block a checker failed on is never
remembered: the next run tries it again.
"""

from __future__ import annotations

import importlib.metadata
import re
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from common.markdown_source import Block, read_page
from common import markdown_files as files
from common.problems import ERROR, Problem

from . import compose, languages
from .cache import Cache, key
from .checkers import hadolint, shell
from .checkers.tools import BASH, HADOLINT, OPT_OUT, SHELLCHECK, TOOL_FAILED, Tool, identity, version
from .checkers.tools import jobs as parallel_jobs
from .model import FENCE, Issue
from .options import Options

SKIP_ATTRIBUTE = "data-check"  # { .bash data-check="skip" } opts a block out
BLOCK_FINDINGS = ("transcript", "not-code", "untagged", "synopsis")  # what a block is, said once at its fence
# Words near a block that say it is wrong on purpose (a ❌ example): its errors name the opt-out.
_DELIBERATE = re.compile(r"❌|✗|✘|错误|不要|避免|反例|\b(?:wrong|bad|avoid|don't|incorrect)\b", re.I)


@dataclass
class Result:
    findings: list[Problem] = field(default_factory=list)
    pages: int = 0
    blocks: int = 0  # code blocks in a checked language (untagged ones included)
    skipped: int = 0  # opted out
    checked: int = 0  # checked this time (the rest came from the cache)
    kinds: Counter = field(default_factory=Counter)  # blocks by kind (shell, console, dockerfile, data, untagged)

    @property
    def errors(self) -> int:
        return sum(finding.severity == ERROR for finding in self.findings)

    @property
    def warnings(self) -> int:
        return len(self.findings) - self.errors


def tools_for(kinds: set[str]) -> list[Tool]:
    """The checker programs the given kinds of blocks need."""
    needed = [BASH, SHELLCHECK] if kinds & {"shell", "console", "dockerfile"} else []
    return needed + ([HADOLINT] if "dockerfile" in kinds else [])


def tool_identities(kinds: set[str]) -> dict[str, str]:
    """What the results of these kinds of blocks depend on besides their text (raises CheckerError if a checker is missing)."""
    identities = {tool.name: identity(tool) for tool in tools_for(kinds)}
    if kinds & {"data", "dockerfile"}:
        identities["pyyaml"] = importlib.metadata.version("PyYAML")
        identities["compose-schema"] = importlib.metadata.version("check-jsonschema")
        identities["dockerfile-parser"] = importlib.metadata.version("dockerfile")
    return identities


def _kind(block: Block) -> str | None:
    return languages.kind_of(block.lang)


def check_documents(documents: list[tuple[str, str]], options: Options, cache: Cache) -> Result:
    """Findings for every (display path, Markdown text) document, in path and line order."""
    result = Result(pages=len(documents))
    wanted: list[tuple[str, Block, bool]] = []
    for path, text in documents:
        page = read_page(text)
        lines = text.split("\n")
        for unclosed in page.unclosed:
            result.findings.append(Problem(
                path, f"this fence ({unclosed.opener}) is never closed, so Markdown shows it and everything after it "
                      "on the page as plain text, and nothing in it is checked; add the closing fence where the code ends",
                unclosed.line, unclosed.col, ERROR, "unclosed-fence"))
        for block in page.blocks:
            kind = _kind(block)
            if kind is None:
                continue
            result.blocks += 1
            result.kinds[kind] += 1
            if block.swallowed is not None:
                result.findings.append(Problem(
                    path, f"this fence is never closed: it runs on to swallow the fence that opens on line {block.swallowed}, "
                          "and the text between is shown (and checked) as code; add the closing fence where the code ends",
                    block.fence_line, block.fence_col, ERROR, "unclosed-fence"))
                continue
            marker = block.attrs.get(SKIP_ATTRIBUTE)
            if marker is None:
                wanted.append((path, block, _looks_deliberate(lines, block)))
                continue
            result.skipped += 1
            if marker != "skip":
                result.findings.append(Problem(
                    path, f'{SKIP_ATTRIBUTE}="{marker}" is not understood; write {SKIP_ATTRIBUTE}="skip" to skip this block',
                    block.fence_line, block.fence_col, ERROR, "opt-out"))
    identities = tool_identities({_kind(block) for _, block, _ in wanted})
    located = [(path, block, deliberate, _block_key(block, options, identities)) for path, block, deliberate in wanted]

    todo = {}
    for _, block, _, block_key in located:
        if cache.get(block_key) is None and block_key not in todo:
            todo[block_key] = block
    result.checked = sum(block_key in todo for *_, block_key in located)
    for tool in tools_for({_kind(block) for block in todo.values()}):
        version(tool)  # a broken checker fails here, with a clear message, before any batch runs
    fresh = _check_blocks(todo, options)
    cache.put({block_key: issues for block_key, issues in fresh.items()
               if not any(issue.code == TOOL_FAILED for issue in issues)})

    for path, block, deliberate, block_key in located:
        for issue in fresh.get(block_key) or cache.get(block_key):
            result.findings.append(_problem(path, block, issue, deliberate))
    result.findings.sort(key=lambda finding: finding.sort_key)
    return result


def _block_key(block: Block, options: Options, identities: dict[str, str]) -> str:
    title = block.attrs.get("title", "")
    return key(block.lang.lower(), block.text, compose.is_compose(block.text, title), options, identities)


def _looks_deliberate(lines: list[str], block: Block) -> bool:
    before = lines[max(block.fence_line - 4, 0):block.fence_line - 1]
    return any(_DELIBERATE.search(line) for line in before) or "❌" in block.text


def _problem(path: str, block: Block, issue: Issue, deliberate: bool) -> Problem:
    if issue.line == FENCE:
        line, col = block.fence_line, block.fence_col
    else:
        line, col = block.position(issue.line, issue.col)
    message = issue.message
    if deliberate and issue.severity == ERROR and OPT_OUT not in message:
        message += f"; if this example is wrong on purpose, opt it out with {OPT_OUT}"
    opt_out = f'``` {{ .{block.lang or "text"} data-check="skip" }}'
    return Problem(path, message.replace(OPT_OUT, opt_out), line, col, issue.severity, issue.code)


def check_paths(paths: list[Path], root: Path, options: Options, cache: Cache) -> Result:
    """Check Markdown files and folders; paths in findings are relative to `root`."""
    documents, unreadable = files.load(files.markdown_files(paths), root)
    result = check_documents(documents, options, cache)
    result.pages += len(unreadable)
    result.findings = sorted(unreadable + result.findings, key=lambda finding: finding.sort_key)
    return result


def _check_blocks(blocks: dict[str, Block], options: Options) -> dict[str, list[Issue]]:
    """Issues per block key, in the block's own coordinates, with one run of each checker."""
    plans = {block_key: languages.plan(block.lang, block.text, block.attrs.get("title", ""))
             for block_key, block in blocks.items()}
    shell_jobs = [(block_key, unit, line_map) for block_key, plan in plans.items() for unit, line_map in plan.shell]
    docker_jobs = [(block_key, text, line_map) for block_key, plan in plans.items() for text, line_map in plan.dockerfiles]
    found = {block_key: list(plan.issues) for block_key, plan in plans.items()}
    with ThreadPoolExecutor(max_workers=min(2, parallel_jobs())) as pool:  # the shell checkers and hadolint side by side
        shell_future = pool.submit(shell.check, [unit for _, unit, _ in shell_jobs], shell.ShellOptions(options.shell_severity, options.shell_exclude))
        docker_future = pool.submit(hadolint.check, [text for _, text, _ in docker_jobs], options.dockerfile_severity)
        shell_results, docker_results = shell_future.result(), docker_future.result()
    for (block_key, _, line_map), issues in zip(shell_jobs, shell_results):
        found[block_key] += [line_map.back(issue) for issue in issues]
    for (block_key, _, line_map), issues in zip(docker_jobs, docker_results):
        found[block_key] += [line_map.back(issue) for issue in issues]
    return {block_key: languages.settle(plans[block_key], _tidy(issues)) for block_key, issues in found.items()}


def _tidy(issues: list[Issue]) -> list[Issue]:
    """One report per problem: our trap and Dockerfile messages say more than the generic
    ones ShellCheck (SC1015-SC1018 for odd quotes and spaces) and hadolint (DL1000) give;
    a checker that failed on the block leaves nothing else of its own worth reading."""
    failed = [issue for issue in issues if issue.code == TOOL_FAILED]
    if len(failed) > 1:  # the shell checkers and hadolint both failed on it: one error says so
        issues = [issue for issue in issues if issue.code != TOOL_FAILED] + failed[:1]
    traps = {(issue.line, issue.col) for issue in issues if issue.code == "CJK001"}
    ours = any(issue.code.startswith("DF") for issue in issues)
    kept = []
    for issue in sorted(set(issues), key=lambda issue: (issue.line, issue.col, issue.code)):
        if issue.code.startswith("SC") and (issue.line, issue.col) in traps:
            continue
        if issue.code == "DL1000" and (ours or traps):
            continue
        kept.append(issue)
    return kept
