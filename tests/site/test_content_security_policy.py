"""The built site's Content-Security-Policy allows every inline script its pages run.

Material's inline scripts (the palette, the storage scope, tab anchors) and ours
(the search's lazy start, the 404 page's redirect) change with an upgrade or an
edit; the build hashes whatever the pages hold. These tests read the pages with a
second HTML reader (tests/support/csp_support.py), so a script the build overlooked,
or one changed after the build hashed it, shows here; the browser tests then see
Chromium run them all.
"""

from __future__ import annotations

import re

from csp import nginx as csp_nginx
from csp_support import read_page, script_sources, unallowed_scripts
from csp.markup import sha256_source
from project import run_mkdocs_build


def header_policy(site) -> str:
    conf = csp_nginx.conf_path(site).read_text(encoding="utf-8")
    return re.search(r'add_header Content-Security-Policy "([^"]+)" always;', conf)[1]


def pages(site):
    return sorted(site.rglob("*.html"))


def test_every_page_carries_one_meta_policy_ahead_of_its_scripts(built_site):
    for page in pages(built_site):
        reader = read_page(page.read_text(encoding="utf-8"))
        assert len(reader.policies) == 1, page
        assert reader.first_script_at is None or reader.policy_at < reader.first_script_at, page
        assert "frame-ancestors" not in reader.policies[0], page  # ignored in a <meta>
        assert "unsafe" not in reader.policies[0], page


def test_every_inline_script_of_every_page_is_allowed_by_its_meta_and_by_the_header(built_site):
    header = header_policy(built_site)
    seen = 0
    for page in pages(built_site):
        html = page.read_text(encoding="utf-8")
        [meta] = read_page(html).policies
        assert unallowed_scripts(html, meta) == [], f"{page}: blocked by its <meta> policy"
        assert unallowed_scripts(html, header) == [], f"{page}: blocked by the nginx header"
        seen += len(read_page(html).scripts)
    assert seen > 2 * len(pages(built_site))  # Material runs several on every page


def test_each_page_allows_only_its_own_scripts(built_site):
    for page in pages(built_site):
        reader = read_page(page.read_text(encoding="utf-8"))
        own = {sha256_source(text) for text in reader.scripts}
        assert script_sources(reader.policies[0]) == {"'self'", *own}, page


def test_a_script_changed_after_the_build_is_caught(built_site):
    """What an upgrade that changed a script without a new hash would look like."""
    html = (built_site / "index.html").read_text(encoding="utf-8")
    [meta] = read_page(html).policies
    changed = html.replace('var palette=__md_get("__palette");', 'var palette=__md_get("__palette"); ', 1)
    assert changed != html
    [blocked] = unallowed_scripts(changed, meta)
    assert blocked.startswith('var palette=__md_get("__palette"); ')


def test_the_build_refuses_an_inline_style_and_names_the_page(project_copy, tmp_path):
    lesson = project_copy / "docs" / "containers.en.md"
    lesson.write_text(lesson.read_text(encoding="utf-8") + '\n<span style="color: red">red</span>\n', encoding="utf-8")
    result = run_mkdocs_build(project_copy, tmp_path / "site")
    assert not result.ok
    assert re.search(r"site/en/containers/index\.html:\d+: style attribute on <span>: style-src 'self' "
                     r"blocks inline styles; .* \(written from docs/containers\.en\.md\)", result.output), result.output
