"""What our hooks need from Material's own front end: its translated strings, and its
page configuration script.

Material's JavaScript reads `base` from the page's `__config` script and loads
`<base>/search/search_index.json` from it (`.js` on file://), and resolves search
result links against it. static-i18n gives every language the site root as base,
so an English page would load the Chinese index. `rebase` moves English pages onto
`en/`, so they load `en/search/search_index.json`, whose locations are relative to
`en/`. Asset links are rendered from `base_url` by the templates and are not affected.
"""

from __future__ import annotations

import json
import re

from jinja2 import TemplateNotFound
from jinja2.utils import htmlsafe_json_dumps
from mkdocs.exceptions import PluginError

_CONFIG_SCRIPT = re.compile(r'(<script id="__config" type="application/json">)(.*?)(</script>)', re.S)


class ConfigScriptMissing(ValueError):
    """The page has no Material `__config` script to rebase."""


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


def language_base(base: str, prefix: str) -> str:
    """'../..' + 'en/' -> '../../en/'. The trailing slash matters: URL resolution
    against 'x/en' would drop 'en'."""
    return f"{base.rstrip('/')}/{prefix}" if prefix else base


def _config_script(html: str) -> re.Match:
    match = _CONFIG_SCRIPT.search(html)
    if match is None:
        raise ConfigScriptMissing("Material's <script id=\"__config\"> is not in the page")
    return match


def page_config(html: str) -> dict:
    """The settings Material's JavaScript reads from the page's `__config` script."""
    return json.loads(_config_script(html)[2])


def rebase(html: str, prefix: str) -> str:
    """The page with `base` in Material's `__config` moved to the language root `prefix`."""
    match = _config_script(html)
    config = json.loads(match[2])
    config["base"] = language_base(config["base"], prefix)
    return html[:match.start(2)] + str(htmlsafe_json_dumps(config)) + html[match.end(2):]
