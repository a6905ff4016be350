"""Compiled templates are shared between builds, and an edited template is compiled afresh."""

import jinja2

import build_speed
from speed.template_cache import MemoryBytecodeCache


def _render(cache, source: str) -> str:
    env = jinja2.Environment(loader=jinja2.DictLoader({"page.html": source}), bytecode_cache=cache)
    return env.get_template("page.html").render(title="容器")


def test_a_second_build_reuses_the_compiled_template(monkeypatch):
    cache = MemoryBytecodeCache()
    assert _render(cache, "<h1>{{ title }}</h1>") == "<h1>容器</h1>"
    compiled = []
    monkeypatch.setattr(jinja2.Environment, "compile", lambda *a, **k: compiled.append(a) or None)
    assert _render(cache, "<h1>{{ title }}</h1>") == "<h1>容器</h1>"
    assert compiled == []


def test_an_edited_template_is_compiled_again():
    cache = MemoryBytecodeCache()
    _render(cache, "<h1>{{ title }}</h1>")
    assert _render(cache, "<h2>{{ title }}</h2>") == "<h2>容器</h2>"


class _Config:
    def __init__(self, build_speed_options=None):
        self.extra = {"build_speed": build_speed_options} if build_speed_options else {}


def test_the_hook_installs_the_cache_on_every_environment():
    first, second = jinja2.Environment(), jinja2.Environment()
    config = _Config()
    assert build_speed.on_env(first, config).bytecode_cache is build_speed.on_env(second, config).bytecode_cache is not None


def test_the_cache_can_be_turned_off_to_compare():
    assert build_speed.on_env(jinja2.Environment(), _Config({"template_cache": False})).bytecode_cache is None
