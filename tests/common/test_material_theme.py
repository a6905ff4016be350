"""Rebasing Material's front-end config onto a language root (pure)."""

import json
import re

import pytest

from common import material_theme as material_config

PAGE = ('<html><head></head><body><script id="__config" type="application/json">'
        '{"base": "../../..", "search": "../../../assets/x.js", "translations": {"a": "\\u003cb\\u003e"}}'
        '</script></body></html>')


def _config(html):
    return json.loads(re.search(r'<script id="__config" type="application/json">(.*?)</script>', html)[1])


def test_base_moves_to_the_language_root_with_a_trailing_slash():
    assert _config(material_config.rebase(PAGE, "en/"))["base"] == "../../../en/"


def test_an_absolute_base_moves_too():
    assert material_config.language_base("/", "en/") == "/en/"


def test_everything_else_in_the_config_is_kept():
    config = _config(material_config.rebase(PAGE, "en/"))
    assert config["search"] == "../../../assets/x.js"
    assert config["translations"] == {"a": "<b>"}


def test_the_rewritten_config_stays_safe_inside_a_script_tag():
    html = material_config.rebase(PAGE, "en/")
    assert "<b>" not in html


def test_a_page_without_materials_config_is_refused():
    with pytest.raises(material_config.ConfigScriptMissing):
        material_config.rebase("<html></html>", "en/")


def test_the_page_config_is_read_as_material_reads_it():
    config = material_config.page_config(PAGE)
    assert config["search"] == "../../../assets/x.js"
    assert config["translations"] == {"a": "<b>"}


def test_a_page_without_materials_config_has_no_page_config():
    with pytest.raises(material_config.ConfigScriptMissing):
        material_config.page_config("<html></html>")
