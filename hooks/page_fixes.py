"""MkDocs hook: apply page_html's fixes to every HTML page Material renders.

Pages come through on_post_page; the 404 page is a theme template and comes
through on_post_template instead.
"""

from __future__ import annotations

from mkdocs.exceptions import PluginError

import page_html


def _fix(html: str, where: str) -> str:
    try:
        html = page_html.name_search_dialog(html)
    except page_html.MarkupChanged as exc:
        raise PluginError(
            f"page_fixes: {where}: {exc}. Material's templates changed; "
            f"update hooks/page_html.py to match the new markup"
        ) from None
    return page_html.label_task_checkboxes(page_html.drop_head_alternates(html))


def on_post_page(output, page, **_):
    return _fix(output, page.file.src_uri)


def on_post_template(output_content, template_name, **_):
    if not template_name.endswith(".html"):
        return output_content
    return _fix(output_content, template_name)
