"""The published site ships no source maps, and the rule that strips them."""

from pathlib import PurePath

from fixes.source_maps import mapped_file, strip_source_map_comment


def test_the_built_site_contains_no_map_file(built_site):
    assert [p for p in built_site.rglob("*.map")] == []


def test_no_built_script_or_stylesheet_points_to_a_source_map(built_site):
    pointing = [p for suffix in ("*.js", "*.css") for p in built_site.rglob(suffix)
                if "sourceMappingURL" in p.read_text(encoding="utf-8")]
    assert pointing == []


def test_a_javascript_map_comment_is_stripped():
    assert strip_source_map_comment("let a=1;\n//# sourceMappingURL=bundle.min.js.map\n") == "let a=1;\n"


def test_a_css_map_comment_is_stripped():
    assert strip_source_map_comment("a{color:red}\n/*# sourceMappingURL=main.css.map */") == "a{color:red}\n"


def test_other_comments_are_kept():
    text = "// see https://example.org\n/* keep */ x();\n"
    assert strip_source_map_comment(text) == text


def test_a_map_belongs_to_the_file_named_before_its_suffix():
    assert mapped_file(PurePath("assets/bundle.a5f9.min.js.map")) == PurePath("assets/bundle.a5f9.min.js")
