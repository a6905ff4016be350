"""For any Markdown at all, the scanner never crashes and every position lies inside the file."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from common.markdown_source import scan

PIECES = st.sampled_from([
    "```", "~~~", "````", "```bash", "``` { .bash }", '```bash title="x"', "~~~console", "```{", "---", "title: x",
    "- item", "1. item", "!!! note", "??? tip", '=== "t"', "> ", ">", "    ", "  ", "\t", "\r", "\r\n", "\n", "\n\n",
    "echo hi", "$ ls", "'", '"', "\\", "<image>", "：", "\u3000", "\ufeff", "\x02", "...",
])
MARKDOWN = st.lists(st.one_of(PIECES, st.text(max_size=5)), max_size=60).map("".join)


@given(MARKDOWN)
def test_scanner_never_crashes_and_every_position_is_inside_the_file(source):
    line_count = source.replace("\r\n", "\n").replace("\r", "\n").count("\n") + 1
    for block in scan(source):
        assert 1 <= block.fence_line <= line_count
        code_lines = block.text.split("\n")
        for number, code_line in enumerate(code_lines):
            for col in (0, len(code_line)):
                line, column = block.position(number, col)
                # An empty block has no line of its own: its findings point at the opening fence.
                first_allowed = block.fence_line + 1 if block.raw_lines else block.fence_line
                assert first_allowed <= line <= line_count
                assert column >= 1


def test_a_finding_in_an_empty_block_points_at_its_fence():
    [block] = scan("text\n```bash\n```\n")
    assert block.position(0, 0) == (2, 1)
