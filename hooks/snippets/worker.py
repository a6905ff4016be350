"""The check as a separate process, for the MkDocs hook.

The hook starts it in on_pre_build and reads its answer in on_env, so the check runs on
another CPU core, in its own interpreter, while MkDocs renders the pages (a thread would
fight the build for Python's global lock). Request and answer are JSON:

    python -c "<start-up code>" '{"root": ..., "cache": ..., "options": {...}, "paths": [...]}'
    -> {"findings": [[path, line, col, severity, code, message], ...], "pages": n, ...}
    -> {"error": "ShellCheck is not installed ..."}
"""

from __future__ import annotations

import json
from dataclasses import asdict, astuple
from pathlib import Path

from .cache import Cache
from .checkers.tools import CheckerError, use_jobs
from .engine import Result, check_paths
from common.problems import Problem
from .options import Options


def request(root: Path, cache_dir: Path, options: Options, paths: list[Path], jobs: int = 0) -> str:
    """`jobs`: checker processes at once (0: one per core)."""
    return json.dumps({"root": str(root), "cache": str(cache_dir), "options": asdict(options),
                       "paths": [str(p) for p in paths], "jobs": jobs})


def answer(text: str) -> Result:
    """The worker's Result; CheckerError if the check could not run."""
    data = json.loads(text)
    if "error" in data:
        raise CheckerError(data["error"])
    findings = [Problem(*item) for item in data.pop("findings")]
    return Result(findings=findings, **data)


def main(argv: list[str]) -> int:
    data = json.loads(argv[0])
    use_jobs(data.get("jobs", 0))
    options = Options(**{**data["options"], "shell_exclude": tuple(data["options"]["shell_exclude"])})
    try:
        result = check_paths([Path(p) for p in data["paths"]], Path(data["root"]), options, Cache(Path(data["cache"])))
    except CheckerError as error:
        print(json.dumps({"error": str(error)}))
        return 0
    print(json.dumps({
        "findings": [astuple(finding) for finding in result.findings],
        "pages": result.pages, "blocks": result.blocks, "skipped": result.skipped, "checked": result.checked,
    }, ensure_ascii=False))
    return 0
