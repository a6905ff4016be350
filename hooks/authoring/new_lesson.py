"""`./dev new <page> "<中文标题>" "<English title>"`: a new lesson, ready to write, in both languages.

It writes the two pages with the lesson skeleton every lesson has (goals box, a section, the
self-check with two questions to replace, sources) and adds the page to mkdocs.yml's nav and
its English title to nav_translations, editing those lines only, so the file's comments and
layout stay as they were. The English page records that it is not translated yet
(`translated_from: pending`): the build shows it, says so on the page and on the status page,
and refuses to publish it until a translator runs `scripts/translation mark`.
Pure functions on strings; scripts/new-lesson does the file I/O.
"""

from __future__ import annotations

import json
import re

from translation.record import FIELD, PENDING

SKELETON = {
    "zh": """# {title}

!!! abstract "学完本页，你将能够"
    - （写下读者学完这一页能做到的一件事）；
    - （再写一件）。

## （第一个小节的标题） {{#first-section}}

（正文：短小的小节，每节配一个具体的例子。代码块要标语言，例如 ```bash；带提示符和输出的终端会话用 ```console。）

## 自测

??? question "（第一个问题）"

    （答案，缩进四个空格。）

??? question "（第二个问题）"

    （答案，缩进四个空格。）

## 参考资料

- （每一条说法所依据的官方文档链接，例如 Docker Docs：[标题](https://docs.docker.com/…)）
""",
    "en": """---
{field}: {pending}
---
# {title}

!!! abstract "After this page you will be able to"
    - (one thing a reader can do after this page);
    - (another one).

## (The first section's title) {{#first-section}}

(Translate the Chinese page here, section by section, keeping its code blocks and anchors.)

## Self-check

??? question "(The first question)"

    (The answer, indented by four spaces.)

??? question "(The second question)"

    (The answer, indented by four spaces.)

## Sources

- (The official documentation behind every claim, e.g. Docker Docs: [Title](https://docs.docker.com/…))
""",
}

_PAGE = re.compile(r"^[a-z0-9][a-z0-9-]*(?:/[a-z0-9][a-z0-9-]*)*$")


class NewLessonError(ValueError):
    """Why the lesson cannot be made as asked, and what to do instead."""


def check_page_name(page: str) -> str:
    page = page.removeprefix("docs/").removesuffix(".md").removesuffix(".zh").removesuffix(".en")
    if not _PAGE.match(page):
        raise NewLessonError(f"'{page}' is not a page name: use lowercase words joined by hyphens, "
                             "optionally in folders, e.g. volumes or dockerfile/healthcheck")
    return page


def page_text(lang: str, title: str) -> str:
    return SKELETON[lang].format(title=title, field=FIELD, pending=PENDING)


def _scalar(text: str) -> str:
    """A YAML scalar as a person would write it: plain when that is safe, else double-quoted."""
    if re.search(r": |#|^[-?:,\[\]{}&*!|>'\"%@`]|:$|^\s|\s$", text):
        return json.dumps(text, ensure_ascii=False)
    return text


def add_to_nav(config_text: str, page: str, zh_title: str, en_title: str, section: str) -> str:
    """mkdocs.yml with `- zh_title: page.md` as the last entry of the nav section `section`, and
    `zh_title: en_title` as the last nav translation; every other line untouched."""
    lines = config_text.split("\n")
    nav = _line_index(lines, lambda line: line.rstrip() == "nav:", "mkdocs.yml has no top-level 'nav:'")
    head = _line_index(lines, lambda line: re.match(rf"^\s*- {re.escape(section)}:\s*$", line) is not None,
                       f"mkdocs.yml's nav has no section '{section}'", start=nav)
    indent = len(lines[head]) - len(lines[head].lstrip()) + 4
    end = head + 1
    while end < len(lines) and lines[end].strip() and len(lines[end]) - len(lines[end].lstrip()) >= indent:
        end += 1
    if any(re.search(rf":\s*{re.escape(page)}\.md\b", line) for line in lines[nav:]):
        raise NewLessonError(f"mkdocs.yml's nav already lists {page}.md")
    lines.insert(end, f"{' ' * indent}- {_scalar(zh_title)}: {page}.md")
    translations = _line_index(lines, lambda line: line.strip() == "nav_translations:",
                               "mkdocs.yml has no nav_translations under the English language")
    entry_indent = len(lines[translations]) - len(lines[translations].lstrip()) + 2
    last = translations + 1
    while last < len(lines) and len(lines[last]) - len(lines[last].lstrip()) >= entry_indent and lines[last].strip():
        last += 1
    lines.insert(last, f"{' ' * entry_indent}{_scalar(zh_title)}: {_scalar(en_title)}")
    return "\n".join(lines)


def _line_index(lines: list[str], wanted, missing: str, start: int = 0) -> int:
    for index in range(start, len(lines)):
        if wanted(lines[index]):
            return index
    raise NewLessonError(missing)
