"""Debian's nginx on 127.0.0.1 with the project's own server configuration.

The published configuration is `nginx/site.conf` (the body of a `server {}`
block) wrapped by `nginx/default.conf` in the Docker image. Here a small
wrapper supplies only what a throw-away local run needs (pid, logs, temp
paths, a free port, the document root) and includes the very same site.conf,
through the same relative path the image uses. Beside it, as in the image:
nginx/security-headers.conf and the Content-Security-Policy header the build of
the served site wrote beside it (csp.nginx.conf_path).
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
from pathlib import Path

from csp import nginx as csp_nginx
from local_port import free_port
from project import ROOT

NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
NGINX_MISSING = not Path(NGINX).exists()
NGINX_DIR = ROOT / "nginx"
SITE_CONF = NGINX_DIR / "site.conf"
SECURITY_HEADERS_CONF = NGINX_DIR / "security-headers.conf"
IMAGE_SERVER_CONF = NGINX_DIR / "default.conf"


def wrapper_conf(prefix: Path, server: str) -> str:
    """A complete nginx.conf around one server block, with every writable path under `prefix`."""
    temp_paths = "\n".join(
        f"    {kind}_temp_path {prefix / kind};" for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
    )
    # master_process off: one process that keeps the caller's user, so a root
    # test run can read its private temp dirs (a master would hand work to `nobody`).
    return f"""daemon off;
master_process off;
pid {prefix / "nginx.pid"};
error_log {prefix / "error.log"} warn;
events {{ worker_connections 256; }}
http {{
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
{temp_paths}
{server}
}}
"""


def local_server_block(port: int, site: Path) -> str:
    return f"""    server {{
        listen 127.0.0.1:{port};
        root {site};
        index index.html;
        include docker-notes/site.conf;
    }}"""


def image_server_block() -> str:
    """The Docker image's own server block, unchanged (it listens on 8080; `nginx -t` binds nothing)."""
    return f"    include {IMAGE_SERVER_CONF};"


def prepare_prefix(prefix: Path, site: Path) -> Path:
    """Lay out `prefix` like /etc/nginx in the image: docker-notes/ holds the project's
    site.conf and security-headers.conf, and the policy header built with `site`."""
    (prefix / "docker-notes").mkdir(parents=True, exist_ok=True)
    for source, name in ((SITE_CONF, "site.conf"), (SECURITY_HEADERS_CONF, "security-headers.conf"),
                         (csp_nginx.conf_path(site), Path(csp_nginx.INCLUDED_AS).name)):
        link = prefix / "docker-notes" / name
        if not link.is_symlink():  # the policy header may not be built yet: nginx reads it at start
            link.symlink_to(source)
    return prefix


def write_conf(prefix: Path, name: str, server: str, site: Path) -> Path:
    conf = prepare_prefix(prefix, site) / name
    conf.write_text(wrapper_conf(prefix, server), encoding="utf-8")
    return conf


def nginx_test(prefix: Path, conf: Path) -> subprocess.CompletedProcess:
    """`nginx -t` on a configuration: parses and checks it without serving."""
    return subprocess.run([NGINX, "-t", "-p", str(prefix), "-c", str(conf)],
                          capture_output=True, text=True, timeout=30)


class NginxServer:
    """Serve `site` with the project's nginx configuration for the duration of a `with` block."""

    def __init__(self, site: Path, prefix: Path):
        self.site = site
        self.prefix = prefix
        self.port = free_port()  # known before the server starts: a build may need its address
        self.conf: Path | None = None
        self._proc: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> "NginxServer":
        for attempt in range(3):  # free_port() finds a port that was free: another process may take it first
            if attempt:
                self.port = free_port()
            self.conf = write_conf(self.prefix, "nginx.conf", local_server_block(self.port, self.site), self.site)
            (self.prefix / "nginx.pid").unlink(missing_ok=True)
            self._proc = subprocess.Popen([NGINX, "-p", str(self.prefix), "-c", str(self.conf)],
                                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
            if self._wait_until_listening():
                return self
        raise RuntimeError("nginx found no free port in three tries")

    def _wait_until_listening(self) -> bool:
        """True once this nginx listens; False if its port was taken. nginx writes its pid file
        after it has bound its port, so a connection then reaches it, not another server."""
        pid_file = self.prefix / "nginx.pid"
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            if self._proc.poll() is not None:
                error = self._proc.stderr.read()
                if "Address already in use" in error:
                    return False
                raise RuntimeError(f"nginx exited at start:\n{error}")
            try:
                if pid_file.read_text().strip() == str(self._proc.pid):
                    socket.create_connection(("127.0.0.1", self.port), timeout=0.5).close()
                    return True
            except OSError:
                pass
            time.sleep(0.05)
        self.__exit__()
        raise RuntimeError(f"nginx did not listen on {self.url} within 10 s")

    def __exit__(self, *exc):
        if self._proc and self._proc.poll() is None:
            self._proc.terminate()
            self._proc.wait(timeout=10)
