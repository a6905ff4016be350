"""Pure: the inline script that the iframe-worker shim runs, which the policy must hash.

On file:// browsers start no Web Worker, so the offline edition runs Material's search
worker through the iframe-worker shim (hooks/edition/offline.py ships it from npm). For
`new Worker(url)` the shim adds a hidden <iframe> without src and document.write()s into
it, from one template literal:

    <script>postMessage=${c};importScripts=${d};addEventListener("error",…"${e}"…)</script>
    <script src=${e}?${+Date.now()}></script>

An iframe without src is about:blank: frame-src does not apply to it, and it inherits the
page's policy, so its scripts are checked against script-src. The second one loads the
worker from the site ('self'); the first is inline and needs its hash. Its text is built
from the worker URL (`e`, the page's relative `search` URL from Material's __config) and
the source text of two functions of the shim (`${c}` is Function.prototype.toString,
which gives a declared function's source exactly as written). So the script is
computed here from the shim file the build ships and the page's worker URL, never
written down: a new shim version gets its own hash, and a shim that no longer has
this shape stops the build instead of a silently blocked search.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from csp.markup import scan

# Stands for a ${…} value the inline scripts may not depend on (the src's cache-buster).
_UNKNOWN = "\ue000{}\ue001"
_UNKNOWN_SEEN = re.compile("\ue000(\\d+)\ue001")
_IDENTIFIER = re.compile(r"[A-Za-z_$][\w$]*")
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "v": "\v", "0": "\0"}


class ShimChanged(ValueError):
    """The shim no longer writes its iframe the way this module reads it."""


def iframe_scripts(shim: str, worker_url: str) -> list[str]:
    """The inline scripts the shim runs in its iframe for `new Worker(worker_url)`."""
    write = re.search(r"\.write\(`", shim)
    if write is None:
        raise ShimChanged("it no longer document.write()s a template literal into its iframe")
    constructors = re.findall(r"constructor\(([A-Za-z_$][\w$]*)\)", shim[:write.start()])
    if not constructors:
        raise ShimChanged("no constructor(url) precedes the iframe's template")
    url_name = constructors[-1]
    parts = _template(shim, write.end() - 1)
    expressions = [part.source for part in parts if isinstance(part, _Expression)]
    placeholders = iter(range(len(expressions)))
    html = "".join(part if isinstance(part, str) else _UNKNOWN.format(next(placeholders)) for part in parts)

    def value(seen: re.Match) -> str:
        expression = expressions[int(seen[1])]
        if expression == url_name:
            return worker_url
        if _IDENTIFIER.fullmatch(expression):
            return function_source(shim, expression)
        raise ShimChanged(f"its iframe script uses ${{{expression}}}, whose value the build cannot know")

    scripts = [_UNKNOWN_SEEN.sub(value, text) for text in scan(html).running_scripts]
    if not scripts:
        raise ShimChanged("its iframe runs no inline script")
    return scripts


@dataclass(frozen=True)
class _Expression:
    source: str


def _template(source: str, start: int) -> list:
    """The template literal whose opening backtick is at `start`, as cooked text and ${…} expressions."""
    parts: list = []
    text: list[str] = []
    i = start + 1
    while i < len(source):
        char = source[i]
        if char == "`":
            parts.append("".join(text))
            return [part for part in parts if part != ""]
        if char == "\\":
            escaped, i = _escape(source, i)
            text.append(escaped)
            continue
        if source.startswith("${", i):
            end = _closing(source, i + 1)
            parts += ["".join(text), _Expression(source[i + 2:end].strip())]
            text = []
            i = end + 1
            continue
        text.append(char)
        i += 1
    raise ShimChanged("the iframe's template literal never ends")


def _escape(source: str, i: int) -> tuple[str, int]:
    """A JavaScript escape sequence at `i` (the backslash): its character and where it ends."""
    char = source[i + 1]
    if char == "x":
        return chr(int(source[i + 2:i + 4], 16)), i + 4
    if char == "u" and source[i + 2] == "{":
        end = source.index("}", i)
        return chr(int(source[i + 3:end], 16)), end + 1
    if char == "u":
        return chr(int(source[i + 2:i + 6], 16)), i + 6
    if char == "\n":  # a line continuation
        return "", i + 2
    return _ESCAPES.get(char, char), i + 2


def _closing(source: str, i: int) -> int:
    """Where the bracket opened at `i` closes, not counting brackets inside string literals."""
    opening, closing = source[i], {"{": "}", "(": ")"}[source[i]]
    depth = 0
    while i < len(source):
        char = source[i]
        if char in "\"'`":
            i = _string_end(source, i)
        elif char == opening:
            depth += 1
        elif char == closing:
            depth -= 1
            if depth == 0:
                return i
        i += 1
    raise ShimChanged(f"a '{opening}' in the shim is never closed")


def _string_end(source: str, i: int) -> int:
    quote = source[i]
    i += 1
    while i < len(source) and source[i] != quote:
        i += 2 if source[i] == "\\" else 1
    return i


def function_source(source: str, name: str) -> str:
    """What Function.prototype.toString gives for `function name(…){…}` declared in `source`."""
    found = list(re.finditer(rf"(?<![\w$.])function\s+{re.escape(name)}\s*\(", source))
    if len(found) != 1:
        raise ShimChanged(f"its iframe script uses ${{{name}}}, and the shim declares "
                          f"{len(found)} functions of that name, not one")
    start = found[0].start()
    params_end = _closing(source, found[0].end() - 1)
    body = re.compile(r"\s*\{").match(source, params_end + 1)
    if body is None:
        raise ShimChanged(f"function {name} has no body after its parameters")
    return source[start:_closing(source, body.end() - 1) + 1]
