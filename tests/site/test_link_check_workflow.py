"""The weekly link check (.github/workflows/links.yml) checks the outbound links of the site as
it is published, with lychee's official action, and stays out of pushes and the test run."""

from __future__ import annotations

import shlex

import pytest
import yaml

from project import ROOT

WORKFLOW = ROOT / ".github" / "workflows" / "links.yml"


@pytest.fixture(scope="module")
def workflow() -> dict:
    return yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))


def _triggers(workflow) -> dict:
    return workflow[True]  # YAML 1.1 reads the key `on` as true


def _lychee(workflow) -> dict:
    [step] = [s for s in workflow["jobs"]["links"]["steps"] if s.get("uses", "").startswith("lycheeverse/lychee-action@")]
    return step


def test_it_runs_on_a_schedule_and_by_hand_never_on_a_push(workflow):
    triggers = _triggers(workflow)
    assert set(triggers) == {"schedule", "workflow_dispatch"}
    assert len(triggers["schedule"][0]["cron"].split()) == 5


def test_it_checks_the_site_built_as_published(workflow):
    build = workflow["jobs"]["build"]
    publish = yaml.safe_load((ROOT / ".github" / "workflows" / "publish.yml").read_text(encoding="utf-8"))
    assert build["container"] == publish["jobs"]["build"]["container"]
    assert "./dev build" in [step.get("run", "").strip() for step in build["steps"]]
    [upload] = [s for s in build["steps"] if s.get("uses", "").startswith("actions/upload-artifact@")]
    [download] = [s for s in workflow["jobs"]["links"]["steps"] if s.get("uses", "").startswith("actions/download-artifact@")]
    assert upload["with"]["path"] == download["with"]["path"] == "site"
    assert workflow["jobs"]["links"]["needs"] == "build"


def test_lychee_checks_every_page_outbound_links_only(workflow):
    step = _lychee(workflow)
    assert step["uses"].split("@")[1].startswith("v")  # pinned to a release of the official action
    args = shlex.split(step["with"]["args"])
    assert "site/**/*.html" in args
    assert [args[i + 1] for i, arg in enumerate(args) if arg == "--scheme"] == ["https", "http"]
    assert "--exclude-loopback" in args


def test_a_broken_link_fails_the_run_and_files_its_report(workflow):
    steps = workflow["jobs"]["links"]["steps"]
    lychee = _lychee(workflow)
    later = steps[steps.index(lychee) + 1:]
    assert all(step["if"] == f"steps.{lychee['id']}.outputs.exit_code != 0" for step in later)
    assert any(step.get("run") == "exit 1" for step in later)
    assert any(step.get("with", {}).get("content-filepath") == "./lychee/out.md" for step in later)


def test_the_test_run_and_the_readme_know_about_it():
    assert "lychee" not in (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert ".github/workflows/links.yml" in (ROOT / "README.md").read_text(encoding="utf-8")
