"""The GitHub Pages workflow runs the project's own commands, in the right order, and deploys site/."""

from __future__ import annotations

import re

import pytest
import yaml

from project import ROOT

WORKFLOW = ROOT / ".github" / "workflows" / "publish.yml"


@pytest.fixture(scope="module")
def workflow() -> dict:
    return yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))


def _build_runs(workflow) -> list[str]:
    return [step["run"].strip() for step in workflow["jobs"]["build"]["steps"] if "run" in step]


def _uses(job) -> list[str]:
    return [step["uses"].split("@")[0] for step in job["steps"] if "uses" in step]


def _dev_commands() -> set[str]:
    """The subcommands ./dev's case statement accepts."""
    return set(re.findall(r"^  ([a-z]+)\)$", (ROOT / "dev").read_text(encoding="utf-8"), re.M))


def test_the_workflow_runs_the_readme_test_command(workflow):
    readme_command = re.search(r"^(\./dev test)\b", (ROOT / "README.md").read_text(encoding="utf-8"), re.M)[1]
    assert readme_command in _build_runs(workflow)


def test_every_dev_command_in_the_workflow_exists(workflow):
    used = {m for run in _build_runs(workflow) for m in re.findall(r"\./dev ([a-z]+)", run)}
    assert used and used <= _dev_commands(), f"./dev has no {sorted(used - _dev_commands())}"


def test_the_site_is_built_strictly_after_the_tests_and_the_offline_edition(workflow):
    runs = _build_runs(workflow)
    assert runs.index("./dev test") < runs.index("./dev offline") < runs.index("./dev build")
    build_case = re.search(r"^  build\)\n(.*?)\n    ;;", (ROOT / "dev").read_text(encoding="utf-8"), re.M | re.S)[1]
    assert "mkdocs\" build --strict" in build_case


def test_the_built_site_folder_is_uploaded_and_deployed_to_pages(workflow):
    build, deploy = workflow["jobs"]["build"], workflow["jobs"]["deploy"]
    [upload] = [s for s in build["steps"] if s.get("uses", "").startswith("actions/upload-pages-artifact@")]
    assert upload["with"]["path"] == "site"
    assert "actions/deploy-pages" in _uses(deploy) and deploy["needs"] == "build"
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}


def test_the_published_site_url_comes_from_pages(workflow):
    [build_step] = [s for s in workflow["jobs"]["build"]["steps"] if s.get("run", "").strip() == "./dev build"]
    assert "steps.pages.outputs.base_url" in build_step["env"]["SITE_URL"]
    assert "SITE_URL" in (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
