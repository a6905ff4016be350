"""Shared fixtures: the real site built once per run, served as published, and throw-away project copies."""

from __future__ import annotations

from pathlib import Path

import pytest

from nginx_server import NGINX_MISSING, NginxServer
from project import ROOT, copy_project, run_mkdocs_build


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The real notebook, built once with `mkdocs build --strict`, as it is published."""
    site = tmp_path_factory.mktemp("site") / "site"
    result = run_mkdocs_build(ROOT, site)
    assert result.ok, f"the strict build failed:\n{result.output}"
    return site


@pytest.fixture(scope="session")
def nginx(built_site, tmp_path_factory):
    """The built site served by Debian's nginx with the image's configuration: its headers as published."""
    if NGINX_MISSING:
        pytest.fail("nginx is missing: run the tests through ./dev test, which installs Debian's nginx")
    with NginxServer(built_site, tmp_path_factory.mktemp("nginx")) as server:
        yield server


@pytest.fixture
def project_copy(tmp_path) -> Path:
    return copy_project(tmp_path / "project")
