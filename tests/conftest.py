"""Shared fixtures: the real site built once per run, served as published, and throw-away project copies."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from nginx_server import NGINX_MISSING, NginxServer
from project import ROOT, copy_project, run_mkdocs_build

from edition import files as edition_files

# Settings a developer's shell may carry that change what every build makes (mkdocs.yml reads
# the first two, hooks/edition/files.py the third), and git's pointers to a repository (set
# while git runs a hook) that would send the tests' git commands to the real one.
for _name in ("DOCS_OFFLINE", "SITE_URL", edition_files.DIST_ENV,
              "GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_OBJECT_DIRECTORY", "GIT_COMMON_DIR"):
    os.environ.pop(_name, None)

# Property tests: no per-example deadline (Hypothesis' default 200 ms is exceeded on a busy
# machine), no example database carried over from an earlier run, and the same examples on
# every run (derandomize), so a test run's outcome never depends on luck. Looking for new
# failing inputs is a separate, deliberate act: `./dev test --hypothesis-profile explore`
# (random examples, many more of them); pin what it finds with @example.
settings.register_profile("project", max_examples=300, deadline=None, database=None, derandomize=True,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("explore", settings.get_profile("project"), derandomize=False, max_examples=10000)
settings.load_profile("project")


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The real notebook, built once with `mkdocs build --strict`, as it is published.

    Without downloads: a dist/ left in the project by `./dev offline` (whole or interrupted)
    must not change it."""
    site = tmp_path_factory.mktemp("site") / "site"
    with pytest.MonkeyPatch.context() as env:
        env.setenv(edition_files.DIST_ENV, str(tmp_path_factory.mktemp("no-downloads")))
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
