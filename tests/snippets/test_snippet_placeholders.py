"""Placeholders like <image> are accepted; real redirections stay what they are."""

from __future__ import annotations

import pytest

from snippets.placeholders import neutralise


@pytest.mark.parametrize(("text", "neutral"), [
    ("docker run <image>", "docker run xxxxxxx"),
    ("docker exec -it <容器名> sh", "docker exec -it xxxxx sh"),
    ("<registry>/<repo>:<tag>", "xxxxxxxxxx/xxxxxx:xxxxx"),
    ("docker logs <container-id>", "docker logs xxxxxxxxxxxxxx"),
])
def test_placeholders_become_plain_words(text, neutral):
    assert neutralise(text) == neutral


@pytest.mark.parametrize("text", ["sort < file", "cat <<EOF", "cat <<<word", "diff <(ls) <(ls)", "read x <&3", "a <<-END"])
def test_real_redirections_are_left_alone(text):
    assert neutralise(text) == text


def test_neutralising_keeps_every_column():
    text = "docker run <image> && docker tag <容器名> <registry>/<repo>:<tag>"
    neutral = neutralise(text)
    assert len(neutral) == len(text) and "<" not in neutral and neutral.index("&&") == text.index("&&")
