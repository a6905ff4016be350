"""The documented opt-out renders exactly like the block without it, apart from an invisible attribute."""

from __future__ import annotations

from snippet_support import site_markdown

from snippets.cache import Cache
from snippets.engine import check_documents
from snippets.options import Options

MARKED = '``` { .bash title="broken.sh" data-check="skip" }\necho "unclosed\n```\n'
PLAIN = '``` { .bash title="broken.sh" }\necho "unclosed\n```\n'


def test_opt_out_keeps_highlighting_and_title_and_adds_only_a_data_attribute():
    md = site_markdown()
    marked, plain = md.convert(MARKED), md.reset().convert(PLAIN)
    assert 'data-check="skip"' in marked
    assert marked.replace(' data-check="skip"', "") == plain
    assert '<span class="filename">broken.sh</span>' in plain and 'class="s2"' in plain  # title and Pygments colours


def test_a_misspelt_opt_out_is_an_error_naming_the_right_spelling():
    result = check_documents([("docs/a.md", '\n``` { .bash data-check="skp" }\necho "x\n```\n')], Options(), Cache(None))
    assert [str(finding) for finding in result.findings] == [
        'docs/a.md:2:1: error opt-out: data-check="skp" is not understood; write data-check="skip" to skip this block'
    ]
