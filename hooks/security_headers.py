"""MkDocs hook: a strict Content-Security-Policy, computed from the built site.

Once the whole run is written (every language; in the offline edition, the
iframe-worker shim too), every HTML file of the site is read back:
- the inline scripts it runs are hashed (csp.markup): Material's, the search's lazy
  start (overrides/partials/lazy-search.html), the 404 page's redirect, whatever a
  template or hook adds next. Nothing is written down by hand, so a Material upgrade
  or a changed script gets its new hash with the next build;
- in the offline edition, a page that loads the iframe-worker shim also allows the
  script the shim runs in its iframe for that page's search worker (csp.iframe_worker);
- the page gets the policy allowing exactly its own scripts as a <meta> (csp.page),
  for hosts that cannot send headers (GitHub Pages, file://);
- inline styles, event-handler attributes and javascript: URLs, which no hash can
  allow, stop the build with the file and line.
The policy allowing every page's scripts is then written beside the site as the nginx
header the container sends (csp.nginx; nginx/security-headers.conf includes it).

Not under `mkdocs serve`: the live-reload script it injects into every page is inline
and changes with every reload, so a policy would block it.
"""

from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from common import context, priorities
from common.material_theme import ConfigScriptMissing, page_config
from common.problems import Problem, listing
from csp import iframe_worker, markup, nginx, policy
from csp.page import NoHead, loaded_scripts, with_policy
from edition import offline
from search import worker as search_worker

log = logging.getLogger("mkdocs.hooks.security_headers")

_serving = False
# Site path of each page -> its Markdown source as shown to people, for the build's messages.
_sources: dict[str, str] = {}
# static-i18n builds the other languages inside the default language's on_post_build;
# the site is complete when the outermost build's on_post_build comes here.
_open_builds = 0


def on_startup(command, **_):
    global _serving
    _serving = command == "serve"


def on_pre_build(config, **_):
    global _open_builds
    if context.languages(config).is_default:  # a new run: forget builds a failed one left open
        _open_builds = 0
        _sources.clear()
    _open_builds += 1


def on_post_page(output, page, config, **_):
    if page.file.abs_src_path:
        _sources[page.file.dest_uri] = f"{context.docs_label(config)}/{page.file.src_uri}"
    return output


@event_priority(priorities.CONTENT_SECURITY_POLICY)
def on_post_build(config, **_):
    global _open_builds
    _open_builds -= 1
    if _open_builds or _serving:
        return
    site = Path(config.site_dir)
    shim_path = site / offline.SHIM_TARGET
    shim = shim_path.read_text(encoding="utf-8") if shim_path.is_file() else None
    every_page: set[str] = set()
    problems: list[Problem] = []
    pages = sorted(site.rglob("*.html"))
    for path in pages:
        name = path.relative_to(site).as_posix()
        html = path.read_text(encoding="utf-8")
        found = markup.scan(html)
        source = f" (written from {_sources[name]})" if name in _sources else ""
        shown = f"{context.published_site_dir(config).name}/{name}"
        problems += [Problem(shown, item.message + source, item.line) for item in found.blocked]
        hashes = {markup.sha256_source(text) for text in found.running_scripts}
        if shim is not None and offline.SHIM_TARGET in loaded_scripts(name, found.scripts):
            hashes |= {markup.sha256_source(text) for text in _shim_scripts(shim, html, name)}
        every_page |= hashes
        try:
            path.write_text(with_policy(html, policy.render(hashes, meta=True)), encoding="utf-8")
        except NoHead as error:
            raise PluginError(f"security_headers: {name}: {error}") from None
    if problems:
        raise PluginError(f"security_headers: {len(problems)} inline style(s) or script(s) that the "
                          f"Content-Security-Policy would block:\n{listing(problems)}")
    if context.is_offline_build(config):  # read from file://: no server, no header
        log.info("content security policy: %d pages, %d inline scripts, in each page's <meta>",
                 len(pages), len(every_page))
        return
    header = nginx.conf_path(site)
    header.write_text(nginx.header_conf(policy.render(every_page)), encoding="utf-8")
    log.info("content security policy: %d pages, %d inline scripts, in each page's <meta> and in %s for nginx",
             len(pages), len(every_page), header)


def _shim_scripts(shim: str, html: str, name: str) -> list[str]:
    try:
        worker = page_config(html).get("search")
        # The page starts our worker in place of Material's (overrides/partials/lazy-search.html).
        return iframe_worker.iframe_scripts(shim, search_worker.worker_url(worker)) if worker else []
    except ConfigScriptMissing as error:
        raise PluginError(f"security_headers: {name} loads the iframe-worker shim: {error}") from None
    except iframe_worker.ShimChanged as error:
        raise PluginError(
            f"security_headers: the iframe-worker shim ({offline.SHIM_SOURCE}) changed: {error}. "
            "Update hooks/csp/iframe_worker.py to find the inline script its iframe runs"
        ) from None
