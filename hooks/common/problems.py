"""One problem at a file location: what every check reports, and how a person reads it."""

from __future__ import annotations

from dataclasses import dataclass

ERROR = "error"
WARNING = "warning"


@dataclass(frozen=True)
class Problem:
    """`path` is as shown to people (docs/x.zh.md, mkdocs.yml: plugins.i18n...); line and col are 1-based."""

    path: str
    message: str
    line: int | None = None
    col: int | None = None
    severity: str = ERROR
    code: str | None = None

    def __str__(self) -> str:
        where = self.path + "".join(f":{n}" for n in (self.line, self.col) if n is not None)
        kind = f"{self.severity} {self.code}: " if self.code else ""
        return f"{where}: {kind}{self.message}"

    @property
    def sort_key(self) -> tuple:
        return self.path, self.line or 0, self.col or 0, self.code or ""


def listing(problems: list[Problem]) -> str:
    """One indented line per problem, for a PluginError that reports them all."""
    return "\n".join(f"  {problem}" for problem in problems)


def plural(count: int, word: str) -> str:
    """'1 page', '2 pages': for the checks' summary lines."""
    return f"{count} {word}{'' if count == 1 else 's'}"
