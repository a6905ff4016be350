"""MkDocs hook: a 404 page in every language, each answering missing URLs under its prefix.

static-i18n renders the theme's 404.html once per language, all to the site root, so
the last language built wins. Here a non-default language's 404 page goes to
`<locale>/404.html` instead, and `mkdocs serve` answers a missing `/en/...` URL with
it (nginx and the test server apply the same rule). On hosts with one 404 page for the
whole site (GitHub Pages), a script in the default language's page sends such a reader
on. The choice of page is in not_found (pure).
"""

from __future__ import annotations

import threading
from pathlib import Path
from urllib.parse import urlsplit

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

import material_config
import not_found
import site_languages

# The dev server's error handler only gets the status code; each request runs in its
# own thread, so the requested path is kept per thread for it.
_request = threading.local()


# Late, so other hooks' fixes to the 404 page are in what is written under the prefix.
@event_priority(-100)
def on_post_template(output, template_name, config, **_):
    languages = site_languages.languages(config)
    if template_name != not_found.PAGE:
        return output
    if languages.current == languages.default:
        prefixes = [languages.prefix(locale) for locale in languages.built]
        script = not_found.redirect_script(urlsplit(config.site_url or "/").path, prefixes)
        return output.replace("</head>", f"{script}</head>", 1)
    try:
        output = material_config.rebase(output, languages.current_prefix)
    except material_config.ConfigScriptMissing as error:
        raise PluginError(f"language_404: the '{languages.current}' 404 page: {error}") from None
    target = Path(config.site_dir) / languages.current_prefix / not_found.PAGE
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(output, encoding="utf-8")
    # MkDocs writes a template's output to the site root unless it is empty: returning
    # nothing keeps the default language's 404.html there.
    return ""


def on_serve(server, config, builder, **_):
    languages = site_languages.languages(config)
    prefixes = [languages.prefix(locale) for locale in languages.built]
    app, default_handler = server.get_app(), server.error_handler

    def remember_path(environ, start_response):
        _request.path = environ.get("PATH_INFO", "/")
        return app(environ, start_response)

    def error_handler(code):
        if code == 404:
            page = Path(server.root) / not_found.error_page(getattr(_request, "path", "/"), server.mount_path, prefixes)
            if page.is_file():
                return page.read_bytes()
        return default_handler(code)

    server.set_app(remember_path)
    server.error_handler = error_handler
    return server
