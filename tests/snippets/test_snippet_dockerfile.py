"""Dockerfile fragments: instructions, exec-form arrays and the shell of each RUN, at the right lines."""

from __future__ import annotations

from snippets.dockerfile import exec_form_errors, parse, run_scripts, unknown_instructions, without_heredocs


def test_an_unknown_instruction_is_named_with_a_suggestion():
    [issue] = unknown_instructions(parse("COPY . /app\nRUNN make"))
    assert (issue.line, issue.col, issue.code) == (1, 0, "DF001") and "did you mean RUN?" in issue.message


def test_a_fragment_without_from_is_fine():
    assert unknown_instructions(parse("COPY . /app\nRUN make\nCMD [\"app\"]")) == []


def test_a_broken_exec_form_array_is_reported_where_json_breaks():
    [issue] = exec_form_errors(parse('CMD ["nginx", "-g" "daemon off;"]'))
    assert (issue.line, issue.col, issue.code) == (0, 19, "DF002")


def test_single_quotes_in_an_exec_form_array_are_an_error():
    [issue] = exec_form_errors(parse("ENTRYPOINT ['/entrypoint.sh']"))
    assert issue.code == "DF002" and "shell command" in issue.message


def test_run_shell_keeps_lines_and_columns_of_the_fragment():
    text = "FROM x\nRUN --mount=type=cache,target=/c apt-get update && \\\n    apt-get install -y curl"
    [(dialect, script, line_map)] = run_scripts(text, parse(text))
    assert dialect == "sh" and line_map.rows == (1, 2)
    assert script.split("\n")[0].index("apt-get") == text.split("\n")[1].index("apt-get")


def test_comment_lines_inside_a_continued_run_keep_the_command_going():
    text = "RUN a && \\\n    # why\n    b"
    [(_, script, _)] = run_scripts(text, parse(text))
    assert script.split("\n")[1] == "\\"


def test_run_here_document_body_is_the_script():
    text = "RUN <<EOF\nset -e\necho hi\nEOF\nCMD [\"x\"]"
    [(_, script, line_map)] = run_scripts(text, parse(text))
    assert script == "set -e\necho hi" and line_map.rows == (1, 2)


def test_shell_instruction_switches_the_dialect():
    text = 'SHELL ["/bin/bash", "-c"]\nRUN [[ -f x ]]'
    assert [dialect for dialect, _, _ in run_scripts(text, parse(text))] == ["bash"]


def test_exec_form_run_is_not_shell():
    text = 'RUN ["apt-get", "update"]'
    assert run_scripts(text, parse(text)) == []


def test_instructions_with_here_documents_are_hidden_from_hadolint_lines_kept():
    text = "RUN <<EOF\necho\nEOF\nRUN make"
    assert without_heredocs(text, parse(text)) == "\n\n\nRUN make"


def test_a_run_starting_with_the_test_command_is_shell_not_a_broken_array():
    text = "RUN [ -f /x ] && echo y\nRUN [[ -d /y ]]"
    assert exec_form_errors(parse(text)) == [] and len(run_scripts(text, parse(text))) == 2
