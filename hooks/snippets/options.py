"""What the check reports (mkdocs.yml's `extra: snippet_check:`, validated by settings.py)."""

from __future__ import annotations

from dataclasses import dataclass

LEVELS = ("error", "warning", "info", "style")


@dataclass(frozen=True)
class Options:
    # Lowest ShellCheck level reported for shell, console and RUN snippets.
    shell_severity: str = "warning"
    # Snippets are pieces of an interactive session, not scripts: a variable set in one
    # block is used in the next (SC2034, SC2154), and `cd dir || exit` would close the
    # reader's terminal (SC2164). Everything else ShellCheck says at warning level counts.
    shell_exclude: tuple[str, ...] = ("SC2034", "SC2154", "SC2164")
    # Lowest level of hadolint's own best-practice rules reported; its warnings (pin every
    # apt package, tag every image) are advice for production files, not for teaching notes.
    dockerfile_severity: str = "error"
