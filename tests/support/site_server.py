"""A static HTTP server for the built site that behaves like the published one.

Missing URLs get the 404 page of their language (`/en/...` -> `/en/404.html`), by
the rule `mkdocs serve` applies (hooks/reader/not_found.py) and nginx too; `one_404_page=True`
answers every missing URL with the root 404.html instead, as GitHub Pages does.
"""

from __future__ import annotations

import functools
import threading
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from reader import not_found


class _SiteHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args):  # keep pytest output readable
        pass

    def send_error(self, code, message=None, explain=None):
        if code != HTTPStatus.NOT_FOUND:
            return super().send_error(code, message, explain)
        page = Path(self.directory) / not_found.error_page(self.path, "/", self.server.language_prefixes)
        if not page.is_file():
            return super().send_error(code, message, explain)
        body = page.read_bytes()
        self.send_response(HTTPStatus.NOT_FOUND)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


class SiteServer:
    """Serve `root` on 127.0.0.1 at a free port, in a background thread."""

    def __init__(self, root: Path, one_404_page: bool = False):
        handler = functools.partial(_SiteHandler, directory=str(root))
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        # Languages with their own 404 page, as the build lays them out (en/404.html).
        self._httpd.language_prefixes = [] if one_404_page else [
            f"{folder.name}/" for folder in root.iterdir() if (folder / not_found.PAGE).is_file()
        ]
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}"

    def __enter__(self) -> "SiteServer":
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._httpd.shutdown()
        self._httpd.server_close()
