"""The project on disk: where it is, how to build it, how to copy it for a test to break."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# What a project copy needs to build on its own.
PROJECT_FILES = ("mkdocs.yml", "glossary.yml", "docs", "hooks", "overrides", "package.json", "package-lock.json", "node_modules")


@dataclass
class BuildResult:
    returncode: int
    output: str
    site: Path

    @property
    def ok(self) -> bool:
        return self.returncode == 0


def run_mkdocs_build(project: Path, site: Path, *extra: str) -> BuildResult:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    proc = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site), *extra],
        cwd=project, env=env, capture_output=True, text=True, timeout=600,
    )
    return BuildResult(proc.returncode, proc.stdout + proc.stderr, site)


def copy_project(dest: Path) -> Path:
    """A private copy of the project that a test may break without touching the real one."""
    dest.mkdir(parents=True, exist_ok=True)
    for name in PROJECT_FILES:
        src = ROOT / name
        if src.is_dir():
            if name == "node_modules":
                (dest / name).symlink_to(src)
            else:
                shutil.copytree(src, dest / name, ignore=shutil.ignore_patterns("__pycache__"))
        elif src.exists():
            shutil.copy2(src, dest / name)
    return dest
