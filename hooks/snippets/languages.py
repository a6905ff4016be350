"""Which fences are checked, and what each block's check needs.

A plan lists the issues found in-process (what the block really is, keyboard traps,
Dockerfile structure, JSON, YAML, Compose) and the texts to hand to the external
checkers, each with the map from the checked text back to the block's own lines and
columns. Block-level findings (a transcript in a shell fence, text that is not code, an
untagged fence that holds code) are said once, at the fence, instead of per line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import blocks, console, dockerfile
from .checkers.shell import ShellUnit
from .checkers.tools import OPT_OUT, TOOL_FAILED
from .compose import check_compose, is_compose
from .data_formats import check_json, check_jsonc, check_yaml
from .model import ERROR, FENCE, WARNING, Issue, LineMap
from .placeholders import neutralise
from .traps import find_traps

SHELL_DIALECTS = {"bash": "bash", "sh": "sh", "shell": "bash", "zsh": "bash"}  # ShellCheck has no zsh: bash is closest
CONSOLE = ("console", "shell-session")
DOCKERFILE = ("dockerfile", "docker")
DATA = {"json": check_json, "jsonc": check_jsonc, "yaml": check_yaml, "yml": check_yaml}
_SHEBANG = re.compile(r"#!\s*(?:\S*/)?(?:env\s+(?:-\S+\s+)*)?(?P<name>[\w.-]+)")
_SHEBANG_DIALECTS = {"sh": "sh", "bash": "bash", "dash": "dash", "ksh": "bash", "zsh": "bash", "ash": "sh"}
# A first line `# /bin/sh replaces the default command` is a comment, not a shebang missing its `!`.
_COMMENT_NAMING_A_PATH = re.compile(r"#\s*/\S+\s+\S")

TEXT_FENCE = "text"


def kind_of(lang: str) -> str | None:
    """'shell', 'console', 'dockerfile', 'data', 'untagged' or None (not checked). Pygments ignores case, so do we."""
    lang = lang.lower()
    if not lang:
        return "untagged"
    if lang in SHELL_DIALECTS:
        return "shell"
    if lang in CONSOLE:
        return "console"
    if lang in DOCKERFILE:
        return "dockerfile"
    if lang in DATA:
        return "data"
    return None


@dataclass
class Plan:
    issues: list[Issue] = field(default_factory=list)
    shell: list[tuple[ShellUnit, LineMap]] = field(default_factory=list)
    dockerfiles: list[tuple[str, LineMap]] = field(default_factory=list)
    synopsis: set[int] = field(default_factory=set)  # lines read as a command synopsis (see settle)
    fence_lang: str = ""

    def add_shell(self, text: str, dialect: str, line_map: LineMap) -> None:
        """Traps now, bash -n and ShellCheck later; placeholders and elisions neutralised for both."""
        text = neutralise(_without_elisions(text))
        self.issues += [line_map.back(issue) for issue in find_traps(text)]
        dialect = shebang_dialect(text) or dialect
        if _COMMENT_NAMING_A_PATH.match(text):
            # ShellCheck reads a first-line comment naming a path as a broken shebang: start it one line later.
            text = "\n" + text
            line_map = LineMap((line_map.rows[:1] or (0,)) + line_map.rows, (0,) + line_map.shifts)
        self.shell.append((ShellUnit(text, dialect), line_map))

    def block_finding(self, severity: str, code: str, message: str) -> None:
        self.issues.append(Issue(FENCE, 0, severity, code, message))


def shebang_dialect(text: str) -> str | None:
    match = _SHEBANG.match(text)
    return _SHEBANG_DIALECTS.get(match["name"]) if match else None


def _without_elisions(text: str) -> str:
    return "\n".join("" if blocks.is_elision(line) else line for line in text.split("\n"))


def plan(lang: str, text: str, title: str = "") -> Plan:
    kind, lang = kind_of(lang), lang.lower()
    result = Plan(fence_lang=lang)
    if kind == "untagged":
        found = blocks.untagged_language(text)
        if found:
            result.block_finding(WARNING, "untagged", (
                f"this fence names no language, so it is never checked, but it holds {_what(found)}: "
                f"tag it ```{found} (or ```{TEXT_FENCE} if it is not meant to be run)"))
    elif kind == "shell":
        _plan_shell(result, text, lang)
    elif kind == "console":
        _plan_console(result, text)
    elif kind == "dockerfile":
        _plan_dockerfile(result, text)
    elif kind == "data":
        result.issues += DATA[lang](text)
        if lang in ("yaml", "yml") and not result.issues and is_compose(text, title):
            result.issues += check_compose(text)
    if kind in ("shell", "dockerfile"):
        result.synopsis = blocks.synopsis_lines(text)
    return result


def _what(language: str) -> str:
    return {"dockerfile": "a Dockerfile", "console": "a terminal session", "bash": "shell commands"}[language]


def _plan_shell(result: Plan, text: str, lang: str) -> None:
    if blocks.is_transcript(text):
        result.block_finding(WARNING, "transcript", (
            f"this is a terminal transcript (prompts and output) in a ```{lang} fence: use a ```console fence, "
            "so the copy button copies only the commands"))
        _plan_console(result, text)
    elif blocks.is_not_code_shell(text):
        result.block_finding(WARNING, "not-code", (
            f"this is not shell code (a directory tree, a file's contents, output or prose) in a ```{lang} fence: "
            f"use ```{TEXT_FENCE} (or the file's own language, such as ```ini), so no one runs it"))
    else:
        result.add_shell(text, SHELL_DIALECTS[lang], LineMap.identity(text.count("\n") + 1))


def _plan_console(result: Plan, text: str) -> None:
    commands = console.session(text)
    result.issues += commands.uncopied
    if commands.shell.strip():
        result.add_shell(commands.shell, "bash", commands.line_map)


def _plan_dockerfile(result: Plan, text: str) -> None:
    if blocks.is_not_code_dockerfile(text):
        result.block_finding(WARNING, "not-code", (
            "this is not a Dockerfile (no line starts with an instruction: build output or prose?): "
            f"use ```{TEXT_FENCE}, so no one builds it"))
        return
    original = text.split("\n")
    text = neutralise(_without_elisions(text))
    reading = dockerfile.read(text)
    result.issues += reading.issues
    if any(issue.code == TOOL_FAILED for issue in reading.issues):
        return  # the parser failed on it: the block is reported as not checked, and no rule runs on a guess
    result.issues += dockerfile.unknown_instructions(reading, original)
    comments, commented = dockerfile.end_of_line_comments(reading, original)
    result.issues += comments
    result.issues += dockerfile.exec_form_errors(reading, commented)
    result.issues += dockerfile.wrong_arity(reading, commented)
    result.issues += find_traps(dockerfile.non_run_text(text, reading))
    reported = {issue.line for issue in result.issues if issue.severity == ERROR and issue.line != FENCE}
    lines = text.count("\n") + 1
    result.dockerfiles.append((dockerfile.for_hadolint(text, reading, reported), LineMap.identity(lines)))
    for dialect, script, line_map in dockerfile.run_scripts(text, reading):
        result.add_shell(script, dialect, line_map)


def settle(plan_: Plan, issues: list[Issue]) -> list[Issue]:
    """The block's final findings, once the external checkers have answered: a synopsis that
    does not parse as code gets one warning at the fence instead of its per-line findings."""
    on_synopsis = [issue for issue in issues if issue.line in plan_.synopsis]
    if not on_synopsis:
        return issues
    kept = [issue for issue in issues if issue.line not in plan_.synopsis]
    return kept + [Issue(FENCE, 0, WARNING, "synopsis", (
        "this reads as a command synopsis ([OPTIONS], <src>..., a | b), which is not code you can run: "
        f"show it in a ```{TEXT_FENCE} fence and give a real example in a checked one, or keep it and "
        f"opt out with {OPT_OUT}"))]
