"""The scanner on small pages: which fences are blocks, their code, and where each line came from."""

from __future__ import annotations

from common.markdown_source import raw_column, scan


def only(source: str):
    [block] = scan(source)
    return block


def test_backtick_and_tilde_fences_of_three_or_more_characters_are_found():
    blocks = scan("```bash\na\n```\n\n~~~sh\nb\n~~~\n\n````console\n$ c\n````\n")
    assert [(block.lang, block.text) for block in blocks] == [("bash", "a"), ("sh", "b"), ("console", "$ c")]


def test_options_header_keeps_language_and_title():
    block = only('```bash title="x.sh" linenums="1" hl_lines="2"\na\nb\n```\n')
    assert block.lang == "bash" and block.attrs["title"] == "x.sh"


def test_attribute_list_header_takes_language_from_first_class():
    block = only('``` { .bash title="x" data-check="skip" }\na\n```\n')
    assert (block.lang, block.attrs["title"], block.attrs["data-check"]) == ("bash", "x", "skip")


def test_attribute_list_header_keeps_further_classes_and_id():
    block = only("``` { .console .no-copy #session }\n$ ls\n```\n")
    assert (block.lang, block.classes, block.attrs["id"]) == ("console", ("no-copy",), "session")


def test_an_unknown_option_makes_the_fence_plain_text_as_superfences_does():
    assert scan('```bash data="x"\necho\n```\n') == []


def test_fence_inside_a_list_item_is_dedented():
    block = only("- item\n\n    ```bash\n    echo a\n      echo b\n    ```\n")
    assert block.text == "echo a\n  echo b"


def test_fences_inside_admonition_details_and_tabs_are_found():
    page = '!!! note\n\n    ```bash\n    a\n    ```\n\n??? tip\n\n    ```bash\n    b\n    ```\n\n=== "T"\n\n    ```bash\n    c\n    ```\n'
    assert [block.text for block in scan(page)] == ["a", "b", "c"]


def test_front_matter_counts_in_line_numbers():
    block = only("---\ntitle: x\ntags: [a]\n---\n\n```bash\necho\n```\n")
    assert block.fence_line == 6 and block.position(0, 0) == (7, 1)


def test_crlf_file_gives_the_same_blocks_and_lines_as_lf():
    page = "# t\n\n```bash\necho 1\n```\n"
    assert [(b.text, b.fence_line) for b in scan(page.replace("\n", "\r\n"))] == [(b.text, b.fence_line) for b in scan(page)]


def test_indented_code_block_is_not_a_snippet_even_if_it_shows_a_fence():
    assert scan("Text.\n\n    ```bash\n    echo hi\n    ```\n") == []


def test_inline_code_is_not_a_snippet():
    assert scan("Run `echo hi` or ``a `b` c``.\n") == []


def test_fence_shown_inside_a_longer_fence_is_not_a_block_of_its_own():
    block = only("````markdown\n```bash\necho\n```\n````\n")
    assert block.lang == "markdown"


def test_unclosed_fence_is_no_block():
    assert scan("```bash\necho hi\n") == []


def test_fence_in_blockquote_strips_the_quote_marker():
    assert only("> ```bash\n> echo hi\n> ```\n").text == "echo hi"


def test_position_maps_back_through_list_indentation():
    block = only("- x\n\n    ```bash\n    echo 1\n    ls -l\n    ```\n")
    assert block.position(1, 3) == (5, 8)


def test_position_maps_back_through_tabs():
    block = only("```bash\n\tab\n```\n")
    assert block.text == "    ab"
    assert block.position(0, 5) == (2, 3)  # 'b' is the 3rd character of the raw line


def test_raw_column_counts_a_tab_as_up_to_four_columns():
    assert [raw_column("a\tb", col) for col in range(5)] == [0, 1, 1, 1, 2]
