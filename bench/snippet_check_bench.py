"""How much the snippet check adds to a build (not part of the test run).

    .venv/bin/python bench/snippet_check_bench.py            # 100 and 1000 pages per language
    .venv/bin/python bench/snippet_check_bench.py --pages 50 # any sizes
    .venv/bin/python bench/snippet_check_bench.py --repeat 3 # best of 3 rounds (a busy machine)

For each size it generates a synthetic bilingual notebook (every page in Chinese and in
English, each with three shell snippets, one console session and one Dockerfile fragment,
all different), then times `mkdocs build --strict` without the snippet_check hook, with it
on a cold cache, and with it warm, and prints the times and the ratios to the build
without the hook. It also times the check alone (no cache), to show it grows linearly.

The generator (write_notebook) and the timer (timed_build) are importable, so other
benchmarks (whole-build scaling, live reload) can reuse them.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "hooks"))

# Each language's start page: mkdocs-static-i18n's strict build needs one per language.
HOME = {"zh": "# 基准笔记\n\n每一课都有几个代码片段。\n", "en": "# Benchmark notebook\n\nEvery lesson has a few snippets.\n"}
TEXT = {
    "zh": ("第 {n} 课：构建并运行镜像", "先构建镜像，再运行容器。占位符 <image> 是笔记的约定。", "在终端里会看到："),
    "en": ("Lesson {n}: build and run an image", "Build the image, then run a container. <image> is the notes' placeholder.", "In a terminal you see:"),
}

CONFIG = """\
site_name: Benchmark notebook
docs_dir: docs
strict: true
theme:
  name: material
  language: zh
  font: false
  features: [navigation.sections, content.code.copy]
markdown_extensions:
  - admonition
  - attr_list
  - md_in_html
  - pymdownx.details
  - pymdownx.highlight:
      anchor_linenums: true
  - pymdownx.superfences
  - pymdownx.tabbed:
      alternate_style: true
plugins:
  - search
  - i18n:
      docs_structure: suffix
      fallback_to_default: false
      languages:
        - {locale: zh, name: 简体中文, default: true, build: true}
        - {locale: en, name: English, build: true, site_name: Benchmark notebook (en)}
"""


def page(lang: str, n: int) -> str:
    """One lesson: 3 shell snippets, 1 console session, 1 Dockerfile fragment, all unique to page n."""
    title, intro, terminal = TEXT[lang]
    port = 8000 + n % 1000
    return f"""# {title.format(n=n)}

{intro}

```bash title="build-{n}.sh"
docker build -t lesson{n}:v{n} -f lessons/{n}/Dockerfile .
docker image ls lesson{n}
```

```bash
docker run --rm -d --name web{n} -p {port}:80 "lesson{n}:v{n}"
docker logs --tail 20 "web{n}"
```

!!! tip

    ```bash
    for i in $(seq 1 {n % 7 + 1}); do curl -fsS "http://localhost:{port}/health?try=$i"; done
    ```

{terminal}

```console
$ docker ps --filter "name=web{n}"
CONTAINER ID   IMAGE            STATUS
abc{n:05d}     lesson{n}:v{n}   Up 3 seconds
$ docker stop web{n}
web{n}
```

```dockerfile
FROM python:3.12-slim
WORKDIR /app{n}
COPY requirements-{n}.txt .
RUN pip install --no-cache-dir -r requirements-{n}.txt && \\
    useradd --create-home lesson{n}
USER lesson{n}
CMD ["python", "-m", "lesson{n}"]
```
"""


def write_notebook(dest: Path, pages: int, hook: bool = True) -> Path:
    """A bilingual notebook of `pages` pages per language at `dest`, with or without the hook."""
    if dest.exists():
        shutil.rmtree(dest)
    docs = dest / "docs"
    docs.mkdir(parents=True)
    for lang, text in HOME.items():
        (docs / f"index.{lang}.md").write_text(text, encoding="utf-8")
    for n in range(pages):
        for lang in TEXT:
            (docs / f"lesson-{n:04d}.{lang}.md").write_text(page(lang, n), encoding="utf-8")
    config = CONFIG
    if hook:
        shutil.copytree(ROOT / "hooks", dest / "hooks", ignore=shutil.ignore_patterns("__pycache__"))
        config += "hooks:\n  - hooks/snippet_check.py\n"
    (dest / "mkdocs.yml").write_text(config, encoding="utf-8")
    return dest


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed_build(project: Path) -> tuple[float, float]:
    """(wall seconds, CPU seconds of mkdocs and the checkers it ran) for `mkdocs build --strict`.

    CPU time is the steadier figure on a shared machine; wall time is what a person waits."""
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    start, cpu = time.perf_counter(), _children_cpu()
    proc = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(project / "site")],
                          cwd=project, env=env, capture_output=True, text=True)
    elapsed, cpu = time.perf_counter() - start, _children_cpu() - cpu
    if proc.returncode != 0:
        raise SystemExit(f"build of {project} failed:\n{proc.stdout}{proc.stderr}")
    return elapsed, cpu


def check_alone(project: Path) -> tuple[float, float, int]:
    """(wall seconds, CPU seconds, code blocks) for the check by itself, without a cache."""
    from snippets.cache import Cache
    from snippets.engine import check_paths
    from snippets.options import Options

    start, cpu = time.perf_counter(), time.process_time() + _children_cpu()
    result = check_paths([project / "docs"], project, Options(), Cache(None))
    return time.perf_counter() - start, time.process_time() + _children_cpu() - cpu, result.blocks


def measure(work: Path, pages: int, repeat: int = 1) -> dict[str, object]:
    """Best (lowest) wall and CPU time of `repeat` rounds of: no hook, hook cold, hook warm."""
    plain_project = write_notebook(work / f"plain-{pages}", pages, hook=False)
    project = write_notebook(work / f"hooked-{pages}", pages, hook=True)
    rounds = []
    for _ in range(repeat):  # interleaved, so a busy spell on the machine hits all three alike
        plain = timed_build(plain_project)
        shutil.rmtree(project / ".cache", ignore_errors=True)
        cold = timed_build(project)
        warm = timed_build(project)
        rounds.append((plain, cold, warm))
    best = [tuple(min(values) for values in zip(*column)) for column in zip(*rounds)]
    *alone, blocks = check_alone(project)
    return {"pages": pages, "plain": best[0], "cold": best[1], "warm": best[2], "check": alone, "blocks": blocks}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, nargs="+", default=[100, 1000], help="pages per language")
    parser.add_argument("--repeat", type=int, default=1, help="rounds per size; the best time of each kind is shown")
    args = parser.parse_args()
    print("times as wall / CPU seconds; ratios to the build without the hook")
    print(f"{'pages/lang':>10} {'blocks':>7} {'no hook':>13} {'hook, cold':>13} {'hook, warm':>13} "
          f"{'cold× wall/CPU':>15} {'warm× wall/CPU':>15} {'check alone':>13} {'CPU ms/block':>12}")
    with tempfile.TemporaryDirectory(prefix="snippet-bench-") as tmp:
        for pages in args.pages:
            r = measure(Path(tmp), pages, args.repeat)
            (pw, pc), (cw, cc), (ww, wc), (aw, ac) = r["plain"], r["cold"], r["warm"], r["check"]
            print(f"{pages:>10} {r['blocks']:>7} {pw:>6.1f}/{pc:<6.1f} {cw:>6.1f}/{cc:<6.1f} {ww:>6.1f}/{wc:<6.1f} "
                  f"{cw / pw:>7.3f}/{cc / pc:<7.3f} {ww / pw:>7.3f}/{wc / pc:<7.3f} {aw:>6.1f}/{ac:<6.1f} {1000 * ac / r['blocks']:>12.2f}",
                  flush=True)


if __name__ == "__main__":
    main()
