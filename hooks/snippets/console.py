"""Turn a console session (```console / ```shell-session) into the shell it contains.

Which lines are commands is decided by the very lexer that renders the block
(Pygments' BashSessionLexer): a line whose start it marks as a prompt (`$ `, `# `,
`user@host:~$ `, `(venv) $ `) is a command, and so is a line it continues after a
trailing backslash, except a `# ` or `%` "prompt" followed by a comment or output
(`# Don't forget -a`, `%Cpu(s):`; blocks.root_prompt_length). The copy button
(docs/assets/javascripts/console-copy.js) copies exactly those lines without their
prompts, by the same rule, so what is checked here is what a reader pastes. One addition: after a
command left open by a quote or a here-document, the following lines belong to it
(a terminal shows them with a `> ` prompt, which is removed). Pygments renders such
lines as output, with or without that prompt, so the copy button leaves them out and
the reader would paste half a command: `session` reports them.
"""

from __future__ import annotations

from typing import NamedTuple

from pygments.lexers.shell import BashSessionLexer
from pygments.token import Generic, Text

from .blocks import prompt_length, root_prompt_length
from .model import WARNING, Issue, LineMap
from .shell_lexer import is_open

_PS2 = "> "


def _line_kinds(text: str) -> list[tuple[str, int]]:
    """For each line: ('output'|'command'|'continued', prompt length) as Pygments lexes it."""
    lines = text.split("\n")
    starts, offset = {}, 0
    for number, line in enumerate(lines):
        starts[offset] = number
        offset += len(line) + 1
    kinds = [("continued", 0)] * len(lines)
    prompt_at: dict[int, int] = {}
    current = None
    for position, token, value in BashSessionLexer().get_tokens_unprocessed(text + "\n"):
        if position in starts:
            current = starts[position]
            if token in Generic.Output:
                kinds[current] = ("output", 0)
            elif token in Generic.Prompt:
                prompt_at[current] = position
        if current is not None and current in prompt_at and (token in Generic.Prompt or token is Text and value.isspace()):
            if position == prompt_at[current]:
                prompt_at[current] = position + len(value)  # prompts may come in pieces: "(venv)", " ", "$ "
    for number, end in prompt_at.items():
        length = end - sum(len(line) + 1 for line in lines[:number])
        line = lines[number]
        if line.startswith(_PS2) and length == len(_PS2):
            kinds[number] = ("continued", length)
        elif prompt_length(line) or root_prompt_length(line):
            kinds[number] = ("command", length)
        else:  # `# Don't forget -a`, `%Cpu(s):`: Pygments' prompt, but a comment or output (blocks.root_prompt_length)
            kinds[number] = ("output", 0)
    return kinds


class Session(NamedTuple):
    shell: str  # the commands, prompts and output removed
    line_map: LineMap  # where each of its lines came from
    uncopied: list[Issue]  # a warning per line the copy button leaves out


def session(text: str) -> Session:
    """A console session read once, as the lexer that renders it reads it."""
    lines = text.split("\n")
    kept: list[str] = []
    rows: list[int] = []
    shifts: list[int] = []
    uncopied: list[Issue] = []
    for number, (kind, prompt) in enumerate(_line_kinds(text)):
        line = lines[number]
        if kept and is_open("\n".join(kept) + "\n"):
            prompt = len(_PS2) if line.startswith(_PS2) else 0
            if kind == "output":  # Pygments' view: the copy button leaves it out
                uncopied.append(Issue(
                    number, 0, WARNING, "console-uncopied",
                    "this line continues the command above (an open quote, here-document or loop), which a console "
                    "block renders as output: its copy button leaves the line out; put this command in a bash block"))
        elif kind == "output" or (kind == "continued" and not kept):
            continue
        kept.append(line[prompt:])
        rows.append(number)
        shifts.append(prompt)
    return Session("\n".join(kept), LineMap(tuple(rows), tuple(shifts)), uncopied)
