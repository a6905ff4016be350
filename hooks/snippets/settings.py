"""mkdocs.yml's `extra: snippet_check:` options, declared and validated with MkDocs' own config_options.

Only the build's edge (snippet_check.py) and the command line (cli.py) read mkdocs.yml;
the worker gets a plain Options, so it never imports MkDocs.
"""

from __future__ import annotations

import re

from mkdocs.config import base
from mkdocs.config import config_options as c

from common import settings

from .options import LEVELS, Options

KEY = "extra.snippet_check"


class _ShellCheckCode(c.Type):
    def __init__(self):
        super().__init__(str)

    def run_validation(self, value):
        value = super().run_validation(value)
        if not re.fullmatch(r"SC\d{4}", value):
            raise c.ValidationError(f"'{value}' is not a ShellCheck code like SC2164")
        return value


class SnippetCheckConfig(base.Config):
    shell_severity = c.Choice(LEVELS, default=Options.shell_severity)
    shell_exclude = c.ListOfItems(_ShellCheckCode(), default=list(Options.shell_exclude))
    dockerfile_severity = c.Choice(LEVELS, default=Options.dockerfile_severity)


def options_from(data: object) -> Options:
    """Options from the YAML mapping under KEY; ValueError names the key, what is wrong and what is allowed."""
    config = settings.load(SnippetCheckConfig, data, KEY)
    return Options(
        shell_severity=config.shell_severity,
        shell_exclude=tuple(config.shell_exclude),
        dockerfile_severity=config.dockerfile_severity,
    )
