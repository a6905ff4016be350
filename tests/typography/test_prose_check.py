"""The prose check with the real autocorrect: what it reports, where, under which rule, what
it leaves alone, and what --fix makes of a page (typography.check, typography.house_rules)."""

from __future__ import annotations

import pytest

from typography import check
from typography.house_rules import HOUSE_RULES, OUR_RULES, RULES, Autocorrect


@pytest.fixture(scope="module")
def linter() -> Autocorrect:
    return Autocorrect()


def findings(source: str, linter, language: str = "zh", path: str = "docs/x.zh.md") -> list[str]:
    return [str(problem) for problem in check.check(path, source, language, linter)]


def test_a_finding_names_the_place_the_rule_and_the_fix(linter):
    assert findings("# 标题\n\n先用docker命令。\n", linter) == [
        "docs/x.zh.md:3:3: warning space-word: a space between Chinese and Latin letters or digits: "
        "'先用docker命令。' → '先用 docker 命令。'",
    ]


@pytest.mark.parametrize("source, rule", [
    ("运行`ls`命令。", "space-backticks"),
    ("中文,英文。", "fullwidth"),
    ("结束。 下一句。", "no-space-fullwidth"),
    ("**看日志。** 下一句。", "no-space-fullwidth"),
    ("文档的 “Pulls” 页面。", "no-space-fullwidth-quote"),
    ("用ＡＢＣ写。", "halfwidth-word"),
    ("他说「你好」。", "quote-marks"),
    ('他说"你好"。', "quote-marks"),
])
def test_each_house_rule_of_chinese_pages_is_checked(linter, source, rule):
    assert [f.split(" warning ")[1].split(":")[0] for f in findings(source, linter)] == [rule]


def test_column_of_a_change_after_markup_and_on_a_later_line(linter):
    [finding] = findings("第一行。\n- **粗体**与`code`相邻。\n", linter)
    assert finding.startswith("docs/x.zh.md:2:10: warning space-backticks:")  # before the backtick of `code`


@pytest.mark.parametrize("source", [
    "---\ntitle: 中文abc,标题\n---\n正文。\n",                    # front matter
    "正文。\n\n```bash\necho 中文abc,测试\n```\n",                 # fenced code
    '!!! tip "提示"\n\n    ```text\n    中文abc\n    ```\n',       # fenced code in an admonition
    "用 `中文abc,测试` 查看。\n",                                   # inline code
    "见 [文档](https://example.com/中文abc,x) 页。\n",              # a link's URL
    "见 https://example.com/中文abc,x 页。\n",                      # a URL in text
    '正文 <span title="属性abc,中文">文字</span>。\n',              # an HTML attribute
    "![图abc,中文](a.png)\n",                                       # an image's alt text
])
def test_code_front_matter_urls_and_attributes_are_never_checked(linter, source):
    assert findings(source, linter) == []


def test_the_prose_of_an_admonition_is_checked_not_taken_for_indented_code(linter):
    # autocorrect's own Markdown mode reads these indented lines as a code block and skips them.
    assert len(findings('!!! tip "提示"\n\n    正文abc写在这里。\n', linter)) == 1


def test_english_pages_are_not_held_to_chinese_spacing(linter):
    english = "The Chinese PDF (简体中文, 12 KB) says “镜像” means image; see 中文docs.\n"
    assert findings(english, linter, "en", "docs/x.en.md") == []


def test_english_pages_get_no_full_width_punctuation(linter):
    [finding] = findings("Run the command， then exit.\n", linter, "en", "docs/x.en.md")
    assert " warning halfwidth-punctuation: " in finding and "'ommand， then ' → 'ommand, then '" in finding


def test_chinese_list_punctuation_between_english_titles_is_house_style(linter):
    assert findings("- Docker Docs：[docker build](https://x.y/b)、[docker run](https://x.y/r)\n", linter) == []


def test_the_house_rules_are_autocorrect_rules_or_ours():
    assert set(HOUSE_RULES) == {"zh", "en"}
    assert all(rule in RULES or rule in OUR_RULES for rules in HOUSE_RULES.values() for rule in rules)


def test_fix_makes_the_changes_outside_markup_and_leaves_code_alone(linter):
    source = "使用**Docker**命令，运行`ls,中文`和[文档](https://x.y/中文,a)。\n他说「你好」。 结束\n\n```sh\necho 中文abc\n```\n"
    fixed = check.fix(source, "zh", linter)
    assert fixed == ("使用 **Docker** 命令，运行 `ls,中文` 和[文档](https://x.y/中文,a)。\n他说“你好”。结束\n\n"
                     "```sh\necho 中文abc\n```\n")
    assert check.fix(fixed, "zh", linter) == fixed
    assert findings(fixed, linter) == []


def test_a_change_that_would_touch_code_is_reported_but_not_made():
    def wants_code_changed(text, rules):  # a stand-in formatter whose one rule rewrites the placeholder
        return text.replace("x", "y") if "space-word" in rules else text
    source = "用 `ls` 查看。\n"
    assert check.fix(source, "zh", wants_code_changed) == source
    [problem] = check.check("docs/x.zh.md", source, "zh", wants_code_changed)
    assert (problem.line, problem.col) == (1, 4) and "→" not in problem.message


def test_english_pages_use_american_spelling_except_in_cited_titles(linter):
    source = ("Cgroups Organise processes; see [Best practises](https://example.com/a) "
              "and our [behaviour notes](a.md).\n")
    assert [f.split(": ", 1)[1] for f in findings(source, linter, "en", "docs/x.en.md")] == [
        "warning american-spelling: American spelling, as in Docker's documentation: 'Organise proc' → 'Organize proc'",
        "warning american-spelling: American spelling, as in Docker's documentation: 'ehaviour note' → 'ehavior note'",
    ]
    assert check.fix(source, "en", linter) == source.replace("Organise", "Organize").replace("behaviour", "behavior")


def test_chinese_pages_are_not_held_to_american_spelling(linter):
    assert findings("英国拼写 colour 不算错。\n", linter) == []


def test_the_glossary_english_fields_are_checked_for_spelling_only(linter):
    glossary = ("- zh: 镜像\n  en: colour\n  zh_def: 用${localEnv:变量名:默认值}给默认值。\n"
                "  en_def: 'A template, in the flavour you chose.'\n  en_aliases: [colours, image]\n")
    assert [f"{p.line}:{p.col} {p.code}" for p in check.check_glossary("glossary.yml", glossary, linter)] == [
        "2:11 american-spelling", "4:36 american-spelling", "5:20 american-spelling",  # the letters that change
    ]
    assert check.fix_glossary(glossary, linter) == glossary.replace("colour", "color").replace("flavour", "flavor")
