"""Every benchmark still runs on main and prints its figures (at a tiny size: the figures
themselves are measured by hand, side by side, and quoted in the README)."""

from __future__ import annotations

import re
import subprocess
import sys

from project import ROOT

NUMBER = r"\d+(?:\.\d+)?"


def _run(script: str, *args: str) -> str:
    proc = subprocess.run([sys.executable, str(ROOT / "bench" / script), *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    return proc.stdout


def test_the_snippet_check_benchmark_prints_times_and_ratios_per_size():
    out = _run("snippet_check_bench.py", "--pages", "2", "3")
    for pages, blocks in ((2, 20), (3, 30)):
        row = rf"^\s+{pages}\s+{blocks}\s+{NUMBER}/{NUMBER}\s+{NUMBER}/{NUMBER}\s+{NUMBER}/{NUMBER}\s+{NUMBER}/{NUMBER}\s+{NUMBER}/{NUMBER}"
        assert re.search(row, out, re.M), out


def test_the_build_scaling_benchmark_prints_build_times_and_live_reload_side_by_side():
    out = _run("build_scaling_bench.py", "--pages", "2", "--edits", "1")
    assert re.search(rf"^\s+2\s+{NUMBER}\s+{NUMBER}\s+{NUMBER}\s+1\.00 / 1\.00", out, re.M), out
    for label in ("with", "without"):
        assert re.search(rf"{label} the rebuild cache: edit shown after {NUMBER} s \(mean {NUMBER}\)", out), out
