"""The README sends a newcomer to real files: every project file or test it names exists.

Pages under docs/ are left out: the README names example pages (docs/page.zh.md) on purpose.
"""

from __future__ import annotations

import re

from project import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
CODE_FOLDERS = ("tests", "hooks", "scripts", "bench", "tools", "overrides", "nginx")
NAMED_PATH = re.compile(r"`((?:%s)/[^`\s]*)`" % "|".join(CODE_FOLDERS))
NAMED_TEST = re.compile(r"`(test_\w+\.py)`")


def test_every_project_path_the_readme_names_exists():
    named = sorted(set(NAMED_PATH.findall(README)))
    assert len(named) > 10, "the README should name the files it explains"
    missing = [path for path in named if not (ROOT / path.split("::")[0]).exists()]
    assert missing == [], f"README.md names files that do not exist: {missing}"


def test_every_test_file_the_readme_names_by_itself_exists_under_tests():
    named = sorted(set(NAMED_TEST.findall(README)))
    assert named, "the README should name the tests that keep its promises"
    missing = [name for name in named if not any((ROOT / "tests").rglob(name))]
    assert missing == [], f"README.md names test files that are not under tests/: {missing}"
