"""Check the code blocks of many Markdown documents in one go.

Every block is scanned, every uncached block is planned, then each external checker runs
once over all the texts it is given, results are mapped back to the Markdown files and
remembered. Identical snippets are checked once.
"""

from __future__ import annotations

import importlib.metadata
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from . import languages
from common import markdown_files as files
from .cache import Cache, key
from .checkers import hadolint, shell
from .checkers.tools import BASH, HADOLINT, SHELLCHECK, Tool, identity, version
from common.markdown_source import Block, scan
from common.problems import ERROR, Problem

from .model import Issue
from .options import Options

SKIP_ATTRIBUTE = "data-check"  # { .bash data-check="skip" } opts a block out


@dataclass
class Result:
    findings: list[Problem] = field(default_factory=list)
    pages: int = 0
    blocks: int = 0  # code blocks in a checked language
    skipped: int = 0  # opted out
    checked: int = 0  # checked this time (the rest came from the cache)

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
    if "data" in kinds:
        identities["pyyaml"] = importlib.metadata.version("PyYAML")
    return identities


def check_documents(documents: list[tuple[str, str]], options: Options, cache: Cache) -> Result:
    """Findings for every (display path, Markdown text) document, in path and line order."""
    result = Result(pages=len(documents))
    wanted: list[tuple[str, Block]] = []
    for path, text in documents:
        for block in scan(text):
            if languages.kind_of(block.lang) is None:
                continue
            result.blocks += 1
            marker = block.attrs.get(SKIP_ATTRIBUTE)
            if marker is None:
                wanted.append((path, block))
                continue
            result.skipped += 1
            if marker != "skip":
                result.findings.append(Problem(
                    path, f'{SKIP_ATTRIBUTE}="{marker}" is not understood; write {SKIP_ATTRIBUTE}="skip" to skip this block',
                    block.fence_line, 1, ERROR, "opt-out"))
    identities = tool_identities({languages.kind_of(block.lang) for _, block in wanted})
    located = [(path, block, key(block.lang.lower(), block.text, options, identities)) for path, block in wanted]

    todo = {}
    for _, block, block_key in located:
        if cache.get(block_key) is None and block_key not in todo:
            todo[block_key] = block
    result.checked = sum(block_key in todo for _, _, block_key in located)
    for tool in tools_for({languages.kind_of(block.lang) for block in todo.values()}):
        version(tool)  # a broken checker fails here, with a clear message, before any batch runs
    cache.put(_check_blocks(todo, options))

    for path, block, block_key in located:
        for issue in cache.get(block_key):
            line, col = block.position(issue.line, issue.col)
            result.findings.append(Problem(path, issue.message, line, col, issue.severity, issue.code))
    result.findings.sort(key=lambda finding: finding.sort_key)
    return result


def check_paths(paths: list[Path], root: Path, options: Options, cache: Cache) -> Result:
    """Check Markdown files and folders; paths in findings are relative to `root`."""
    documents, unreadable = files.load(files.markdown_files(paths), root)
    result = check_documents(documents, options, cache)
    result.pages += len(unreadable)
    result.findings = sorted(unreadable + result.findings, key=lambda finding: finding.sort_key)
    return result


def _check_blocks(blocks: dict[str, Block], options: Options) -> dict[str, list[Issue]]:
    """Issues per block key, in the block's own coordinates, with one run of each checker."""
    plans = {block_key: languages.plan(block.lang, block.text) for block_key, block in blocks.items()}
    shell_jobs = [(block_key, unit, line_map) for block_key, plan in plans.items() for unit, line_map in plan.shell]
    docker_jobs = [(block_key, text, line_map) for block_key, plan in plans.items() for text, line_map in plan.dockerfiles]
    found = {block_key: list(plan.issues) for block_key, plan in plans.items()}
    with ThreadPoolExecutor(max_workers=2) as pool:  # the shell checkers and hadolint side by side
        shell_future = pool.submit(shell.check, [unit for _, unit, _ in shell_jobs], shell.ShellOptions(options.shell_severity, options.shell_exclude))
        docker_future = pool.submit(hadolint.check, [text for _, text, _ in docker_jobs], options.dockerfile_severity)
        shell_results, docker_results = shell_future.result(), docker_future.result()
    for (block_key, _, line_map), issues in zip(shell_jobs, shell_results):
        found[block_key] += [line_map.back(issue) for issue in issues]
    for (block_key, _, line_map), issues in zip(docker_jobs, docker_results):
        found[block_key] += [line_map.back(issue) for issue in issues]
    return {block_key: _tidy(issues) for block_key, issues in found.items()}


def _tidy(issues: list[Issue]) -> list[Issue]:
    """One report per problem: our trap and Dockerfile messages say more than the generic
    ones ShellCheck (SC1015-SC1018 for odd quotes and spaces) and hadolint (DL1000) give."""
    traps = {(issue.line, issue.col) for issue in issues if issue.code == "CJK001"}
    unknown_instruction = any(issue.code == "DF001" for issue in issues)
    kept = []
    for issue in sorted(set(issues), key=lambda issue: (issue.line, issue.col, issue.code)):
        if issue.code.startswith("SC") and (issue.line, issue.col) in traps:
            continue
        if issue.code == "DL1000" and unknown_instruction:
            continue
        kept.append(issue)
    return kept
