"""The changed Chinese lines a translator is shown: real edits only, with their line numbers."""

from translation.diff import changed_lines

OLD = "# 标题\n\n第一句。\n第二句。\n\n```bash\ndocker run  -it ubuntu\n```\n"


def test_a_changed_line_is_shown_as_removed_and_added_with_its_numbers():
    new = OLD.replace("第二句。", "第二句改了。")
    assert changed_lines(OLD, new) == [["-    4 │ 第二句。", "+    4 │ 第二句改了。"]]


def test_an_added_line_is_numbered_in_the_new_version():
    new = OLD.replace("第一句。\n", "第一句。\n新的一句。\n")
    assert changed_lines(OLD, new) == [["+    4 │ 新的一句。"]]


def test_whitespace_only_edits_and_blank_lines_are_not_shown():
    new = OLD.replace("第一句。", "第一句。  ").replace("# 标题\n", "#  标题\n\n\n")
    assert changed_lines(OLD, new) == []


def test_spacing_inside_code_is_shown_because_it_can_change_the_command():
    new = OLD.replace("docker run  -it", "docker run -i t")
    assert changed_lines(OLD, new) == [["-    7 │ docker run  -it ubuntu", "+    7 │ docker run -i t ubuntu"]]
