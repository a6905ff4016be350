"""A concern's options under `extra:` in mkdocs.yml, validated by MkDocs' own config_options."""

import pytest
from project import copy_project, run_mkdocs_build

from snippets.settings import options_from
from speed import settings as speed_settings


def test_no_options_give_the_defaults():
    assert options_from(None).shell_exclude == ("SC2034", "SC2154", "SC2164")


def test_a_value_outside_the_choices_names_the_key_and_the_choices():
    with pytest.raises(ValueError, match=r"extra.snippet_check.shell_severity: Expected one of: .*'style'.* but received: 'loud'"):
        options_from({"shell_severity": "loud"})


def test_an_unknown_option_is_refused_not_ignored():
    with pytest.raises(ValueError, match="extra.snippet_check: Unrecognised configuration name: shell_sevrity"):
        options_from({"shell_sevrity": "error"})


def test_a_shellcheck_code_must_look_like_one():
    with pytest.raises(ValueError, match="'2164' is not a ShellCheck code like SC2164"):
        options_from({"shell_exclude": ["2164"]})


def test_build_speed_switches_must_be_booleans():
    class Config:
        extra = {"build_speed": {"rebuild_cache": "no"}}

    with pytest.raises(ValueError, match="extra.build_speed.rebuild_cache: Expected type: <class 'bool'>"):
        speed_settings.of(Config())


def test_a_wrong_value_stops_the_build_with_one_readable_line(tmp_path):
    project = copy_project(tmp_path / "project")
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    assert "\nextra:" not in text  # the notebook sets no extra options today; this test appends them
    config.write_text(text + "\nextra:\n  snippet_check:\n    shell_severity: loud\n", encoding="utf-8")
    result = run_mkdocs_build(project, tmp_path / "site")
    assert not result.ok
    assert "mkdocs.yml: extra.snippet_check.shell_severity: Expected one of:" in result.output
    assert "Traceback" not in result.output
