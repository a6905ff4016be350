"""Shared fixtures: the real site built once per run, and throw-away project copies."""

from __future__ import annotations

from pathlib import Path

import pytest

from project import ROOT, copy_project, run_mkdocs_build


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The real notebook, built once with `mkdocs build --strict`, as it is published."""
    site = tmp_path_factory.mktemp("site") / "site"
    result = run_mkdocs_build(ROOT, site)
    assert result.ok, f"the strict build failed:\n{result.output}"
    return site


@pytest.fixture
def project_copy(tmp_path) -> Path:
    return copy_project(tmp_path / "project")
