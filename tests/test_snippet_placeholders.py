"""Placeholders like <image> are accepted; real redirections stay what they are."""

from __future__ import annotations

import pytest

from snippets.placeholders import neutralise, placeholders


@pytest.mark.parametrize(("text", "names"), [
    ("<image>", ["<image>"]),
    ("<容器名>", ["<容器名>"]),
    ("<registry>/<repo>:<tag>", ["<registry>", "<repo>", "<tag>"]),
    ("docker logs <container-id>", ["<container-id>"]),
])
def test_placeholders_are_recognised(text, names):
    assert placeholders(text) == names


@pytest.mark.parametrize("text", ["sort < file", "cat <<EOF", "cat <<<word", "diff <(ls) <(ls)", "read x <&3", "a <<-END"])
def test_real_redirections_are_left_alone(text):
    assert neutralise(text) == text


def test_neutralising_keeps_every_column():
    text = "docker run <image> && docker tag <容器名> <registry>/<repo>:<tag>"
    neutral = neutralise(text)
    assert len(neutral) == len(text) and "<" not in neutral and neutral.index("&&") == text.index("&&")
