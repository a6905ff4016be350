"""The notes' placeholder convention: `<image>`, `<容器名>`, `<registry>/<repo>:<tag>`.

A placeholder is `<` + a name starting with a letter (any script) + `>`, with no space
inside. Before a checker sees a snippet, each placeholder becomes a plain word of the
same length, so the shell does not read it as a redirection and every column stays
where it was. Real redirections keep their meaning: `< file` has a space, `<<EOF` and
`<<<` start with two `<`, `<(cmd)` starts with `(`, `<&3` with `&`.
"""

from __future__ import annotations

import re

PLACEHOLDER = re.compile(r"(?<![<\w])<[^\W\d_][\w.:/@-]*>")
FILLER = "x"  # a letter: a safe word in shell, Dockerfile and YAML alike


def neutralise(text: str) -> str:
    """`text` with every placeholder replaced by a same-length word."""
    return PLACEHOLDER.sub(lambda match: FILLER * len(match[0]), text)

