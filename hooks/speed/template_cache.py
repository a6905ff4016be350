"""Compile the theme's templates once per process, not once per build.

MkDocs makes a fresh Jinja environment for every build; mkdocs-static-i18n
builds once per language and `mkdocs serve` rebuilds on every save, so
Material's ~90 templates were compiled again each time: about a tenth of a
rebuild. Jinja's bytecode cache is keyed on the template's name and checked
against its source, so an edited template (e.g. in overrides/) still recompiles.
"""

from __future__ import annotations

import jinja2


class MemoryBytecodeCache(jinja2.BytecodeCache):
    """Compiled templates kept in this process's memory."""

    def __init__(self) -> None:
        self._store: dict[str, bytes] = {}

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        data = self._store.get(bucket.key)
        if data is not None:
            bucket.bytecode_from_string(data)  # ignored by Jinja when the source changed

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        self._store[bucket.key] = bucket.bytecode_to_string()
