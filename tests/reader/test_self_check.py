"""The self-check rule for lesson pages (pure)."""

from project import run_mkdocs_build
from reader.self_check import check_page, twin_problems


def _lesson(self_check: str, tail: str = "\n## 参考资料\n\n- [Docker Docs](https://docs.docker.com/)\n") -> str:
    return "# 标题\n\n正文。\n\n## 正文小节\n\n内容。\n\n" + self_check + tail


def _questions(count: int, lang: str = "zh") -> str:
    heading = "## 自测" if lang == "zh" else "## Self-check"
    blocks = "".join(f'??? question "问题 {n}？"\n\n    答案 {n}。\n\n' for n in range(1, count + 1))
    return f"{heading}\n\n{blocks}"


def test_a_lesson_with_three_questions_before_its_sources_passes():
    check, problems = check_page("docs/a.zh.md", _lesson(_questions(3)), "zh")
    assert problems == [] and check.questions == 3


def test_the_self_check_heading_may_carry_an_explicit_id():
    check, problems = check_page("docs/a.zh.md", _lesson(_questions(2).replace("## 自测", "## 自测 {#self-check}")), "zh")
    assert problems == [] and check.questions == 2


def test_a_lesson_without_a_self_check_is_named_with_its_last_line():
    markdown = "# 标题\n\n正文。\n"
    check, problems = check_page("docs/a.zh.md", markdown, "zh")
    assert check is None
    assert [(p.path, p.line) for p in problems] == [("docs/a.zh.md", 3)]
    assert "'## 自测'" in problems[0].message


def test_one_question_is_too_few():
    _, problems = check_page("docs/a.zh.md", _lesson(_questions(1)), "zh")
    assert len(problems) == 1 and "has 1 collapsible question" in problems[0].message


def test_five_questions_are_too_many():
    _, problems = check_page("docs/a.zh.md", _lesson(_questions(5)), "zh")
    assert len(problems) == 1 and "has 5 collapsible question" in problems[0].message


def test_a_section_after_the_self_check_other_than_sources_is_refused():
    markdown = _lesson(_questions(2), tail="\n## 延伸阅读\n\n更多。\n")
    _, problems = check_page("docs/a.zh.md", markdown, "zh")
    assert len(problems) == 1 and "'## 延伸阅读' comes after '## 自测'" in problems[0].message
    assert problems[0].line == markdown.split("\n").index("## 延伸阅读") + 1


def test_an_open_admonition_does_not_count_as_a_collapsible_question():
    markdown = _lesson("## 自测\n\n!!! question \"问题？\"\n\n    答案。\n\n" + _questions(1)[len("## 自测\n\n"):])
    _, problems = check_page("docs/a.zh.md", markdown, "zh")
    assert [p.message.split(";")[0] for p in problems] == ["'## 自测' has 1 collapsible question(s)"]


def test_a_question_without_a_title_is_refused_naming_its_line():
    markdown = _lesson(_questions(2) + "??? question\n\n    答案。\n\n")
    _, problems = check_page("docs/a.zh.md", markdown, "zh")
    assert len(problems) == 1 and "no title" in problems[0].message
    assert problems[0].line == markdown.split("\n").index("??? question") + 1


def test_a_question_without_an_answer_is_refused():
    markdown = _lesson(_questions(2) + '??? question "没有答案？"\n\n')
    _, problems = check_page("docs/a.zh.md", markdown, "zh")
    assert len(problems) == 1 and "no answer" in problems[0].message


def test_headings_inside_code_blocks_are_not_sections():
    markdown = _lesson(_questions(2), tail="\n## 参考资料\n\n```bash\n## 自测\n```\n")
    _, problems = check_page("docs/a.zh.md", markdown, "zh")
    assert problems == []


def test_english_pages_use_the_english_titles():
    markdown = "# Title\n\n" + _questions(2, "en") + "## Sources\n\n- link\n"
    _, problems = check_page("docs/a.en.md", markdown, "en")
    assert problems == []
    _, problems = check_page("docs/a.en.md", markdown.replace("## Self-check", "## 自测"), "en")
    assert "no '## Self-check' section" in problems[0].message


def test_front_matter_is_skipped_and_line_numbers_still_count_it():
    markdown = "---\ntitle: x\n---\n" + _lesson(_questions(1))
    _, problems = check_page("docs/a.zh.md", markdown, "zh")
    assert problems[0].line == markdown.split("\n").index("## 自测") + 1


def test_a_translation_asking_fewer_questions_is_named():
    original, _ = check_page("docs/a.zh.md", _lesson(_questions(3)), "zh")
    translation, _ = check_page("docs/a.en.md", "# T\n\n" + _questions(2, "en"), "en")
    problems = twin_problems(("docs/a.zh.md", original), {"docs/a.en.md": translation})
    assert [(p.path, p.line) for p in problems] == [("docs/a.en.md", 3)]
    assert "2 question(s), but the original docs/a.zh.md asks 3" in problems[0].message


def test_a_lesson_losing_its_self_check_fails_the_build_naming_it(project_copy, tmp_path):
    lesson = next(p for p in sorted((project_copy / "docs").rglob("*.en.md")) if "\n## Self-check" in p.read_text("utf-8"))
    text = lesson.read_text(encoding="utf-8")
    lesson.write_text(text.replace("\n## Self-check", "\n## Questions"), encoding="utf-8")
    result = run_mkdocs_build(project_copy, tmp_path / "out")
    name = lesson.relative_to(project_copy).as_posix()
    assert not result.ok
    assert f"{name}:" in result.output and "'## Self-check'" in result.output
    assert "Traceback" not in result.output
