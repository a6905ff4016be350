"""What counts as a change to a Chinese page: whitespace in prose never does, text always does."""

from hypothesis import given
from hypothesis import strategies as st

from translation.text import fingerprint

PAGE = """---
title: 构建与运行
---

# 构建与运行

用 `docker build` 构建镜像，再用 docker run 运行。
第二行说明。

!!! example "例子"

    ```yaml
    services:
      web:
        image: nginx
    ```
"""

# Prose without fences (their lines are compared differently) and without whitespace of its own.
prose_chars = st.characters(blacklist_categories=("Cs", "Zs", "Zl", "Zp", "Cc"), blacklist_characters="`~")
whitespace = st.text(alphabet=" \t\n\u3000\u00a0", min_size=1, max_size=3)


@given(
    words=st.lists(st.text(alphabet=prose_chars, min_size=1, max_size=8), min_size=2, max_size=8),
    gaps=st.data(),
)
def test_whitespace_anywhere_in_prose_does_not_change_the_fingerprint(words, gaps):
    spaced = "".join(word + gaps.draw(whitespace) for word in words)
    assert fingerprint(spaced) == fingerprint("".join(words))


def test_rewrapping_a_paragraph_and_adding_blank_lines_is_not_a_change():
    edited = PAGE.replace("运行。\n第二行", "运行。第二行").replace("# 构建与运行\n", "\n\n#  构建与运行  \n")
    assert fingerprint(edited) == fingerprint(PAGE)


def test_a_space_between_chinese_and_latin_words_is_not_a_change():
    assert fingerprint(PAGE.replace("再用 docker run 运行", "再用docker run运行")) == fingerprint(PAGE)


def test_changing_one_character_of_prose_is_a_change():
    assert fingerprint(PAGE.replace("第二行", "第三行")) != fingerprint(PAGE)


def test_changing_the_front_matter_title_is_a_change():
    assert fingerprint(PAGE.replace("title: 构建与运行", "title: 构建")) != fingerprint(PAGE)


def test_indentation_inside_a_code_block_is_a_change():
    assert fingerprint(PAGE.replace("        image: nginx", "      image: nginx")) != fingerprint(PAGE)


def test_re_indenting_a_whole_fenced_block_is_not_a_change():
    block = PAGE[PAGE.index("    ```yaml"):]
    dedented = "\n".join(line[4:] for line in block.splitlines()) + "\n"
    assert fingerprint(PAGE.replace(block, dedented)) == fingerprint(PAGE)


def test_trailing_spaces_and_blank_lines_in_a_code_block_are_not_a_change():
    edited = PAGE.replace("    services:\n", "    services:   \n\n")
    assert fingerprint(edited) == fingerprint(PAGE)
