"""The policy's <meta> in a page, and the scripts a page loads (pure)."""

from __future__ import annotations

import pytest

from csp.markup import scan
from csp.page import NoHead, loaded_scripts, with_policy

PAGE = """<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width">
    <script>early();</script>
  </head>
  <body><script src="../assets/app.js?v=1"></script></body>
</html>"""


def test_the_meta_follows_the_charset_and_precedes_every_script():
    html = with_policy(PAGE, "default-src 'self'")
    meta = '<meta http-equiv="Content-Security-Policy" content="default-src \'self\'">'
    assert html.index('<meta charset="utf-8">') < html.index(meta) < html.index("<script>")
    assert html.replace("\n    " + meta, "") == PAGE


def test_without_a_charset_the_meta_opens_the_head():
    html = with_policy("<html><head><title>x</title></head></html>", "default-src 'self'")
    assert html.startswith('<html><head>\n    <meta http-equiv="Content-Security-Policy"')


def test_the_policy_is_escaped_for_its_attribute():
    assert 'content="a &quot;b&quot; &amp; &lt;c&gt;"' in with_policy(PAGE, 'a "b" & <c>')


def test_a_page_without_head_is_refused():
    with pytest.raises(NoHead):
        with_policy("<p>fragment</p>", "default-src 'self'")


def test_loaded_scripts_are_site_paths_resolved_from_the_page():
    html = ('<script src="../assets/a.js?v=2"></script><script src="b.js#x"></script>'
            '<script src="https://cdn.example/c.js"></script><script src="/d.js"></script><script>inline()</script>')
    assert loaded_scripts("en/dockerfile/run.html", scan(html).scripts) == {
        "en/assets/a.js", "en/dockerfile/b.js",
    }
