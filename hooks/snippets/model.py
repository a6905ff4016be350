"""Plain data shared by every module: a problem in snippet coordinates, and the map back to the
block's own lines. A problem located in the Markdown file is a common.problems.Problem."""

from __future__ import annotations

from dataclasses import dataclass

from common.problems import ERROR, WARNING

__all__ = ["ERROR", "FENCE", "WARNING", "Issue", "LineMap"]

# The line of an Issue about the block as a whole (what it is, a checker that failed on it):
# it is reported at the block's opening fence.
FENCE = -1


@dataclass(frozen=True)
class Issue:
    """A problem inside one piece of checked text; line and col are 0-based in that text."""

    line: int
    col: int
    severity: str
    code: str
    message: str

    def moved(self, line: int, col: int) -> Issue:
        return Issue(line, col, self.severity, self.code, self.message)


@dataclass(frozen=True)
class LineMap:
    """Where each line of a derived text (a console session without prompts, a RUN
    instruction's shell) comes from: rows[i] is the source line, shifts[i] the number of
    columns removed from its start."""

    rows: tuple[int, ...]
    shifts: tuple[int, ...]

    @classmethod
    def identity(cls, line_count: int) -> LineMap:
        return cls(tuple(range(line_count)), (0,) * line_count)

    def back(self, issue: Issue) -> Issue:
        if issue.line == FENCE:
            return issue
        if not self.rows:
            return issue.moved(0, 0)
        index = min(max(issue.line, 0), len(self.rows) - 1)
        return issue.moved(self.rows[index], max(issue.col, 0) + self.shifts[index])
