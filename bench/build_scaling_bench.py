"""Whole-build scaling and live reload, with every feature on (not part of the test run).

    .venv/bin/python bench/build_scaling_bench.py                 # 100 and 1000 pages per language
    .venv/bin/python bench/build_scaling_bench.py --pages 100 300 # any sizes
    .venv/bin/python bench/build_scaling_bench.py --no-reload     # skip the live-reload measurement

The notebook is the real project (its mkdocs.yml with every plugin, hook,
feature and theme override, its start page and glossary) whose lessons are
replaced by the synthetic lessons of bench/snippet_check_bench.py, grouped
like the real nav: parts (header tabs) of chapters (sections) of lessons.
`--disable` turns build-speed features off in the copy only, to compare (e.g.
`--disable nav_prune` builds every page with the whole navigation; the features
are hooks/build_speed.py's options under `extra: build_speed:`).
For each size it times `mkdocs build --strict` and prints the time per page
and the ratio to the smallest size. Then it serves the smallest notebook
as ./dev serve does, edits one page, and times how long until the served page
shows the edit; then the same without the serve-time rebuild cache
(extra.build_speed.rebuild_cache: false), side by side.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(ROOT / "tests" / "support"))
sys.path.insert(0, str(BENCH))

from preview_server import PreviewServer, fetch  # noqa: E402
from project import copy_project  # noqa: E402
from snippet_check_bench import page, timed_build  # noqa: E402

# A big notebook is organised like the real one: parts (the header tabs) of
# chapters (nav sections) of lessons. 100 lessons make one part, 1000 make ten.
SECTION_SIZE = 10
PART_SIZE = 100
FEATURES = ("nav_prune", "template_cache", "rebuild_cache")  # hooks/speed/settings.py
KEEP = ("index", "glossary")  # real pages the synthetic notebook keeps: the start page and the glossary
TITLES = {
    "part": {"zh": "第 {n} 部分", "en": "Part {n}"},
    "chapter": {"zh": "第 {n} 章", "en": "Chapter {n}"},
    "lesson": {"zh": "第 {n} 课", "en": "Lesson {n}"},
}
# Every lesson ends with a self-check of 2-4 questions (hooks/reader/self_check.py).
SELF_CHECK = {
    "zh": '\n## 自测\n\n??? question "第 {n} 课的镜像叫什么？"\n\n    lesson{n}:v{n}\n\n'
          '??? question "容器停止后还在吗？"\n\n    在，直到 docker rm 删除它。\n',
    "en": '\n## Self-check\n\n??? question "What is lesson {n}\'s image called?"\n\n    lesson{n}:v{n}\n\n'
          '??? question "Is a stopped container still there?"\n\n    Yes, until docker rm removes it.\n',
}


def synthetic_nav(pages: int, appendix: dict) -> tuple[list, dict[str, str]]:
    """The nav (start page, parts of chapters of titled lessons, the real appendix) and its English titles."""
    nav, translations = [{"开始": "index.md"}], {"开始": "Start"}

    def title(kind: str, n: int) -> str:
        zh, en = TITLES[kind]["zh"].format(n=n), TITLES[kind]["en"].format(n=n)
        translations[zh] = en
        return zh

    for part_start in range(0, pages, PART_SIZE):
        chapters = []
        for first in range(part_start, min(part_start + PART_SIZE, pages), SECTION_SIZE):
            lessons = [{title("lesson", n): f"lessons/lesson-{n:04d}.md"}
                       for n in range(first, min(first + SECTION_SIZE, pages))]
            chapters.append({title("chapter", first // SECTION_SIZE + 1): lessons})
        nav.append({title("part", part_start // PART_SIZE + 1): chapters})
    return nav + [appendix], translations


class _Tagged:
    """A YAML value under a tag (!ENV, !!python/...) kept as written, to be written back unchanged."""

    def __init__(self, tag: str, node: yaml.Node, loader: yaml.SafeLoader):
        self.tag, self.kind = tag, type(node)
        self.value = (loader.construct_sequence(node, deep=True) if isinstance(node, yaml.SequenceNode)
                      else loader.construct_mapping(node, deep=True) if isinstance(node, yaml.MappingNode)
                      else loader.construct_scalar(node))


class _ConfigLoader(yaml.SafeLoader):
    pass


class _ConfigDumper(yaml.SafeDumper):
    pass


for _prefix in ("!", "tag:yaml.org,2002:python/"):
    _ConfigLoader.add_multi_constructor(_prefix, lambda loader, suffix, node: _Tagged(node.tag, node, loader))
_ConfigDumper.add_representer(_Tagged, lambda dumper, t: (
    dumper.represent_sequence(t.tag, t.value) if t.kind is yaml.SequenceNode
    else dumper.represent_mapping(t.tag, t.value) if t.kind is yaml.MappingNode
    else dumper.represent_scalar(t.tag, t.value)))


def make_notebook(dest: Path, pages: int, disabled: tuple[str, ...] = ()) -> Path:
    """The real project with `pages` synthetic lessons per language in place of its own."""
    if dest.exists():
        shutil.rmtree(dest)
    project = copy_project(dest)
    shutil.copytree(ROOT / "scripts", project / "scripts", ignore=shutil.ignore_patterns("__pycache__"))
    docs = project / "docs"
    for md in list(docs.rglob("*.md")):
        if md.name.split(".")[0] not in KEEP or md.parent != docs:
            md.unlink()
    for kept in docs.glob("*.md"):  # their links to the removed lessons become plain text
        text = kept.read_text(encoding="utf-8")
        kept.write_text(re.sub(r"\[([^\]]+)\]\((?!https?:)[^)]*\.md(#[^)]*)?\)", r"\1", text), encoding="utf-8")
    (docs / "lessons").mkdir()
    for n in range(pages):
        for lang in ("zh", "en"):
            lesson = page(lang, n) + SELF_CHECK[lang].format(n=n)
            (docs / "lessons" / f"lesson-{n:04d}.{lang}.md").write_text(lesson, encoding="utf-8")

    config_path = project / "mkdocs.yml"
    config = yaml.load(config_path.read_text(encoding="utf-8"), Loader=_ConfigLoader)
    if disabled:
        config.setdefault("extra", {})["build_speed"] = {feature: False for feature in disabled}
    appendix = config["nav"][-1]  # the real appendix: glossary and generated pages
    nav, titles = synthetic_nav(pages, appendix)
    config["nav"] = nav
    i18n = next(p["i18n"] for p in config["plugins"] if isinstance(p, dict) and "i18n" in p)
    for language in i18n["languages"]:
        if language["locale"] == "en":
            kept = {zh: en for zh, en in language["nav_translations"].items() if zh in str(appendix)}
            language["nav_translations"] = {**kept, **titles}
    config_path.write_text(yaml.dump(config, Dumper=_ConfigDumper, allow_unicode=True, sort_keys=False),
                           encoding="utf-8")
    # Record every English page as translating today's Chinese, as a translator would.
    subprocess.run([sys.executable, "scripts/translation", "mark", "--all"], cwd=project, check=True,
                   capture_output=True, text=True)
    return project


def live_reload_seconds(project: Path, edits: int = 3) -> list[float]:
    """Seconds from saving an edit to one lesson until `./dev serve` serves the edited page."""
    # The English page: an edit to the Chinese one would make its translation stale.
    source = project / "docs" / "lessons" / "lesson-0000.en.md"
    original = source.read_text(encoding="utf-8")
    times = []
    with tempfile.TemporaryDirectory(prefix="serve-") as workdir, PreviewServer(project, Path(workdir)) as server:
        time.sleep(2)  # let the watcher settle after the first build
        for attempt in range(edits):
            marker = f"reload-marker-{attempt}-{time.time_ns()}"
            source.write_text(original + f"\n{marker}\n", encoding="utf-8")
            start = time.perf_counter()
            while marker not in (fetch(f"{server.url}/en/lessons/lesson-0000/") or ""):
                if time.perf_counter() - start > 120:
                    raise SystemExit(f"the edit did not show within 120 s:\n{server.log()}")
                time.sleep(0.05)
            times.append(time.perf_counter() - start)
            time.sleep(1)
    source.write_text(original, encoding="utf-8")
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, nargs="+", default=[100, 1000], help="lessons per language")
    parser.add_argument("--no-reload", action="store_true", help="skip the live-reload measurement")
    parser.add_argument("--edits", type=int, default=3, help="edits timed per live-reload measurement")
    parser.add_argument("--disable", nargs="*", default=[], choices=FEATURES,
                        help="build-speed features to turn off (extra.build_speed)")
    args = parser.parse_args()
    sizes = sorted(args.pages)
    with tempfile.TemporaryDirectory(prefix="build-scaling-") as tmp:
        print(f"{'pages/lang':>10} {'wall s':>8} {'CPU s':>8} {'ms/page':>8} {'× smallest (wall/CPU)':>22}")
        base = None
        for pages in sizes:
            notebook = make_notebook(Path(tmp) / f"notebook-{pages}", pages, tuple(args.disable))
            wall, cpu = timed_build(notebook)
            base = base or (wall, cpu)
            print(f"{pages:>10} {wall:>8.1f} {cpu:>8.1f} {1000 * wall / (2 * pages):>8.1f} "
                  f"{wall / base[0]:>10.2f} / {cpu / base[1]:<9.2f}", flush=True)
        if not args.no_reload:
            # Side by side: the same notebook without the serve-time rebuild cache.
            uncached = make_notebook(Path(tmp) / "notebook-uncached", sizes[0], (*args.disable, "rebuild_cache"))
            for label, notebook in (("with", Path(tmp) / f"notebook-{sizes[0]}"), ("without", uncached)):
                times = live_reload_seconds(notebook, args.edits)
                print(f"live reload, {sizes[0]} pages/lang, {label} the rebuild cache: edit shown after "
                      + ", ".join(f"{t:.2f}" for t in times) + f" s (mean {sum(times) / len(times):.2f})", flush=True)


if __name__ == "__main__":
    main()
