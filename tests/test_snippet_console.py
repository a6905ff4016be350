"""Console sessions become the shell a reader would paste: prompts and output gone, continuations kept."""

from __future__ import annotations

from snippets.console import to_shell, uncopied_lines


def test_dollar_and_hash_prompts_are_stripped():
    assert to_shell("$ docker ps\n# apt-get update")[0] == "docker ps\napt-get update"


def test_user_at_host_prompt_is_stripped():
    assert to_shell("user@host:~$ docker images")[0] == "docker images"


def test_output_lines_are_skipped():
    shell, line_map = to_shell("$ docker ps\nCONTAINER ID   IMAGE\n$ ls")
    assert shell == "docker ps\nls" and line_map.rows == (0, 2)


def test_backslash_continuation_is_kept_without_its_secondary_prompt():
    assert to_shell("$ docker run \\\n>   alpine")[0] == "docker run \\\n  alpine"


def test_lines_of_an_open_quote_are_kept():
    assert to_shell('$ echo "a\nb"\nout')[0] == 'echo "a\nb"'


def test_here_document_lines_are_kept_until_its_end():
    assert to_shell("$ cat <<EOF\n> hi\n> EOF\nhi")[0] == "cat <<EOF\nhi\nEOF"


def test_columns_map_back_past_the_prompt():
    _, line_map = to_shell("out\nuser@host:~$ echo hi")
    assert (line_map.rows, line_map.shifts) == ((1,), (13,))


def test_here_document_lines_are_reported_as_left_out_by_the_copy_button():
    issues = uncopied_lines("$ cat <<EOF\n> hi\nEOF\n$ ls")
    assert [(issue.line, issue.severity, issue.code) for issue in issues] == [
        (1, "warning", "console-uncopied"), (2, "warning", "console-uncopied")]


def test_the_second_line_of_a_quoted_string_is_reported():
    assert [issue.line for issue in uncopied_lines('$ echo "a\nb"')] == [1]


def test_a_backslash_continuation_is_copied_and_not_reported():
    assert uncopied_lines("$ docker run \\\n>   alpine") == []


def test_output_lines_are_not_reported():
    assert uncopied_lines("$ docker ps\nCONTAINER ID   IMAGE") == []
