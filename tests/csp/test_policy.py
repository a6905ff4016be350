"""The policy as text, for a header and for a <meta> (pure)."""

from __future__ import annotations

from csp.policy import render

A, B = "'sha256-AAAA'", "'sha256-BBBB'"


def test_the_header_policy_is_strict_and_allows_exactly_the_given_scripts():
    assert render([B, A, B]) == (
        f"default-src 'self'; script-src 'self' {A} {B}; style-src 'self'; img-src 'self' data:; "
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
    )


def test_the_meta_policy_leaves_out_what_browsers_ignore_in_a_meta():
    meta = render([A], meta=True)
    assert "frame-ancestors" not in meta
    assert meta == render([A]).removesuffix("; frame-ancestors 'none'")


def test_no_script_means_only_the_sites_own_files():
    assert "script-src 'self';" in render([])


def test_nothing_unsafe_is_ever_allowed():
    assert "unsafe" not in render([A]) + render([A], meta=True)
