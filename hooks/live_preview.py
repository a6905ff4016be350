"""MkDocs hook: the `mkdocs serve` preview notices every save (preview.watch), and after a
rebuild that failed it keeps answering, with a page that says why (preview.failure)."""

from __future__ import annotations

import logging

from common import context
from preview import failure, watch


def on_startup(command, **_):
    if command == "serve":
        watch.install()


class _Problems(logging.Handler):
    """The warnings and errors a rebuild logs, as (level, message)."""

    def __init__(self):
        super().__init__(level=logging.WARNING)
        self.found: list[tuple[str, str]] = []

    def emit(self, record):
        self.found.append((record.levelname.lower(), record.getMessage()))


def on_serve(server, config, builder, **_):
    languages = context.languages(config)
    failed: list[list[tuple[str, str]] | None] = [None]  # the last rebuild's problems, None once one succeeded
    rebuild = server.builder

    def guarded_rebuild(*args, **kwargs):
        problems = _Problems()
        logging.getLogger("mkdocs").addHandler(problems)
        try:
            rebuild(*args, **kwargs)
        except BaseException:
            failed[0] = problems.found
            # MkDocs keeps every request waiting for a good build: let them through to the failure page.
            with server._epoch_cond:
                server._visible_epoch = server._wanted_epoch
                server._epoch_cond.notify_all()
            raise
        else:
            failed[0] = None
        finally:
            logging.getLogger("mkdocs").removeHandler(problems)

    app = server.get_app()

    def failure_page(environ, start_response):
        path = environ.get("PATH_INFO", "/")
        if failed[0] is None or not failure.is_page_request(path):
            return app(environ, start_response)
        lang = failure.language_of(path, server.mount_path, list(languages.built), languages.default)
        body = server._inject_js_into_html(failure.page(lang, failed[0]), server._visible_epoch)
        start_response("500 Internal Server Error", [("Content-Type", "text/html; charset=utf-8"),
                                                     ("Content-Length", str(len(body)))])
        return [body]

    server.builder = guarded_rebuild
    server.set_app(failure_page)
    return server
