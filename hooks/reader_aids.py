"""MkDocs hook: what helps a reader find their way, in the page's own language.

- A 404 page per language (reader.not_found): static-i18n renders the theme's
  404.html once per language, all to the site root, so the last language built
  wins. A non-default language's 404 page goes to `<locale>/404.html` instead;
  `mkdocs serve` answers a missing `/en/...` URL with it (nginx and the test
  server apply the same rule), and on hosts with one 404 page for the whole site
  (GitHub Pages) a script in the default language's page sends such a reader on.
- Every lesson ends with its self-check (reader.self_check); the build refuses one that does not.
- Every page shows when it last changed (common.git_history, reader.dates); without
  git history, the file's modification date, and the build says so once.
- Heading permalinks and the templates' own strings (ui_text) in the page's language.
"""

from __future__ import annotations

import logging
import threading
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import urlsplit

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from common import context, git_history, priorities, report, ui_text
from common.material_theme import ConfigScriptMissing, rebase, translation
from reader import dates, not_found, self_check

log = logging.getLogger("mkdocs.hooks.reader_aids")

# Pages (path without language suffix) that are not lessons.
NOT_LESSONS = ("index", "glossary")

# Source path -> last change; filled in the default language's build, reused by the others.
_dates: dict[str, datetime] = {}
# Locale -> Material's "Last update" label. Looking it up compiles Material's language
# template (~10 ms), so once per language and build, not once per page.
_labels: dict[str, str] = {}
# The dev server's error handler only gets the status code; each request runs in its
# own thread, so the requested path is kept per thread for it.
_request = threading.local()


def on_files(files, config, **_):
    _labels.clear()
    languages = context.languages(config)
    if not languages.is_default:  # the same files were read in the default language's build
        return files
    _check_lessons(files, config, languages.default)
    _collect_dates(files, config)
    return files


def _check_lessons(files, config, default: str) -> None:
    checks: dict[str, dict[str, tuple[str, self_check.SelfCheck]]] = {}
    problems = []
    for page in context.source_pages(files, config):
        if page.base in NOT_LESSONS:
            continue
        check, page_problems = self_check.check_page(page.shown, page.text, page.lang)
        problems += page_problems
        if check is not None:
            checks.setdefault(page.base, {})[page.lang] = (page.shown, check)
    for twins in checks.values():
        if default in twins:
            original = twins.pop(default)
            problems += self_check.twin_problems(original, {path: check for path, check in twins.values()})
    report.current().add("lesson structure", problems)
    log.debug("self-check: %d lessons checked", len(checks))


def _collect_dates(files, config) -> None:
    docs_dir = Path(config.docs_dir).resolve()
    try:
        dates_by_path, reason = git_history.last_changes(docs_dir), "not committed yet"
    except git_history.NoHistory as error:
        dates_by_path, reason = {}, str(error)
    _dates.clear()
    without_history = 0
    for file in files.documentation_pages():
        if file.generated_by or not file.abs_src_path:
            continue
        when = dates_by_path.get(docs_dir / file.src_uri)
        if when is None:
            without_history += 1
            when = datetime.fromtimestamp(Path(file.abs_src_path).stat().st_mtime, timezone.utc)
        _dates[file.src_uri] = when
    if without_history:
        log.info("last updated: git has no date for %d page(s) (%s); they show their file modification date",
                 without_history, reason)


def on_page_markdown(markdown, page, config, **_):
    # toc.permalink_title is one string for the whole site, but the Markdown processor is
    # created anew for every page from mdx_configs, so setting it per page gives each language its own.
    lang = context.languages(config).current
    config.mdx_configs.setdefault("toc", {})["permalink_title"] = ui_text.strings(lang, "permalink_title")
    return markdown


def on_env(env, config, **_):
    env.globals["ui_text"] = ui_text.strings(context.languages(config).current)
    return env


def on_page_context(context_, page, config, **_):
    when = _dates.get(page.file.src_uri)
    if when is not None:
        locale = context.languages(config).current
        if locale not in _labels:
            _labels[locale] = translation(config, locale, "source.file.date.updated")
        page.meta["revision_date"] = dates.last_updated_html(when, locale, _labels[locale])
    return context_


# After the page fixes (material_fixes), so they are in what is written under the prefix.
@event_priority(priorities.LANGUAGE_404)
def on_post_template(output, template_name, config, **_):
    if template_name != not_found.PAGE:
        return output
    languages = context.languages(config)
    if languages.is_default:
        prefixes = [languages.prefix(locale) for locale in languages.built]
        script = not_found.redirect_script(urlsplit(config.site_url or "/").path, prefixes)
        return output.replace("</head>", f"{script}</head>", 1)
    try:
        output = rebase(output, languages.current_prefix)
    except ConfigScriptMissing as error:
        raise PluginError(f"reader_aids: the '{languages.current}' 404 page: {error}") from None
    target = Path(config.site_dir) / languages.current_prefix / not_found.PAGE
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(output, encoding="utf-8")
    # MkDocs writes a template's output to the site root unless it is empty: returning
    # nothing keeps the default language's 404.html there.
    return ""


def on_serve(server, config, builder, **_):
    languages = context.languages(config)
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
