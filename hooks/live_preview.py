"""MkDocs hook: the `mkdocs serve` preview notices every save (preview.watch)."""

from __future__ import annotations

from preview import watch


def on_startup(command, **_):
    if command == "serve":
        watch.install()
