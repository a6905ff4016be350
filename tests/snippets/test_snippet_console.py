"""Console sessions become the shell a reader would paste: prompts and output gone, continuations kept."""

from __future__ import annotations

from snippets.console import session


def test_dollar_and_hash_prompts_are_stripped():
    assert session("$ docker ps\n# apt-get update").shell == "docker ps\napt-get update"


def test_user_at_host_prompt_is_stripped():
    assert session("user@host:~$ docker images").shell == "docker images"


def test_output_lines_are_skipped():
    shell, line_map, _ = session("$ docker ps\nCONTAINER ID   IMAGE\n$ ls")
    assert shell == "docker ps\nls" and line_map.rows == (0, 2)


def test_backslash_continuation_is_kept_without_its_secondary_prompt():
    assert session("$ docker run \\\n>   alpine").shell == "docker run \\\n  alpine"


def test_lines_of_an_open_quote_are_kept():
    assert session('$ echo "a\nb"\nout').shell == 'echo "a\nb"'


def test_here_document_lines_are_kept_until_its_end():
    assert session("$ cat <<EOF\n> hi\n> EOF\nhi").shell == "cat <<EOF\nhi\nEOF"


def test_columns_map_back_past_the_prompt():
    line_map = session("out\nuser@host:~$ echo hi").line_map
    assert (line_map.rows, line_map.shifts) == ((1,), (13,))


def test_here_document_lines_are_reported_as_left_out_by_the_copy_button():
    issues = session("$ cat <<EOF\n> hi\nEOF\n$ ls").uncopied
    assert [(issue.line, issue.severity, issue.code) for issue in issues] == [
        (1, "warning", "console-uncopied"), (2, "warning", "console-uncopied")]


def test_the_second_line_of_a_quoted_string_is_reported():
    assert [issue.line for issue in session('$ echo "a\nb"').uncopied] == [1]


def test_a_backslash_continuation_is_copied_and_not_reported():
    assert session("$ docker run \\\n>   alpine").uncopied == []


def test_output_lines_are_not_reported():
    assert session("$ docker ps\nCONTAINER ID   IMAGE").uncopied == []
