"""For any snippet text, preparing its check never crashes and every position stays in the snippet (or is its fence)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from snippets.languages import plan
from snippets.model import FENCE

PIECES = st.sampled_from([
    "$ ", "# ", "> ", "user@h:~$ ", "RUN ", "CMD [", "COPY ", "<<EOF", "EOF", "<<-'X'", "\\", "\n", "\t", "'", '"', "$(", ")",
    "`", "${", "}", "[", "]", "：", "“", "\u3000", "<image>", "--mount=x ", "SHELL [\"bash\"]", "{", ",", "//", "/*", ": ", "- ",
])
SNIPPET = st.lists(st.one_of(PIECES, st.text(max_size=4)), max_size=40).map("".join)


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(["bash", "sh", "", "console", "dockerfile", "json", "jsonc", "yaml"]), SNIPPET)
def test_planning_any_snippet_never_crashes_and_stays_inside_it(lang, text):
    lines = text.split("\n")
    result = plan(lang, text)
    for issue in result.issues:
        assert issue.line == FENCE or 0 <= issue.line < len(lines)
    for _, line_map in result.shell + result.dockerfiles:
        assert all(0 <= row < len(lines) for row in line_map.rows)
