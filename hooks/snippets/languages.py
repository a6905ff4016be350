"""Which fences are checked, and what each language's check needs.

A plan lists the issues found in-process (keyboard traps, Dockerfile structure, JSON,
YAML) and the texts to hand to the external checkers, each with the map from the
checked text back to the block's own lines and columns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import console, dockerfile
from .checkers.shell import ShellUnit
from .data_formats import check_json, check_jsonc, check_yaml
from .model import Issue, LineMap
from .placeholders import neutralise
from .traps import find_traps

SHELL_DIALECTS = {"bash": "bash", "sh": "sh", "shell": "bash", "zsh": "bash"}  # ShellCheck has no zsh: bash is closest
CONSOLE = ("console", "shell-session")
DOCKERFILE = ("dockerfile", "docker")
DATA = {"json": check_json, "jsonc": check_jsonc, "yaml": check_yaml, "yml": check_yaml}
_SHEBANG = re.compile(r"#!\s*(?:\S*/)?(?:env\s+(?:-\S+\s+)*)?(?P<name>[\w.-]+)")
_SHEBANG_DIALECTS = {"sh": "sh", "bash": "bash", "dash": "dash", "ksh": "ksh", "zsh": "bash", "ash": "sh"}


def kind_of(lang: str) -> str | None:
    """'shell', 'console', 'dockerfile', 'data' or None (not checked). Pygments ignores case, so do we."""
    lang = lang.lower()
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

    def add_shell(self, text: str, dialect: str, line_map: LineMap) -> None:
        """Traps now, bash -n and ShellCheck later; placeholders neutralised for both."""
        text = neutralise(text)
        self.issues += [line_map.back(issue) for issue in find_traps(text)]
        self.shell.append((ShellUnit(text, shebang_dialect(text) or dialect), line_map))


def shebang_dialect(text: str) -> str | None:
    match = _SHEBANG.match(text)
    return _SHEBANG_DIALECTS.get(match["name"]) if match else None


def plan(lang: str, text: str) -> Plan:
    kind, lang = kind_of(lang), lang.lower()
    result = Plan()
    lines = text.count("\n") + 1
    if kind == "shell":
        result.add_shell(text, SHELL_DIALECTS[lang], LineMap.identity(lines))
    elif kind == "console":
        commands = console.session(text)
        result.issues += commands.uncopied
        if commands.shell.strip():
            result.add_shell(commands.shell, "bash", commands.line_map)
    elif kind == "dockerfile":
        text = neutralise(text)
        instructions = dockerfile.parse(text)
        result.issues += dockerfile.unknown_instructions(instructions)
        result.issues += dockerfile.exec_form_errors(instructions)
        result.issues += find_traps(dockerfile.non_run_text(text, instructions))
        result.dockerfiles.append((dockerfile.without_heredocs(text, instructions), LineMap.identity(lines)))
        for dialect, script, line_map in dockerfile.run_scripts(text, instructions):
            result.add_shell(script, dialect, line_map)
    elif kind == "data":
        result.issues += DATA[lang](text)
    return result
