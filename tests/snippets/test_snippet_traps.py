"""Chinese-keyboard traps in shell code are errors that name the character and its ASCII twin."""

from __future__ import annotations

import pytest

from snippets.traps import find_traps


@pytest.mark.parametrize(("char", "ascii_text"), [("：", ":"), ("，", ","), ("；", ";"), ("（", "("), ("）", ")"), ("！", "!")])
def test_full_width_punctuation_is_an_error_naming_its_replacement(char, ascii_text):
    [issue] = find_traps(f"docker run -p 8080{char}80 nginx")
    assert issue.col == 18 and f"'{char}'" in issue.message and f"ASCII '{ascii_text}'" in issue.message


@pytest.mark.parametrize("space", ["\u3000", "\u00a0", "\u2009"])
def test_non_ascii_spaces_are_errors(space):
    [issue] = find_traps(f"ls{space}-l")
    assert f"U+{ord(space):04X}" in issue.message and "ASCII ' '" in issue.message


def test_curly_quotes_are_errors():
    assert [issue.col for issue in find_traps("echo “hi” ‘x’")] == [5, 8, 10, 12]


def test_chinese_inside_strings_and_comments_is_fine():
    assert find_traps("echo \"你好，世界！\" '（括号）'  # 注释：没问题\ncat <<EOF\n全角：可以\nEOF") == []


def test_trap_inside_command_substitution_in_a_string_is_found():
    [issue] = find_traps('echo "$(date：)"')
    assert issue.col == 12


def test_trap_line_and_column_are_counted_in_the_snippet():
    [issue] = find_traps("docker ps\ndocker logs　web")
    assert (issue.line, issue.col) == (1, 11)
