"""A page's Markdown as the prose a reader reads (typography.prose): what is left out, and
that every character still points at its place in the file."""

from __future__ import annotations

import pytest

from docs_sources import DOCS
from typography.prose import PLACEHOLDER, segments

PAGE = '''---
title: 标题abc
---
# RUN：构建时执行 {#build-time}

!!! tip "提示abc"

    `RUN` 和 `CMD` 见[文档abc](https://example.com/中文abc "标题abc")。
    使用**Docker**命令，<span title="属性abc">文字</span> ![图abc](a.png) 见 https://docs.docker.com/中文abc 页。

| 列一 | `a|b` 列二 |
| --- | --- |
| 中文abc | 值 |

```bash
echo 中文abc
```

- [ ] 任务abc
1. 第一\\*步 <!-- 注释abc -->
*[HTML]: 缩写abc
[ref]: https://example.com/引用abc
'''


def texts(source: str) -> list[str]:
    return [segment.text for segment in segments(source)]


def test_what_a_reader_reads_and_nothing_else():
    assert texts(PAGE) == [
        "RUN：构建时执行",
        "提示abc",
        "`x` 和 `x` 见文档abc。",
        "使用Docker命令，文字  见 x 页。",
        "列一", "`x` 列二",
        "中文abc", "值",
        "任务abc",
        "第一*步",
    ]


@pytest.mark.parametrize("hidden", ["title: 标题abc", "中文abc/", "标题abc\"", "属性abc", "图abc", "echo", "注释abc", "缩写abc", "引用abc"])
def test_front_matter_code_urls_and_attributes_are_not_prose(hidden):
    assert not any(hidden in text for text in texts(PAGE))


def test_every_character_read_is_the_one_in_the_file():
    for source in [PAGE, *(path.read_text(encoding="utf-8") for path in sorted(DOCS.rglob("*.md")))]:
        for segment in segments(source):
            for index, (char, offset) in enumerate(zip(segment.text, segment.offsets)):
                assert char == (PLACEHOLDER if index in segment.fixed else source[offset])


def test_text_inserted_next_to_markup_goes_outside_it():
    source = "使用**Docker**命令，见[文档](x.md)中"
    [segment] = segments(source)
    assert segment.text == "使用Docker命令，见文档中"
    assert source[segment.insert_at[segment.text.index("D")]:].startswith("**Docker")   # before the opening
    assert source[segment.insert_at[segment.text.index("命")]:].startswith("命令")      # after the closing
    assert source[segment.insert_at[segment.text.index("文")]:].startswith("[文档")


def test_an_admonition_title_with_quotes_in_code_is_read_up_to_its_last_quote():
    assert texts('??? question "镜像的 ENTRYPOINT 是 `["python3", "app.py"]`，会怎样？"') == ["镜像的 ENTRYPOINT 是 `x`，会怎样？"]


def test_underscores_inside_words_are_text_and_around_words_emphasis():
    assert texts("my_var_name 和 _强调_") == ["my_var_name 和 强调"]
