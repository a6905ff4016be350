"""Read a Dockerfile fragment into instructions, keeping every line where it was.

hadolint judges the file as a whole; this module adds what it cannot say precisely:
an unknown instruction with a suggestion, an exec-form array that is not valid JSON
(Docker silently runs it through /bin/sh instead), and the shell of each RUN as a text
whose lines and columns are those of the fragment, so the shell checkers point at the
right place.
"""

from __future__ import annotations

import difflib
import json
import re
from dataclasses import dataclass

from .model import ERROR, Issue, LineMap

INSTRUCTIONS = (
    "ADD", "ARG", "CMD", "COPY", "ENTRYPOINT", "ENV", "EXPOSE", "FROM", "HEALTHCHECK", "LABEL",
    "MAINTAINER", "ONBUILD", "RUN", "SHELL", "STOPSIGNAL", "USER", "VOLUME", "WORKDIR",
)
EXEC_FORM = ("RUN", "CMD", "ENTRYPOINT", "SHELL", "VOLUME", "COPY", "ADD")
_CONTINUATION = re.compile(r"\\[ \t]*$")
_START = re.compile(r"^(?P<indent>[ \t]*)(?P<word>[^\s#][^\s]*)(?P<gap>[ \t]*)")
_FLAGS = re.compile(r"(?:--[\w-]+(?:=(?:\"[^\"]*\"|\S*))?[ \t]+)*")
_HEREDOC = re.compile(r"<<(?P<dash>-?)(?P<quote>[\"']?)(?P<word>[A-Za-z_][\w]*)(?P=quote)")
# An exec-form array as people write it (`["a", "b"]`, `['a']`, `[ "a", "b" ]`), as opposed to
# a shell command starting with the test command (`[ -f x ] && ...`, `[[ ... ]]`).
_ARRAY = re.compile(r"""\[(?:["'\u201c\u2018\]]|\s*["'\u201c\u2018].*,)""")
_SHELL_NAMES = {"sh": "sh", "dash": "dash", "bash": "bash", "ash": "sh", "ksh": "ksh"}


@dataclass(frozen=True)
class Instruction:
    keyword: str  # as written
    line: int  # 0-based line of the keyword
    col: int  # 0-based column of the keyword
    args: tuple[tuple[int, int, str], ...]  # (line, col, text) pieces after keyword and flags
    rows: tuple[int, ...]  # every line of the instruction, continuation and here-document lines included
    heredoc_body: tuple[int, ...]  # the lines of its first here-document body

    @property
    def name(self) -> str:
        return self.keyword.upper()

    def joined(self) -> str:
        return " ".join(text for _, _, text in self.args)

    def locate(self, offset: int) -> tuple[int, int]:
        """(line, col) of a character offset into joined()."""
        for line, col, text in self.args:
            if offset <= len(text):
                return line, col + offset
            offset -= len(text) + 1
        line, col, text = self.args[-1] if self.args else (self.line, self.col, "")
        return line, col + len(text)


def parse(text: str) -> list[Instruction]:
    lines = text.split("\n")
    result: list[Instruction] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        start = _START.match(line)
        if not start or line.lstrip().startswith("#"):
            index += 1
            continue
        first, rows, pieces = index, [index], []
        col = start.end()
        if start["word"].upper() in ("RUN", "COPY", "ADD"):
            col += _FLAGS.match(line, col).end() - col
        while True:
            body = _CONTINUATION.sub("", lines[index]) if _CONTINUATION.search(lines[index]) else lines[index]
            pieces.append((index, col, body[col:]))
            if not _CONTINUATION.search(lines[index]):
                break
            index += 1
            while index < len(lines) and (not lines[index].strip() or lines[index].lstrip().startswith("#")):
                rows.append(index)  # Docker drops comments and blank lines inside a continuation
                index += 1
            if index >= len(lines):
                break
            rows.append(index)
            col = 0
        body_rows: list[int] = []
        heredoc = _HEREDOC.search(" ".join(text for _, _, text in pieces))
        if heredoc:
            index += 1
            while index < len(lines):
                ending = lines[index].lstrip("\t") if heredoc["dash"] else lines[index]
                rows.append(index)
                if ending == heredoc["word"]:
                    break
                body_rows.append(index)
                index += 1
        result.append(Instruction(start["word"], first, len(start["indent"]), tuple(pieces), tuple(rows), tuple(body_rows)))
        index += 1
    return result


def unknown_instructions(instructions: list[Instruction]) -> list[Issue]:
    issues = []
    for instruction in instructions:
        if instruction.name not in INSTRUCTIONS:
            guess = difflib.get_close_matches(instruction.name, INSTRUCTIONS, n=1)
            hint = f"; did you mean {guess[0]}?" if guess else f"; known instructions: {', '.join(INSTRUCTIONS)}"
            issues.append(Issue(instruction.line, instruction.col, ERROR, "DF001",
                                f"unknown Dockerfile instruction '{instruction.keyword}'{hint}"))
    return issues


def exec_form_errors(instructions: list[Instruction]) -> list[Issue]:
    """Arrays that Docker would not read as JSON, so it would run them through a shell."""
    issues = []
    for instruction in instructions:
        args = instruction.joined().strip()
        name = instruction.name
        if name == "HEALTHCHECK":
            match = re.search(r"\bCMD\s+(?=\[)", args)
            args = args[match.end():] if match else ""
        if name not in EXEC_FORM + ("HEALTHCHECK",) or not is_exec_form(args):
            continue
        offset = instruction.joined().index(args)
        try:
            value = json.loads(args)
            if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
                raise ValueError("the array must contain only double-quoted strings")
        except json.JSONDecodeError as error:
            line, col = instruction.locate(offset + error.pos)
            issues.append(Issue(line, col, ERROR, "DF002", f"{name} exec form is not a valid JSON array ({error.msg}): "
                                "Docker would run it as a shell command; use double quotes and commas: [\"cmd\", \"arg\"]"))
        except ValueError as error:
            line, col = instruction.locate(offset)
            issues.append(Issue(line, col, ERROR, "DF002", f"{name} exec form: {error}"))
    return issues


def is_exec_form(args: str) -> bool:
    return bool(_ARRAY.match(args))


def shell_of(instruction: Instruction, current: str | None) -> str | None:
    """The shell a SHELL instruction switches to ('bash', 'sh', ...), None for a non-POSIX one."""
    try:
        program = json.loads(instruction.joined())[0]
    except (ValueError, IndexError, TypeError):
        return current
    return _SHELL_NAMES.get(str(program).rsplit("/", 1)[-1])


def run_scripts(text: str, instructions: list[Instruction]) -> list[tuple[str, str, LineMap]]:
    """(dialect, shell text, map back to `text`) for every shell-form RUN, in the shell Docker would use."""
    lines = text.split("\n")
    dialect: str | None = "sh"  # Docker runs RUN with /bin/sh -c unless SHELL says otherwise
    scripts = []
    for instruction in instructions:
        if instruction.name == "SHELL":
            dialect = shell_of(instruction, dialect)
            continue
        if instruction.name != "RUN" or dialect is None or is_exec_form(instruction.joined().strip()):
            continue
        command = instruction.joined().strip()
        heredoc = _HEREDOC.fullmatch(command)
        if heredoc:  # RUN <<EOF: the body is the script
            rows = list(instruction.heredoc_body)
            script = [lines[row] for row in rows]
            if script and script[0].startswith("#!"):
                continue  # another interpreter
        else:
            rows = list(instruction.rows)
            first_line, first_col, _ = instruction.args[0] if instruction.args else (instruction.line, len(lines[instruction.line]), "")
            script = []
            for row in rows:
                if row == first_line:
                    script.append(" " * first_col + lines[row][first_col:])  # keep columns: blank out "RUN --flags"
                elif row in instruction.heredoc_body or row > instruction.args[-1][0]:
                    script.append(lines[row])  # here-document lines go to the shell as they are
                elif not lines[row].strip() or lines[row].lstrip().startswith("#"):
                    script.append("\\")  # Docker drops it; a lone backslash keeps the continuation going
                else:
                    script.append(lines[row])
        scripts.append((dialect, "\n".join(script), LineMap(tuple(rows), (0,) * len(rows))))
    return scripts


def non_run_text(text: str, instructions: list[Instruction]) -> str:
    """`text` with only the lines of instructions other than RUN kept (others emptied), for trap checks."""
    lines = text.split("\n")
    keep = {row for instruction in instructions if instruction.name != "RUN" for row in instruction.rows}
    return "\n".join(line if row in keep and not line.lstrip().startswith("#") else "" for row, line in enumerate(lines))


def without_heredocs(text: str, instructions: list[Instruction]) -> str:
    """`text` with every instruction that has a here-document emptied (lines kept).

    hadolint 2.15 cannot parse an instruction that follows a here-document; their shell
    is checked by checkers.shell anyway, so hadolint is shown the rest only."""
    lines = text.split("\n")
    for instruction in instructions:
        if instruction.heredoc_body or any(_HEREDOC.search(piece) for _, _, piece in instruction.args):
            for row in instruction.rows:
                lines[row] = ""
    return "\n".join(lines)
