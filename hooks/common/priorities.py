"""Every event priority the hooks rely on, in one place.

MkDocs runs an event's handlers from the highest priority to the lowest (default 0);
handlers of equal priority run in mkdocs.yml's `hooks:` order. Each constant says which
other handler it must run before or after; tests/common/test_priorities.py asserts
the order and that every handler carries its constant.
"""

from __future__ import annotations

# mkdocs-static-i18n's own on_config/on_files/on_nav/on_post_page/on_post_build.
I18N = -100

# publishing.on_config: point site_dir at the build's partial folder before anything reads it.
PUBLISH_START = 1000

# publishing.on_post_build: publish last, once every other post-build step (static-i18n's
# builds of the other languages, the search indexes, the offline edition) has written its files.
PUBLISH_END = -1000

# editions.on_config: list the offline edition's iframe-worker shim before Material's
# offline plugin (0) sees no shim listed and adds its CDN copy.
OFFLINE_SHIM = 100

# editions.on_page_markdown: fill the start page's download links last, so the other
# hooks see the start page as its author wrote it.
DOWNLOAD_LINKS = -50

# reader_aids.on_post_template: write a language's 404 page under its prefix after the
# page fixes (material_fixes, 0) have been applied to it.
LANGUAGE_404 = -100

# search_per_language.on_post_build: replace the merged index static-i18n (I18N) has just
# written with one index per language.
SEARCH_INDEXES = -105

# editions.on_files: add the download files after static-i18n (I18N) rebuilt the file list
# from docs/, which would drop files that live elsewhere.
DOWNLOAD_FILES = -110

# editions.on_post_build: inline the per-language search indexes (SEARCH_INDEXES) into the
# offline edition, after they are written.
OFFLINE_INDEXES = -110

# authoring_checks.on_config: start the build run's problem report before any check adds to it.
REPORT_START = 200

# snippet_check.on_post_build: wait for the check, which has run on the other CPU core while
# MkDocs rendered and wrote this language's pages into the build's partial folder (nothing is
# published before publishing.py's PUBLISH_END); before static-i18n (I18N) builds the others.
SNIPPETS_AWAITED = 60

# authoring_checks.on_post_build: report every problem the checks found, the snippet check's
# included (SNIPPETS_AWAITED), and stop there, before static-i18n (I18N) builds the other languages.
REPORT_FLUSH = 50

# authoring_checks.on_files: read every page after static-i18n (I18N) has picked this
# language's files, so a page that cannot be read is taken out of them before MkDocs reads it.
READ_SOURCES = -150

# security_headers.on_post_build: hash the inline scripts of the finished site, so after every
# other on_post_build that writes or changes pages: static-i18n's (I18N, which builds the other
# languages), the per-language indexes (SEARCH_INDEXES) and the offline edition (OFFLINE_INDEXES,
# which copies the iframe-worker shim whose iframe script is hashed too).
CONTENT_SECURITY_POLICY = -120

# translations.on_files/on_nav: add the generated status page after static-i18n (I18N)
# has picked this language's files, and fill it once the translated nav titles are known.
STATUS_PAGE = -200
