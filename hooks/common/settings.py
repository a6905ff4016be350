"""A concern's options in mkdocs.yml (`extra: <concern>: {...}`), validated by MkDocs' own
config_options, so a wrong value gets MkDocs' usual message naming the key."""

from __future__ import annotations

from mkdocs.config import base


def load(schema: type[base.Config], data: object, key: str) -> base.Config:
    """The options under `key`, validated by `schema`; ValueError names every wrong or unknown option."""
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ValueError(f"{key} must be a mapping of options, not {type(data).__name__}")
    config = schema(config_file_path=None)
    config.load_dict(data)
    errors, warnings = config.validate()
    problems = [f"{key}.{name}: {error}" for name, error in errors]
    problems += [f"{key}: {warning}" for _, warning in warnings]  # unknown option names
    if problems:
        raise ValueError("; ".join(problems))
    return config


def from_extra(config, schema: type[base.Config], name: str) -> base.Config:
    """`extra.<name>` of a loaded MkDocs config."""
    return load(schema, config.extra.get(name), f"extra.{name}")
