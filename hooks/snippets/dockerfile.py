"""Read a Dockerfile fragment with BuildKit's own parser, keeping every line where it was.

The `dockerfile` wheel wraps moby/buildkit's Go parser, so continuation lines, flags on
them, several here-documents in one RUN, `<<-` bodies and the `# escape=` directive are
read exactly as `docker build` reads them. On top of it, the rules BuildKit enforces
that hadolint does not reliably catch (an unknown instruction with a suggestion, an
exec-form array that is not JSON, an end-of-line comment passed on as arguments, the
wrong number of arguments), and the shell of each RUN as a text whose lines and
columns are those of the fragment, so the shell checkers point at the right place.
"""

from __future__ import annotations

import difflib
import json
import re
from dataclasses import dataclass

import dockerfile as buildkit

from .blocks import is_elision
from .checkers.tools import tool_failed
from .model import ERROR, FENCE, Issue, LineMap

INSTRUCTIONS = (
    "ADD", "ARG", "CMD", "COPY", "ENTRYPOINT", "ENV", "EXPOSE", "FROM", "HEALTHCHECK", "LABEL",
    "MAINTAINER", "ONBUILD", "RUN", "SHELL", "STOPSIGNAL", "USER", "VOLUME", "WORKDIR",
)
EXEC_FORM = ("RUN", "CMD", "ENTRYPOINT", "SHELL", "VOLUME", "COPY", "ADD")
# Instructions whose shell form hands the rest of the line to a shell, where `#` starts a comment.
SHELL_FORM = ("RUN", "CMD", "ENTRYPOINT")
_ESCAPE_DIRECTIVE = re.compile(r"^#\s*escape\s*=\s*(?P<char>\S)\s*$", re.I)
_FLAG = re.compile(r"--[\w-]+(?:=(?:\"[^\"]*\"|'[^']*'|\S*))?")
# An exec-form array as people write it (`["a", "b"]`, `['a']`, `[ "a", "b" ]`), as opposed to
# a shell command starting with the test command (`[ -f x ] && ...`, `[[ ... ]]`).
_ARRAY = re.compile(r"""\[(?:["'\u201c\u2018\]]|\s*["'\u201c\u2018].*,)""")
_SHELL_NAMES = {"sh": "sh", "dash": "dash", "bash": "bash", "ash": "sh", "ksh": "ksh"}
_HEREDOC_ONLY = re.compile(r"<<-?[\"']?(?P<word>\w+)[\"']?")
# An instruction's keyword as BuildKit cuts it off its line: leading Unicode space trimmed, then
# up to the first of `[\t\v\f\r ]` (parser.go). Python's str.split() also cuts at \x1c-\x1f,
# which Go does not count as space, so the two would disagree on a line such as "\x1fFROM x".
_KEYWORD = re.compile("[\t\v\f\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]*([^\t\v\f\r ]*)")


@dataclass(frozen=True)
class Instruction:
    keyword: str  # as written (ONBUILD's trigger: the trigger's keyword)
    name: str  # upper case
    line: int  # 0-based line of the keyword
    col: int  # 0-based column of the keyword
    command_rows: tuple[int, ...]  # the instruction's own lines: the first and its continuations
    body_rows: tuple[int, ...]  # here-document lines (bodies and terminators)
    pieces: tuple[tuple[int, int, str], ...]  # (line, col, text) of its arguments, flags left out
    json: bool  # BuildKit read an exec-form array
    heredoc_words: tuple[str, ...]
    onbuild: bool = False

    @property
    def rows(self) -> tuple[int, ...]:
        return self.command_rows + self.body_rows

    def joined(self) -> str:
        return " ".join(text for _, _, text in self.pieces)

    def locate(self, offset: int) -> tuple[int, int]:
        """(line, col) of a character offset into joined()."""
        for line, col, text in self.pieces:
            if offset <= len(text):
                return line, col + offset
            offset -= len(text) + 1
        line, col, text = self.pieces[-1] if self.pieces else (self.line, self.col, "")
        return line, col + len(text)


@dataclass(frozen=True)
class Reading:
    instructions: list[Instruction]
    escape: str
    issues: list[Issue]  # what BuildKit's parser refused, one per instruction it could not read


def escape_char(lines: list[str]) -> str:
    """The escape character set by a `# escape=` parser directive (only before anything else), else `\\`."""
    for line in lines:
        stripped = line.strip()
        if not stripped.startswith("#"):
            break
        match = _ESCAPE_DIRECTIVE.match(stripped)
        if match:
            return match["char"]
    return "\\"


def read(text: str) -> Reading:
    """The fragment's instructions as BuildKit reads them. A line the parser refuses is
    reported and left out, and the rest is read without it, so one bad line hides nothing:
    an end-of-line comment (DF003, the usual cause) is cut off the line; a here-document
    that never ends takes the rest of the fragment with it, as it does for Docker."""
    lines = text.split("\n")
    escape = escape_char(lines)
    try:
        return _read(lines, escape)
    except UnicodeDecodeError as error:  # the wheel cannot decode what Go gave back, e.g. for `HEALTHCHECK Å`
        return Reading([], escape, [tool_failed(f"BuildKit's Dockerfile parser (the dockerfile wheel) failed: {error}")])


def _read(lines: list[str], escape: str) -> Reading:
    issues: list[Issue] = []
    shown = list(lines)
    while True:
        try:
            commands = buildkit.parse_string("\n".join(shown))
            break
        except buildkit.GoParseError as error:
            row = _first_refused_line(shown)
            if row is None or not shown[row].strip():
                return Reading([], escape, issues + [Issue(FENCE, 0, ERROR, "DF000", _parse_message(error, lines))])
            comment = _unquoted_hash(shown[row]) if _looks_like_instruction(shown[row]) else None
            if comment is not None:
                issues.append(_comment_issue(row, comment, lines))
                shown[row] = shown[row][:comment].rstrip()
                continue
            issues.append(Issue(row, len(lines[row]) - len(lines[row].lstrip()), ERROR, "DF000", _parse_message(error, lines)))
            end = len(shown) if "heredoc" in str(error) else row + 1
            shown[row:end] = [""] * (end - row)
    return Reading([_instruction(command, lines, escape) for command in commands], escape, issues)


def _keyword(line: str, start: int = 0) -> re.Match[str]:
    """The first word of the line from `start`, as BuildKit reads it: group 1, empty on a blank line."""
    return _KEYWORD.match(line, start)


def _looks_like_instruction(line: str) -> bool:
    return _keyword(line)[1].upper() in INSTRUCTIONS


def _comment_issue(row: int, col: int, lines: list[str], name: str | None = None) -> Issue:
    name = name or _keyword(lines[row])[1].upper()
    return Issue(row, col, ERROR, "DF003",
                 f"a Dockerfile has no end-of-line comments: {name} gets '{lines[row][col:].strip()}' as more "
                 "arguments; move the comment onto its own line above")


def _parse_message(error: Exception, lines: list[str]) -> str:
    if "heredoc" in str(error):
        tabs = " (`<<-` strips only tabs, and Markdown turns the tabs in a code block into spaces)" \
            if any(line.startswith(" ") and line.strip().isupper() for line in lines) else ""
        return ("this here-document never ends: docker build reads the rest of the Dockerfile into it; "
                f"put its terminator alone at the start of a line{tabs}")
    return f"docker build cannot read this: {error}; fix the instruction (see the Dockerfile reference)"


def _first_refused_line(lines: list[str]) -> int | None:
    """0-based line at which the parser starts refusing the text (the end of the first failing prefix)."""
    for count in range(1, len(lines) + 1):
        try:
            buildkit.parse_string("\n".join(lines[:count]))
        except buildkit.GoParseError:
            return count - 1
    return None


def _instruction(command, lines: list[str], escape: str) -> Instruction:
    first, last = command.start_line - 1, command.end_line - 1
    body = sum(heredoc.content.count("\n") + 1 for heredoc in command.heredocs)
    command_rows = tuple(range(first, last - body + 1))
    body_rows = tuple(range(last - body + 1, last + 1))
    word = _keyword(lines[first])
    keyword, col, start = word[1], word.start(1), word.end()
    name = command.cmd.upper()
    onbuild = name == "ONBUILD" and command.sub_cmd is not None
    if onbuild:  # the trigger is the instruction that counts
        trigger = _keyword(lines[first], start)
        keyword, name, start = trigger[1], command.sub_cmd.upper(), trigger.end()
    pieces = _pieces(lines, command_rows, start, len(command.flags), escape)
    return Instruction(keyword, name, first, col, command_rows, body_rows, pieces, command.json,
                       tuple(heredoc.name for heredoc in command.heredocs), onbuild)


def _pieces(lines: list[str], rows: tuple[int, ...], start: int, flags: int, escape: str) -> tuple:
    """The argument text of each row, without the flags (which may sit on continuation lines),
    the escape character that continues a row, and the comment and blank lines Docker drops."""
    pieces = []
    for row in rows:
        line = lines[row]
        col = start if row == rows[0] else 0
        if row != rows[0] and (not line.strip() or line.lstrip().startswith("#")):
            continue
        end = len(line.rstrip())
        if end and line[end - 1] == escape and row != rows[-1]:
            end -= 1
        while flags:
            match = re.compile(r"\s*").match(line, col)
            flag = _FLAG.match(line, match.end())
            if not flag:
                break
            col, flags = flag.end(), flags - 1
        gap = re.compile(r"\s*").match(line, col).end()
        pieces.append((row, gap, line[gap:end].rstrip()))
    return tuple(pieces)


def unknown_instructions(reading: Reading, original: list[str]) -> list[Issue]:
    issues = []
    for instruction in reading.instructions:
        if instruction.name in INSTRUCTIONS or is_elision(original[instruction.line]):
            continue
        written = _written_keyword(instruction, original[instruction.line])
        guess = difflib.get_close_matches(instruction.name, INSTRUCTIONS, n=1)
        if written in ("$", "#"):
            hint = ": a command with its prompt belongs in a ```console block, not in the Dockerfile"
        elif guess:
            hint = f"; did you mean {guess[0]}?"
        else:
            hint = f"; known instructions: {', '.join(INSTRUCTIONS)}"
        issues.append(Issue(instruction.line, instruction.col, ERROR, "DF001",
                            f"unknown Dockerfile instruction '{_visible(written)}'{hint}"))
    return issues


def _written_keyword(instruction: Instruction, line: str) -> str:
    """The instruction's keyword as the author wrote it (placeholders not filled in); for ONBUILD, its trigger's."""
    word = _keyword(line)
    if instruction.onbuild:
        word = _keyword(line, word.end())
    return word[1] or instruction.keyword


def _visible(text: str) -> str:
    """Control and other unprintable characters (pasted from a PDF, say) shown as escapes."""
    return text if text.isprintable() else text.encode("unicode_escape").decode("ascii")


def end_of_line_comments(reading: Reading, original: list[str]) -> tuple[list[Issue], set[int]]:
    """A `#` after an instruction's arguments: a Dockerfile has no end-of-line comments, so
    Docker passes the comment on as more arguments (or as part of a path). The shell form of
    RUN, CMD and ENTRYPOINT is the exception: its shell reads `#` as a comment. Returns the
    issues and the lines of the instructions concerned."""
    issues, rows = [], set()
    for instruction in reading.instructions:
        text = instruction.joined()
        if instruction.name in SHELL_FORM and not is_exec_form(text):
            continue
        if instruction.name == "HEALTHCHECK" and re.match(r"\s*CMD\s+(?!\[)", text, re.I):
            continue
        offset = _unquoted_hash(text)
        if offset is None:
            continue
        line, col = instruction.locate(offset)
        issues.append(_comment_issue(line, col, original, instruction.name))
        rows.update(instruction.command_rows)
    return issues, rows


def _unquoted_hash(text: str) -> int | None:
    """Offset of a `#` that starts a word outside quotes, after the first word."""
    quote = None
    for index, char in enumerate(text):
        if quote:
            if char == quote:
                quote = None
        elif char in "\"'":
            quote = char
        elif char == "#" and (index == 0 or text[index - 1].isspace()) and index:
            return index
    return None


def wrong_arity(reading: Reading, skip_rows: set[int]) -> list[Issue]:
    """FROM takes an image (or `image AS name`); COPY and ADD take sources and a destination;
    HEALTHCHECK takes CMD or NONE."""
    issues = []
    for instruction in reading.instructions:
        if instruction.line in skip_rows:
            continue
        args = _words(instruction)
        problem = None
        if instruction.name == "FROM" and not (len(args) == 1 or (len(args) == 3 and args[1].upper() == "AS")):
            problem = (f"FROM takes one image, or `image AS name`, but here it has {len(args)} argument(s)"
                       + ("; write `AS` before the stage name" if len(args) == 2 else ""))
        elif instruction.name in ("COPY", "ADD") and len(args) + len(instruction.heredoc_words) < 2:
            problem = f"{instruction.name} needs a source and a destination; add where the files go (for example `.`)"
        elif instruction.name == "HEALTHCHECK" and (not args or args[0].upper() not in ("CMD", "NONE")):
            problem = "HEALTHCHECK takes `CMD <command>` or `NONE` after its options"
        if problem:
            issues.append(Issue(instruction.line, instruction.col, ERROR, "DF004", problem))
    return issues


def _words(instruction: Instruction) -> list[str]:
    text = instruction.joined().strip()
    if instruction.json:
        try:
            return list(json.loads(text))
        except ValueError:
            pass
    return text.split()


def exec_form_errors(reading: Reading, skip_rows: set[int]) -> list[Issue]:
    """Arrays that Docker would not read as JSON, so it would run them through a shell."""
    issues = []
    for instruction in reading.instructions:
        if instruction.line in skip_rows or instruction.json:
            continue
        args = instruction.joined().strip()
        name = instruction.name
        if name == "HEALTHCHECK":
            match = re.search(r"\bCMD\s+(?=\[)", args, re.I)
            args = args[match.end():] if match else ""
        if name not in EXEC_FORM + ("HEALTHCHECK",) or not is_exec_form(args):
            continue
        offset = instruction.joined().index(args)
        try:
            value = json.loads(args)
            if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
                raise ValueError("the array must contain only double-quoted strings")
        except json.JSONDecodeError as error:
            position = _trailing_comma(args, error.pos)
            line, col = instruction.locate(offset + position)
            issues.append(Issue(line, col, ERROR, "DF002", f"{name} exec form is not a valid JSON array ({error.msg}): "
                                "Docker would run it as a shell command; use double quotes and commas: [\"cmd\", \"arg\"]"))
        except ValueError as error:
            line, col = instruction.locate(offset)
            issues.append(Issue(line, col, ERROR, "DF002", f"{name} exec form: {error}"))
    return issues


def _trailing_comma(text: str, position: int) -> int:
    """Where JSON went wrong: a trailing comma itself, rather than the bracket after it."""
    before = text[:position].rstrip()
    return len(before) - 1 if before.endswith(",") and text[position:position + 1] in "]}" else position


def is_exec_form(args: str) -> bool:
    return bool(_ARRAY.match(args.strip()))


def shell_of(instruction: Instruction, current: str | None) -> str | None:
    """The shell a SHELL instruction switches to ('bash', 'sh', ...), None for a non-POSIX one."""
    try:
        program = json.loads(instruction.joined())[0]
    except (ValueError, IndexError, TypeError):
        return current
    return _SHELL_NAMES.get(str(program).rsplit("/", 1)[-1])


def run_scripts(text: str, reading: Reading) -> list[tuple[str, str, LineMap]]:
    """(dialect, shell text, map back to `text`) for every shell-form RUN, in the shell Docker would use.

    With an escape character other than `\\` (Windows Dockerfiles) RUN is not a POSIX shell's."""
    if reading.escape != "\\":
        return []
    lines = text.split("\n")
    dialect: str | None = "sh"  # Docker runs RUN with /bin/sh -c unless SHELL says otherwise
    scripts = []
    for instruction in reading.instructions:
        if instruction.name == "SHELL" and not instruction.onbuild:
            dialect = shell_of(instruction, dialect)
            continue
        if instruction.name != "RUN" or dialect is None or instruction.json or is_exec_form(instruction.joined()):
            continue
        command = instruction.joined().strip()
        if _HEREDOC_ONLY.fullmatch(command):  # RUN <<EOF: the body is the script
            rows = list(instruction.body_rows[:-1])
            script = [lines[row] for row in rows]
            if script and script[0].startswith("#!"):
                continue  # another interpreter
        else:
            rows = list(instruction.rows)
            first_line, first_col, _ = instruction.pieces[0] if instruction.pieces else (instruction.line, len(lines[instruction.line]), "")
            script = []
            for row in rows:
                line = lines[row]
                if row == first_line:
                    script.append(" " * first_col + line[first_col:])  # keep columns: blank out "RUN --flags"
                elif row in instruction.body_rows:
                    script.append(line)  # here-document lines go to the shell as they are
                elif not line.strip() or line.lstrip().startswith("#"):
                    script.append("\\")  # Docker drops it; a lone backslash keeps the continuation going
                else:
                    script.append(_without_flags(line, instruction, row))
        scripts.append((dialect, "\n".join(script), LineMap(tuple(rows), (0,) * len(rows))))
    return scripts


def _without_flags(line: str, instruction: Instruction, row: int) -> str:
    """A continuation line with the flags BuildKit took off it blanked out, columns kept."""
    start = next((col for piece_row, col, _ in instruction.pieces if piece_row == row), len(line))
    return " " * start + line[start:]


def non_run_text(text: str, reading: Reading) -> str:
    """`text` with only the lines of instructions other than RUN kept (others emptied), for trap checks."""
    lines = text.split("\n")
    keep = {row for instruction in reading.instructions if instruction.name != "RUN" for row in instruction.rows}
    return "\n".join(line if row in keep and not line.lstrip().startswith("#") else "" for row, line in enumerate(lines))


def for_hadolint(text: str, reading: Reading, reported: set[int]) -> str:
    """`text` as hadolint should see it: without the instructions it cannot parse (hadolint
    2.15 fails on any instruction after a here-document) and without the lines already
    reported, which it would only report again, less precisely (DL1000)."""
    lines = text.split("\n")
    for instruction in reading.instructions:
        if instruction.body_rows or instruction.heredoc_words or reported & set(instruction.rows) \
                or instruction.name not in INSTRUCTIONS:
            for row in instruction.rows:
                lines[row] = ""
    for row in reported:
        if row < len(lines):
            lines[row] = ""
    return "\n".join(lines)
