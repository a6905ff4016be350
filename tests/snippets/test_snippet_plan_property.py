"""For any snippet text, preparing its check never crashes and every position stays in the snippet (or is its fence)."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from snippets.languages import plan
from snippets.model import FENCE

PIECES = st.sampled_from([
    "$ ", "# ", "> ", "user@h:~$ ", "RUN ", "CMD [", "COPY ", "<<EOF", "EOF", "<<-'X'", "\\", "\n", "\t", "'", '"', "$(", ")",
    "`", "${", "}", "[", "]", "：", "“", "\u3000", "<image>", "--mount=x ", "SHELL [\"bash\"]", "{", ",", "//", "/*", ": ", "- ",
])
# Characters Python and Go (BuildKit) or PyYAML disagree about: space, line break or neither.
ODD = st.sampled_from(list("\x1c\x1d\x1e\x1f\x0b\x0c\x85\xa0\u1680\u2028\u2029\u3000\ufeff\u200b\x00\x7f"))
SNIPPET = st.lists(st.one_of(PIECES, ODD, st.text(max_size=4)), max_size=40).map("".join)


@example("dockerfile", "\x1f")  # found by an exploring run: Go reads U+001F as part of the keyword
@example("dockerfile", "ONBUILD \x1f")
@example("dockerfile", "HEALTHCHECK Å")  # the dockerfile wheel cannot decode what Go returns
@example("yaml", "a: 1\u2028b: [")  # PyYAML's line count includes U+2028
@given(st.sampled_from(["bash", "sh", "", "console", "dockerfile", "json", "jsonc", "yaml"]), SNIPPET)
def test_planning_any_snippet_never_crashes_and_stays_inside_it(lang, text):
    lines = text.split("\n")
    result = plan(lang, text)
    for issue in result.issues:
        assert issue.line == FENCE or 0 <= issue.line < len(lines)
    for _, line_map in result.shell + result.dockerfiles:
        assert all(0 <= row < len(lines) for row in line_map.rows)
