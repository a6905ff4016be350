"""What the check reports, read from mkdocs.yml's `extra: snippet_check:` (all keys optional)."""

from __future__ import annotations

from dataclasses import dataclass, fields

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

    @classmethod
    def from_mapping(cls, data: object) -> Options:
        """Options from the YAML mapping; ValueError names the bad key and the allowed values."""
        if data is None:
            return cls()
        if not isinstance(data, dict):
            raise ValueError("extra.snippet_check must be a mapping of options")
        known = {field.name for field in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ValueError(f"extra.snippet_check has unknown option(s) {', '.join(unknown)}; known: {', '.join(sorted(known))}")
        values = dict(data)
        for key in ("shell_severity", "dockerfile_severity"):
            if key in values and values[key] not in LEVELS:
                raise ValueError(f"extra.snippet_check.{key} is {values[key]!r}; use one of {', '.join(LEVELS)}")
        if "shell_exclude" in values:
            exclude = values["shell_exclude"]
            if not isinstance(exclude, list) or not all(isinstance(code, str) and code.startswith("SC") for code in exclude):
                raise ValueError("extra.snippet_check.shell_exclude must be a list of ShellCheck codes like SC2164")
            values["shell_exclude"] = tuple(exclude)
        return cls(**values)
