"""Which 404 page answers a missing URL (pure rule shared by the dev server hook)."""

import pytest

from reader.not_found import error_page, redirect_script


@pytest.mark.parametrize("path, page", [
    ("/en/missing/", "en/404.html"),
    ("/en/dockerfile/nope", "en/404.html"),
    ("/en", "en/404.html"),
    ("/missing/", "404.html"),
    ("/english/", "404.html"),
    ("/", "404.html"),
])
def test_a_missing_url_gets_the_404_page_of_its_language(path, page):
    assert error_page(path, "/", ["", "en/"]) == page


def test_the_language_prefix_is_read_below_the_mount_path():
    assert error_page("/notes/en/missing/", "/notes/", ["", "en/"]) == "en/404.html"
    assert error_page("/notes/missing/", "/notes", ["", "en/"]) == "404.html"


def test_a_one_language_site_needs_no_redirect_script():
    assert redirect_script("/", [""]) == ""


def test_the_redirect_script_knows_the_mount_path_and_the_other_languages():
    script = redirect_script("/notes", ["", "en/"])
    assert '"/notes/"' in script
    assert '["en/"]' in script
