"""Pure: every lesson ends with a self-check of 2–4 collapsible questions, in every language.

A lesson's Markdown must have one `## 自测` (Chinese) / `## Self-check` (English)
section, followed by nothing but an optional `## 参考资料` / `## Sources` section,
holding 2–4 `??? question "…"` blocks, each with its question as title and an
indented answer. Both language twins ask the same number of questions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from common import ui_text
from common.markdown_source import lines_outside_fences
from common.problems import Problem

FEWEST, MOST = 2, 4

_HEADING = re.compile(r"^(?P<level>#{1,6})[ \t]+(?P<title>.*?)(?:[ \t]*\{[^}]*\})?[ \t]*#*[ \t]*$")
_QUESTION = re.compile(r'^\?\?\?\+?[ \t]+question\b(?:[ \t]+"(?P<title>.*)")?[ \t]*$')


@dataclass(frozen=True)
class SelfCheck:
    line: int        # of the section's heading
    questions: int


def _h2_sections(lines: list[tuple[int, str]]) -> list[tuple[int, str, list[tuple[int, str]]]]:
    """Level-2 sections as (heading line, title, body lines)."""
    sections = []
    for number, text in lines:
        heading = _HEADING.match(text)
        if heading and len(heading["level"]) == 2:
            sections.append((number, heading["title"].strip(), []))
        elif sections:
            sections[-1][2].append((number, text))
    return sections


def _question_problems(path: str, body: list[tuple[int, str]]) -> tuple[int, list[Problem]]:
    count, problems = 0, []
    for index, (number, text) in enumerate(body):
        match = _QUESTION.match(text)
        if not match:
            continue
        count += 1
        if "](" in (match["title"] or ""):
            problems.append(Problem(path, line=number, message="a link in a question's title puts a control inside "
                                                                "the one that opens the answer, which keyboards and screen "
                                                                "readers cannot use; move the link into the answer"))
        if not (match["title"] or "").strip():
            problems.append(Problem(path, line=number, message="this question has no title, so readers would see a generic "
                                                  "one; write the question itself: ??? question \"<question>\""))
        answer = []
        for _, following in body[index + 1:]:
            if following.strip() and not following.startswith(("    ", "\t")):
                break
            answer.append(following.strip())
        if not any(answer):
            problems.append(Problem(path, line=number, message="this question has no answer; write it below, indented by four spaces"))
    return count, problems


def check_page(path: str, markdown: str, lang: str) -> tuple[SelfCheck | None, list[Problem]]:
    """The page's self-check (if it has one) and what is wrong with it."""
    strings = ui_text.strings(lang, "lesson")
    title, sources = strings["self_check"], strings["sources"]
    lines = lines_outside_fences(markdown)
    sections = _h2_sections(lines)
    where = [i for i, (_, heading, _) in enumerate(sections) if heading == title]
    how = (f"end the lesson with a '## {title}' section of {FEWEST}–{MOST} collapsible questions "
           f"(??? question \"…\" with the answer indented below); only '## {sources}' may follow it")
    if not where:
        last = next((number for number, text in reversed(lines) if text.strip()), 1)
        return None, [Problem(path, line=last, message=f"no '## {title}' section: {how}")]
    problems = [Problem(path, line=sections[i][0], message=f"a second '## {title}' section; keep one") for i in where[1:]]
    start, _, body = sections[where[0]]
    for line, heading, _ in sections[where[0] + 1:]:
        if heading not in (title, sources):
            problems.append(Problem(path, line=line, message=f"'## {heading}' comes after '## {title}': {how}"))
    count, question_problems = _question_problems(path, body)
    problems += question_problems
    if not FEWEST <= count <= MOST:
        problems.append(Problem(path, line=start, message=f"'## {title}' has {count} collapsible question(s); "
                                             f"write {FEWEST} to {MOST} (??? question \"…\")"))
    return SelfCheck(start, count), problems


def twin_problems(original: tuple[str, SelfCheck], translations: dict[str, SelfCheck]) -> list[Problem]:
    """Translations whose self-check asks a different number of questions than the original."""
    path, check = original
    return [
        Problem(twin, line=other.line, message=f"{other.questions} question(s), but the original {path} asks "
                                  f"{check.questions}; translate every question")
        for twin, other in sorted(translations.items()) if other.questions != check.questions
    ]
