"""Material's own translated strings, for any language, as its templates would show them."""

from __future__ import annotations

from jinja2 import TemplateNotFound
from mkdocs.exceptions import PluginError


def translation(config, locale: str, key: str) -> str:
    """Material's text for `key` in `locale`, falling back to English like Material does."""
    env = config.theme.get_env()
    for name in (locale, locale.split("-")[0].split("_")[0], "en"):
        try:
            value = str(env.get_template(f"partials/languages/{name}.html").module.t(key))
        except TemplateNotFound:
            continue
        if value:
            return value
    raise PluginError(f"Material has no text for '{key}' in '{locale}' or English")
