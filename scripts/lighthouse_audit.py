"""Lighthouse audit of the published site: home and one lesson, zh and en, mobile and desktop.

Run it with `./dev audit` (not part of the test run: eight Lighthouse runs take
a few minutes). It builds the site strictly, serves it with the project's own
nginx configuration on 127.0.0.1 (gzip and cache headers as published), runs
Lighthouse from node_modules with Debian's Chromium, prints the score table
for the README and, for any run below 100, the audits that cost points.
Reports are kept under test-artifacts/lighthouse/.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

# The test helpers (nginx_server, project) and the hooks they import, as pytest.ini's pythonpath has them.
for folder in ("tests/support", "hooks"):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / folder))

from lighthouse_scores import lost_points, markdown_table, scores  # noqa: E402
from nginx_server import NginxServer  # noqa: E402
from project import ROOT, run_mkdocs_build  # noqa: E402

LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
CHROMIUM = "/usr/bin/chromium"
CHROME_FLAGS = ("--headless=new --no-sandbox --disable-gpu --disable-background-networking "
                "--disable-component-update --disable-sync --no-first-run")
REPORTS = ROOT / "test-artifacts" / "lighthouse"
DEVICES = {"mobile": [], "desktop": ["--preset=desktop"]}


def run_lighthouse(url: str, device: str, out: Path) -> dict:
    command = [
        str(LIGHTHOUSE), url, "--quiet", "--output=json", f"--output-path={out}",
        "--only-categories=performance,accessibility,best-practices,seo",
        f"--chrome-flags={CHROME_FLAGS}", *DEVICES[device],
    ]
    subprocess.run(command, check=True, env=dict(os.environ, CHROME_PATH=CHROMIUM), timeout=300)
    return json.loads(out.read_text(encoding="utf-8"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lesson", default="containers/", help="lesson page path under each language root")
    args = parser.parse_args()
    if not LIGHTHOUSE.exists():
        sys.exit("lighthouse is not installed: run ./dev audit, which runs npm ci first")

    REPORTS.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        server = NginxServer(site, Path(tmp) / "nginx")
        os.environ["SITE_URL"] = f"{server.url}/"  # canonical links and sitemap name the audited address
        build = run_mkdocs_build(ROOT, site)
        if not build.ok:
            sys.exit(f"the strict build failed:\n{build.output}")
        pages = ["", args.lesson, "en/", f"en/{args.lesson}"]
        rows, problems = [], []
        with server:
            for page in pages:
                for device in DEVICES:
                    name = (page.strip("/").replace("/", "_") or "home") + f".{device}.json"
                    report = run_lighthouse(f"{server.url}/{page}", device, REPORTS / name)
                    rows.append((f"/{page}", device, scores(report)))
                    problems += [f"/{page} {device}: {line}" for line in lost_points(report)]
                    print(f"/{page} {device}: {scores(report)}", file=sys.stderr)
    print(markdown_table(rows))
    if problems:
        print("\nPoints lost:\n" + "\n".join(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
