"""Just enough shell lexing to tell code from data.

Two questions need it: which characters are shell code rather than the inside of a
string, a comment or a here-document (keyboard traps are only traps in code), and
whether a command line is still open at its end (an unclosed quote or here-document,
a trailing backslash), which makes the next console line a continuation.
It is deliberately forgiving: it never fails, it only classifies.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_HEREDOC = re.compile(r"<<(?P<dash>-?)[ \t]*(?P<word>'[^'\n]*'|\"[^\"\n]*\"|\\?[^\s;&|<>()'\"]+)")
_WORD_START = " \t\n;&|()<>"


@dataclass
class LexResult:
    code: bytearray  # code[i] == 1 when text[i] is shell code
    open: bool  # the text ends inside a quote, a here-document, a substitution or a line continuation


def lex(text: str) -> LexResult:
    code = bytearray(len(text))
    stack = ["code"]  # contexts: code, sub ($( or ( ), bt (backquotes), dq, sq, dsq ($'...'), param (${...})
    pending: list[tuple[str, bool]] = []  # here-documents announced on the current line
    i, n = 0, len(text)
    continued = False
    while i < n:
        ctx, char = stack[-1], text[i]
        continued = False
        if ctx in ("code", "sub", "bt"):
            if char == "\\":
                code[i] = 1
                continued = i + 1 < n and text[i + 1] == "\n" or i + 1 == n
                i += 2
                continue
            if char == "#" and (i == 0 or text[i - 1] in _WORD_START):
                while i < n and text[i] != "\n":
                    i += 1
                continue
            code[i] = 1
            if char == "\n" and pending:
                i, ended = _skip_heredocs(text, i + 1, pending)
                pending = []
                if not ended:
                    return LexResult(code, True)
                continue
            if text.startswith("<<", i) and not text.startswith("<<<", i):
                match = _HEREDOC.match(text, i)
                if match:
                    word = match["word"]
                    quoted = word[0] in "'\"\\"
                    pending.append((word.strip("'\"\\") if quoted else word, bool(match["dash"])))
                    for j in range(i, match.end()):
                        code[j] = 1
                    i = match.end()
                    continue
            if char == "'":
                stack.append("sq")
            elif char == '"':
                stack.append("dq")
            elif char == "`" and ctx == "bt":
                stack.pop()
            elif char == "`":
                stack.append("bt")
            elif text.startswith(("$'", "${", "$("), i):
                stack.append({"'": "dsq", "{": "param", "(": "sub"}[text[i + 1]])
                code[i + 1] = 1
                i += 1
            elif char == "(":
                stack.append("sub")
            elif char == ")" and ctx == "sub":
                stack.pop()
            i += 1
            continue
        if ctx == "sq":
            if char == "'":
                stack.pop()
        elif ctx in ("dq", "dsq"):
            if char == "\\":
                i += 2
                continue
            if char == ("'" if ctx == "dsq" else '"'):
                stack.pop()
            elif ctx == "dq" and text.startswith("$(", i):
                stack.append("sub")
                code[i] = code[i + 1] = 1
                i += 2
                continue
            elif ctx == "dq" and char == "`":
                stack.append("bt")
                code[i] = 1
        elif ctx == "param":
            if char == "}":
                stack.pop()
            elif text.startswith("${", i):
                stack.append("param")
                i += 1
        i += 1
    return LexResult(code, len(stack) > 1 or bool(pending) or continued)


def _skip_heredocs(text: str, i: int, pending: list[tuple[str, bool]]) -> tuple[int, bool]:
    """(index just past the bodies of the pending here-documents, whether they all ended)."""
    for word, dash in pending:
        while True:
            if i >= len(text):
                return len(text), False
            end = text.find("\n", i)
            end = len(text) if end == -1 else end
            line = text[i:end]
            i = end + 1
            if (line.lstrip("\t") if dash else line) == word:
                break
    return i, True


def code_mask(text: str) -> bytearray:
    """1 for every character of `text` that is shell code (not string, comment or here-document)."""
    return lex(text).code


_OPENS = {"if": "fi", "for": "done", "while": "done", "until": "done", "select": "done", "case": "esac", "{": "}"}
_CLOSES = {"fi", "done", "esac", "}"}
# After these words (and at the start of a command) the next word is a command word.
_LEADS = {"then", "do", "else", "elif", "if", "while", "until", "!", "{", "time"}
_SEPARATORS = set(";&|()\n")


def open_compounds(text: str, mask: bytearray) -> int:
    """How many compound commands (if/for/while/until/select/case/{) are still open at the
    end of `text`, counting only words in command position and in code (`mask`)."""
    depth, command_position, word, word_start = 0, True, "", 0
    for index, char in enumerate(text + "\n"):
        is_code = index < len(text) and mask[index]
        if is_code and not char.isspace() and char not in _SEPARATORS:
            if not word:
                word_start = index
            word += char
            continue
        if word:
            if command_position:
                depth += 1 if word in _OPENS else -1 if word in _CLOSES else 0
                command_position = word in _LEADS
            elif word_start == 0:
                command_position = False
            word = ""
        if is_code and char in _SEPARATORS or char == "\n":
            command_position = True
    return max(depth, 0)


def is_open(text: str) -> bool:
    """True when a shell reading `text` would still wait for more input."""
    result = lex(text)
    return result.open or open_compounds(text, result.code) > 0
