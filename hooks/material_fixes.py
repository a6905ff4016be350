"""MkDocs hook: fix what Material publishes where no configuration option reaches.

- Every HTML page (fixes.page_html): the search dialog gets an accessible name,
  task-list checkboxes are named after their item, and the per-page hreflang
  links leave <head>. Pages come through on_post_page; the 404 page is a theme
  template and comes through on_post_template instead.
- No source maps (fixes.source_maps): Material's `.map` files and their
  `sourceMappingURL` comments are not published.
"""

from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.exceptions import PluginError

from fixes import page_html, source_maps

log = logging.getLogger("mkdocs.hooks.material_fixes")


def _fix(html: str, where: str) -> str:
    try:
        html = page_html.name_search_dialog(html)
    except page_html.MarkupChanged as exc:
        raise PluginError(
            f"material_fixes: {where}: {exc}. Material's templates changed; "
            f"update hooks/fixes/page_html.py to match the new markup"
        ) from None
    return page_html.label_task_checkboxes(page_html.drop_head_alternates(html))


def on_post_page(output, page, **_):
    return _fix(output, page.file.src_uri)


def on_post_template(output_content, template_name, **_):
    if not template_name.endswith(".html"):
        return output_content
    return _fix(output_content, template_name)


def on_post_build(config, **_):
    # Material's files are all under assets/, and only a file that ships with a map
    # points to one, so each map leads to the one file to clean: no other file is
    # read, which keeps `mkdocs serve` rebuilds quick. tests/fixes/test_source_maps.py
    # checks every file of the built site.
    removed = 0
    for map_file in (Path(config.site_dir) / "assets").rglob("*.map"):
        mapped = source_maps.mapped_file(map_file)
        if mapped.suffix in source_maps.STRIPPED_SUFFIXES and mapped.is_file():
            text = mapped.read_text(encoding="utf-8")
            clean = source_maps.strip_source_map_comment(text)
            if clean != text:
                mapped.write_text(clean, encoding="utf-8")
        map_file.unlink()
        removed += 1
    log.debug("source maps: removed %d under %s", removed, config.site_dir)
