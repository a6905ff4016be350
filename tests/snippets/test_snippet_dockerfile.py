"""Dockerfile fragments read by BuildKit's own parser: instructions, exec-form arrays, end-of-line
comments, argument counts and the shell of each RUN, at the right lines."""

from __future__ import annotations

from snippets.dockerfile import (
    end_of_line_comments, exec_form_errors, for_hadolint, read, run_scripts, unknown_instructions, wrong_arity,
)
from snippets.model import FENCE


def _unknown(text):
    return unknown_instructions(read(text), text.split("\n"))


def _comments(text):
    return end_of_line_comments(read(text), text.split("\n"))[0]


def test_an_unknown_instruction_is_named_with_a_suggestion():
    [issue] = _unknown("COPY . /app\nRUNN make")
    assert (issue.line, issue.col, issue.code) == (1, 0, "DF001") and "did you mean RUN?" in issue.message


def test_a_fragment_without_from_is_fine():
    assert _unknown("COPY . /app\nRUN make\nCMD [\"app\"]") == []


def test_lowercase_instructions_are_instructions():
    assert _unknown("from alpine:3.20\nrun echo ok") == []


def test_a_command_with_its_prompt_in_a_dockerfile_is_pointed_to_a_console_block():
    [issue] = _unknown("CMD [\"app\"]\n$ docker run app")
    assert issue.code == "DF001" and "```console" in issue.message


def test_a_control_character_buildkit_reads_as_part_of_the_keyword_is_named_visibly():
    # Go does not count U+001F as space (Python's str.split() does): "\x1fFROM" is one word to docker build.
    [issue] = _unknown("\x1fFROM alpine")
    assert (issue.line, issue.col) == (0, 0) and "instruction '\\x1fFROM'; did you mean FROM?" in issue.message


def test_a_line_of_only_a_control_character_is_an_unknown_instruction():
    [issue] = _unknown("\x1f")
    assert issue.code == "DF001" and "'\\x1f'" in issue.message


def test_an_unknown_onbuild_trigger_is_named_not_onbuild():
    [issue] = _unknown("ONBUILD RUNN make")
    assert "instruction 'RUNN'; did you mean RUN?" in issue.message


def test_a_line_the_parser_wheel_cannot_give_back_makes_the_block_one_tool_failure_not_a_traceback():
    # The dockerfile wheel cannot decode what Go returns for HEALTHCHECK followed by a non-ASCII word.
    reading = read("FROM alpine\nHEALTHCHECK ÅX\nRUN echo hi")
    [issue] = reading.issues
    assert (issue.line, issue.code) == (FENCE, "tool-failed") and "dockerfile wheel" in issue.message
    assert reading.instructions == []


def test_a_broken_exec_form_array_is_reported_where_json_breaks():
    [issue] = exec_form_errors(read('CMD ["nginx", "-g" "daemon off;"]'), set())
    assert (issue.line, issue.col, issue.code) == (0, 19, "DF002")


def test_a_trailing_comma_in_an_exec_form_is_reported_at_the_comma():
    [issue] = exec_form_errors(read('CMD ["--port", "8000",]'), set())
    assert (issue.line, issue.col) == (0, 21)


def test_single_quotes_in_an_exec_form_array_are_an_error():
    [issue] = exec_form_errors(read("ENTRYPOINT ['/entrypoint.sh']"), set())
    assert issue.code == "DF002" and "shell command" in issue.message


def test_an_onbuild_trigger_is_checked_like_the_instruction_it_triggers():
    [issue] = exec_form_errors(read('ONBUILD RUN ["npm" "ci"]'), set())
    assert issue.code == "DF002"


def test_an_end_of_line_comment_is_an_error_at_its_hash():
    [issue] = _comments("FROM ubuntu:24.04   # base")
    assert (issue.line, issue.col, issue.code) == (0, 20, "DF003")
    assert "'# base'" in issue.message and "own line" in issue.message


def test_an_end_of_line_comment_buildkit_cannot_even_parse_is_still_reported_as_a_comment():
    reading = read("ENV PORT=8080 # default port")
    assert [(issue.line, issue.col, issue.code) for issue in reading.issues] == [(0, 14, "DF003")]


def test_a_shell_comment_after_run_is_the_shells_business():
    assert _comments("RUN apt-get update # refresh the index") == []


def test_a_hash_inside_quotes_is_not_a_comment():
    assert _comments('LABEL description="issue #12 fixed"') == []


def test_from_with_a_stage_name_but_no_as_is_an_error():
    [issue] = wrong_arity(read("FROM node:20 builder"), set())
    assert issue.code == "DF004" and "AS" in issue.message


def test_from_as_and_a_plain_from_are_fine():
    assert wrong_arity(read("FROM node:20 AS build\nFROM --platform=linux/amd64 alpine\nFROM x as y"), set()) == []


def test_copy_without_a_destination_is_an_error():
    issues = wrong_arity(read("COPY package.json\nADD https://example.com/t.tgz\nCOPY <<EOF /x\nhi\nEOF"), set())
    assert [(issue.line, issue.code) for issue in issues] == [(0, "DF004"), (1, "DF004")]


def test_several_here_documents_in_one_run_are_one_shell_script():
    text = "RUN <<A cat > a && <<B cat > b\nhello\nA\nworld\nB\nCMD [\"x\"]"
    [(_, script, line_map)] = run_scripts(text, read(text))
    assert line_map.rows == (0, 1, 2, 3, 4) and script.endswith("hello\nA\nworld\nB")


def test_flags_on_continuation_lines_are_not_shell():
    text = "RUN --mount=type=cache,target=/a \\\n    --mount=type=secret,id=s \\\n    make"
    [(_, script, _)] = run_scripts(text, read(text))
    assert "--mount" not in script and script.split("\n")[2].strip() == "make"


def test_run_shell_keeps_lines_and_columns_of_the_fragment():
    text = "FROM x\nRUN --mount=type=cache,target=/c apt-get update && \\\n    apt-get install -y curl"
    [(dialect, script, line_map)] = run_scripts(text, read(text))
    assert dialect == "sh" and line_map.rows == (1, 2)
    assert script.split("\n")[0].index("apt-get") == text.split("\n")[1].index("apt-get")


def test_comment_lines_inside_a_continued_run_keep_the_command_going():
    text = "RUN a && \\\n    # why\n    b"
    [(_, script, _)] = run_scripts(text, read(text))
    assert script.split("\n")[1] == "\\"


def test_run_here_document_body_is_the_script():
    text = "RUN <<EOF\nset -e\necho hi\nEOF\nCMD [\"x\"]"
    [(_, script, line_map)] = run_scripts(text, read(text))
    assert script == "set -e\necho hi" and line_map.rows == (1, 2)


def test_the_escape_directive_makes_backslash_part_of_a_path():
    text = "# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nCOPY app\\ C:\\app\\\nRUN echo a; `\n    echo b"
    reading = read(text)
    assert [instruction.name for instruction in reading.instructions] == ["FROM", "COPY", "RUN"]
    assert run_scripts(text, reading) == []  # a Windows RUN is not a POSIX shell's


def test_a_here_document_that_never_ends_is_one_error():
    reading = read("FROM alpine\nRUN <<EOF\necho\n    EOF\nCMD [\"sh\"]")
    assert [(issue.line, issue.code) for issue in reading.issues] == [(1, "DF000")]
    assert "never ends" in reading.issues[0].message


def test_shell_instruction_switches_the_dialect():
    text = 'SHELL ["/bin/bash", "-c"]\nRUN [[ -f x ]]'
    assert [dialect for dialect, _, _ in run_scripts(text, read(text))] == ["bash"]


def test_exec_form_run_is_not_shell():
    text = 'RUN ["apt-get", "update"]'
    assert run_scripts(text, read(text)) == []


def test_instructions_with_here_documents_and_reported_lines_are_hidden_from_hadolint_lines_kept():
    text = "RUN <<EOF\necho\nEOF\nRUN make\nFROM a b"
    assert for_hadolint(text, read(text), {4}) == "\n\n\nRUN make\n"


def test_a_run_starting_with_the_test_command_is_shell_not_a_broken_array():
    text = "RUN [ -f /x ] && echo y\nRUN [[ -d /y ]]"
    assert exec_form_errors(read(text), set()) == [] and len(run_scripts(text, read(text))) == 2
