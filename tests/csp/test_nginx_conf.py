"""The policy as the nginx header the container sends, and where the build leaves it (pure)."""

from __future__ import annotations

from pathlib import Path

import pytest

from csp.nginx import conf_path, header_conf


def test_the_header_file_lies_beside_the_site_not_in_it():
    assert conf_path(Path("/site")) == Path("/site.csp.conf")
    assert conf_path(Path("/work/project/site")) == Path("/work/project/site.csp.conf")


def test_the_policy_is_sent_on_every_response():
    conf = header_conf("default-src 'self'")
    assert "add_header Content-Security-Policy \"default-src 'self'\" always;\n" in conf


@pytest.mark.parametrize("policy", ['default-src "self"', "default-src $self", "a\\b", "a\nb"])
def test_a_policy_nginx_would_not_pass_through_unchanged_is_refused(policy):
    with pytest.raises(ValueError):
        header_conf(policy)
