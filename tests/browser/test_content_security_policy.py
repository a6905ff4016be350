"""Under the strict Content-Security-Policy nothing a reader does is blocked.

Every page of each language is loaded, from nginx with the headers the container sends
(and the pages' own <meta> policy) and from file:// in the offline edition (the <meta>
alone), then a reader uses what runs script: the learning-path checkboxes, a glossary
tooltip, a copy button, the palette toggle, the search (its worker started on first
use; the iframe-worker shim offline) and the language switcher. Chromium reports what
a policy blocks as a `securitypolicyviolation` event and as a console error (the only
trace of what it blocks inside the shim's iframe); both are recorded, along with every
other console error and uncaught exception, and there must be none.
"""

from __future__ import annotations

import json
import re
from contextlib import contextmanager
from pathlib import Path

import pytest

from csp import iframe_worker
from search.worker import worker_url
from edition import offline
from reader_actions import copy_first_console_block, hover_first_glossary_term, search, switch_language, tick
from site_pages import url_path

# Forwards the page's violation events to the test (init scripts run before the page's own).
REPORT_VIOLATIONS = """document.addEventListener("securitypolicyviolation", event => window.cspViolation({
    directive: event.effectiveDirective, blocked: event.blockedURI, sample: event.sample,
    page: event.documentURI, line: event.lineNumber}));"""

SEARCH_WORDS = {"zh": "镜像", "en": "image"}
OTHER_LANGUAGE = {"zh": "en", "en": "zh"}
PREFIXES = {"zh": "", "en": "en/"}


class Violations(list):
    """What the pages of one browser context reported: violations, console errors, uncaught exceptions."""

    def __init__(self, context):
        super().__init__()
        self.expected: list[str] = []
        context.expose_binding("cspViolation", lambda _source, v: self._record(
            f"securitypolicyviolation on {v['page']} line {v['line']}: {v['directive']} blocked "
            f"{v['blocked']} {v['sample']!r}"))
        context.add_init_script(REPORT_VIOLATIONS)
        context.on("console", self._console)
        context.on("weberror", lambda error: self._record(f"uncaught: {error.error}"))

    def _console(self, message):
        if message.type == "error" or re.search(r"Content.Security.Policy|Permissions.Policy", message.text, re.I):
            self._record(f"console {message.type} on {message.location.get('url')}: {message.text}")

    def _record(self, line: str) -> None:
        if not line.startswith(tuple(self.expected)):
            self.append(line)


@contextmanager
def nothing_blocked(violations):
    """Fail with what was blocked, also when a blocked script made a reader's action fail first."""
    try:
        yield
    finally:
        assert violations == [], "\n".join(violations)


@pytest.fixture
def watched(context):
    """A page of a fresh context, and what that context's pages report."""
    violations = Violations(context)
    page = context.new_page()
    page.requests = []
    page.on("request", lambda request: page.requests.append(request.url))
    yield page, violations
    page.close()


def settle(page) -> None:
    """Let the page finish what loading started (Material's bundle subscribes on its first frames)."""
    page.wait_for_load_state("load")
    page.evaluate("() => new Promise(done => requestAnimationFrame(() => setTimeout(done, 50)))")


def language_pages(site: Path, lang: str, *, skip=()) -> list[Path]:
    pages = [page for page in sorted(site.rglob("*.html")) if (page.relative_to(site).parts[0] == "en") == (lang == "en")]
    return [page for page in pages if page.name not in skip]


def page_with(site: Path, lang: str, *markers: str) -> Path:
    """The first page of a language whose HTML holds every marker."""
    for page in language_pages(site, lang):
        html = page.read_text(encoding="utf-8")
        if all(marker in html for marker in markers):
            return page
    pytest.fail(f"no {lang} page has {markers}")


# A glossary term (tooltip) and a console session (the copy button; its lexer marks prompts `gp`).
FEATURE_MARKERS = ("<abbr title=", '<span class="gp">')


def use_every_feature(page, lang: str, start_url: str, lesson_url: str) -> None:
    """What a reader does that runs script, from the start page and a lesson."""
    page.goto(start_url)
    item = page.locator("article .task-list-item").first
    tick(page, item)
    assert item.locator("input[type=checkbox]").is_checked()

    page.goto(lesson_url)
    definition, shown = hover_first_glossary_term(page)
    assert shown == definition
    assert copy_first_console_block(page).strip()

    scheme = lambda: page.get_attribute("body", "data-md-color-scheme")  # noqa: E731
    before = scheme()
    page.locator("form[data-md-component=palette] label:visible").first.click()
    assert scheme() != before

    assert search(page, SEARCH_WORDS[lang])
    page.keyboard.press("Escape")
    switch_language(page, OTHER_LANGUAGE[lang])
    settle(page)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_nothing_is_blocked_on_any_page_served_with_the_published_headers(watched, nginx, built_site, lang):
    page, violations = watched
    pages = language_pages(built_site, lang)
    lesson = page_with(built_site, lang, *FEATURE_MARKERS)
    with nothing_blocked(violations):
        for html in pages:
            response = page.goto(f"{nginx.url}{url_path(built_site, html)}")
            assert "content-security-policy" in response.headers, html
            settle(page)
        use_every_feature(page, lang, f"{nginx.url}/{PREFIXES[lang]}", f"{nginx.url}{url_path(built_site, lesson)}")
    assert any(re.search(r"/workers/search\.[^/]+\.js$", url) for url in page.requests)  # the real worker ran
    assert len(pages) > 10


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_nothing_is_blocked_on_any_page_of_the_offline_edition(watched, offline_site, lang):
    page, violations = watched
    # The 404 page links its assets from the site root (/assets/...), which file:// cannot
    # resolve; a reader of the offline edition never meets it.
    pages = language_pages(offline_site, lang, skip={"404.html"})
    lesson = page_with(offline_site, lang, *FEATURE_MARKERS)
    with nothing_blocked(violations):
        for html in pages:
            page.goto(html.as_uri())
            settle(page)
        use_every_feature(page, lang, (offline_site / PREFIXES[lang] / "index.html").as_uri(), lesson.as_uri())
    assert any(url.endswith(offline.SHIM_TARGET) for url in page.requests)  # search ran through the shim
    assert len(pages) > 10


def test_the_shims_iframe_runs_the_script_the_build_hashed(watched, offline_site):
    page, violations = watched
    lesson = offline_site / "en" / "dockerfile" / "run.html"
    page.goto(lesson.as_uri())
    with nothing_blocked(violations):
        search(page, SEARCH_WORDS["en"])
    ran = page.evaluate("() => [...document.querySelector('iframe').contentDocument.scripts]"
                        ".filter(script => !script.src).map(script => script.textContent)")
    shim = (offline_site / offline.SHIM_TARGET).read_text(encoding="utf-8")
    worker = worker_url(json.loads(page.locator("#__config").text_content())["search"])
    assert ran == iframe_worker.iframe_scripts(shim, worker)


def changed_palette_script(route, *, keep_meta: bool = True) -> None:
    """Serve the page with Material's palette script changed by one space, as an upgrade
    that changed it without a new hash in the policy would."""
    response = route.fetch()
    html = response.text()
    changed = html.replace('var palette=__md_get("__palette");', 'var palette=__md_get("__palette"); ', 1)
    assert changed != html, "Material's palette script is not in the page any more: pick another script"
    if not keep_meta:
        changed = re.sub(r'\s*<meta http-equiv="Content-Security-Policy"[^>]*>', "", changed, count=1)
    route.fulfill(response=response, body=changed)


def blocked_scripts(violations) -> list[str]:
    return [line for line in violations if line.startswith("securitypolicyviolation") and "script-src" in line]


def test_a_changed_script_is_blocked_by_the_header_alone_and_reported(watched, nginx):
    page, violations = watched
    page.route(f"{nginx.url}/en/", lambda route: changed_palette_script(route, keep_meta=False))
    page.goto(f"{nginx.url}/en/")
    settle(page)
    assert len(blocked_scripts(violations)) == 1, violations


def test_on_a_host_without_headers_the_meta_policy_blocks_a_changed_script(watched, pages_like_host):
    page, violations = watched
    page.route(f"{pages_like_host}/en/", changed_palette_script)
    response = page.goto(f"{pages_like_host}/en/")
    settle(page)
    assert "content-security-policy" not in response.headers
    assert len(blocked_scripts(violations)) == 1, violations


def test_the_404_redirect_runs_under_the_meta_policy_on_a_host_with_one_404_page(watched, pages_like_host):
    page, violations = watched
    missing = f"{pages_like_host}/en/no-such-page/"
    # The console reports the 404 status of the missing page itself, as it should.
    violations.expected.append(f"console error on {missing}: Failed to load resource")
    with nothing_blocked(violations):
        page.goto(missing)
        page.wait_for_url(f"{pages_like_host}/en/404.html")
        settle(page)
    assert page.locator("html").get_attribute("lang") == "en"
