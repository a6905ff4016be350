"""axe-core finds no violation on any page of the site, in either language or palette."""

from __future__ import annotations

import pytest

from project import ROOT
from site_pages import html_pages

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"

# Material picks the palette whose `media` matches the reader's system setting,
# so emulating that setting is how a reader with a dark desktop meets the site.
PALETTES = {"light": ("light", "default"), "dark": ("dark", "slate")}

RUN_AXE = """async () => {
    const result = await axe.run(document, {resultTypes: ["violations"]});
    return result.violations.map(v => ({
        id: v.id, impact: v.impact, help: v.help,
        targets: v.nodes.slice(0, 5).map(n => n.target.join(" ")),
    }));
}"""


def _violations_on_every_page(browser, site_url, built_site, color_scheme, scheme):
    if not AXE.is_file():
        pytest.fail(f"{AXE} is missing: run the tests through ./dev test, which runs npm ci")
    context = browser.new_context(color_scheme=color_scheme, viewport={"width": 1280, "height": 900})
    context.add_init_script(path=str(AXE))  # defines window.axe in every page, before the page's own scripts
    page = context.new_page()
    found = []
    try:
        pages = html_pages(built_site)
        assert len(pages) > 2, "the built site has no pages to check"
        for path in pages:
            page.goto(f"{site_url}{path}", wait_until="load")
            assert page.get_attribute("body", "data-md-color-scheme") == scheme, f"{path}: palette not applied"
            for v in page.evaluate(RUN_AXE):
                found.append(f"{path} [{color_scheme}] {v['id']} ({v['impact']}): {v['help']} at {v['targets']}")
    finally:
        context.close()
    return found


@pytest.mark.parametrize("palette", PALETTES)
def test_no_axe_violation_on_any_page(browser, site_url, built_site, palette):
    color_scheme, scheme = PALETTES[palette]
    violations = _violations_on_every_page(browser, site_url, built_site, color_scheme, scheme)
    assert violations == [], "\n".join(violations)
