"""The search engine as the page starts it, asked about small indexes made for each question.

Each test gives the worker a few pages written to differ in one thing only, with the
built site's own index settings (separator, fields, pipeline, languages), and asks it
as the page does: what a reader finds, and in which order, whatever the notes say today.
Chinese text is given as Material's search plugin indexes it: cut into words (by
jieba) separated by zero-width spaces.
"""

from __future__ import annotations

import json

import pytest

ZH, EN = "search/search_index.json", "en/search/search_index.json"

# Starts the search worker the way Material's bundle does (the page's Worker is the
# one overrides/partials/lazy-search.html installs), sets it up with `config` and
# `docs`, and returns, for each query, the pages of its results in order.
RUN_WORKER = """async ([config, docs, queries]) => {
    const search = JSON.parse(document.getElementById("__config").textContent).search;
    const worker = new Worker(search);
    const ask = message => new Promise(answer => {
        const listener = event => { worker.removeEventListener("message", listener); answer(event.data); };
        worker.addEventListener("message", listener);
        worker.postMessage(message);
    });
    await ask({type: 0, data: {config, docs, options: {suggest: false}}});
    const found = {};
    for (const query of queries)
        found[query] = (await ask({type: 2, data: query})).data.items.map(group => group[0].location.split("#")[0]);
    worker.terminate();
    return found;
}"""


@pytest.fixture(scope="module")
def engine(chromium, site_url, built_site):
    """ask(index, docs, queries) -> {query: [page, ...]}, on one page for the module."""
    context = chromium.current().new_context()
    page = context.new_page()
    page.goto(f"{site_url}/")

    def ask(index: str, docs: list[dict], queries: list[str]) -> dict[str, list[str]]:
        config = json.loads((built_site / index).read_text(encoding="utf-8"))["config"]
        return page.evaluate(RUN_WORKER, [config, docs, queries])

    yield ask
    context.close()


def zh(*words: str) -> str:
    """Chinese text as Material's search plugin indexes it."""
    return "\u200b".join(words)


def page(name: str, title: str, text: str, *sections: tuple[str, str, str]) -> list[dict]:
    """A page's index entries: the page itself, then its sections (anchor, heading, text)."""
    return [{"location": f"{name}/", "title": title, "text": text}] + [
        {"location": f"{name}/#{anchor}", "title": heading, "text": body} for anchor, heading, body in sections]


FILLER = "<p>Some words about something else entirely, to give the page a body of its own.</p>"


@pytest.mark.parametrize("index", [ZH, EN])
def test_whole_english_words_and_what_a_reader_is_still_typing_are_found(engine, index):
    docs = page("a", "ENTRYPOINT", "<p>Configure the image and its emulation.</p>")
    queries = ["configure", "image", "images", "emulation", "entrypoint", "config", "emul"]
    found = engine(index, docs, queries)
    assert [query for query in queries if found[query] != ["a/"]] == []


def test_chinese_words_are_found_also_inside_longer_words(engine):
    docs = page("a", "ENTRYPOINT", f"<p>{zh('配置', '基础', '镜像', '的', '入口', '点')}</p>")
    found = engine(ZH, docs, ["镜像", "基础镜像", "入口"])
    assert [query for query, pages in found.items() if pages != ["a/"]] == []


def test_a_chinese_question_finds_the_page_with_its_words(engine):
    docs = (page("files-out", zh("取出", "文件"), f"<p>{zh('把', '容器', '里', '的', '文件', '复制', '到', '主机')}</p>")
            + page("other", zh("网络"), f"<p>{zh('发布', '端口')}</p>"))
    assert engine(ZH, docs, ["从容器里复制文件"])["从容器里复制文件"][:1] == ["files-out/"]


@pytest.mark.parametrize("index", [ZH, EN])
def test_flags_file_names_paths_and_image_references_find_the_page_that_has_them(engine, index):
    named = page("named", "Names", "<pre><code>docker build --build-arg PY=3.11 -t app .\n"
                                   "docker run -it --rm python:3.12-slim bash\n"
                                   "cat /etc/docker/daemon.json .dockerignore devcontainer.json\n</code></pre>")
    # The same words, but not as these names.
    words = page("words", "Words", "<p>Build an arg. It is a slim Python 3 image with 12 files; json, daemon, "
                                   "docker, etc. Ignore it: the container is dev, the env is it.</p>")
    queries = ["--build-arg", "-it", "/etc/docker/daemon.json", "daemon.json", ".dockerignore", "devcontainer.json",
               "python:3.12-slim"]
    found = engine(index, named + words, queries)
    assert {query: pages[:1] for query, pages in found.items()} == {query: ["named/"] for query in queries}


@pytest.mark.parametrize("index", [ZH, EN])
def test_no_operator_character_empties_the_results(engine, index):
    docs = page("a", "ENTRYPOINT", "<p>The entrypoint of the image.</p>")
    queries = [f"{operator}entrypoint" for operator in '+-~^:*"\\'] + [f"entrypoint{operator}" for operator in '+-~^:*"\\']
    queries += ["-entrypoint image", "entrypoint -image", "title:entrypoint", "entrypoint~2", "entrypoint^3"]
    found = engine(index, docs, queries)
    assert [query for query, pages in found.items() if pages != ["a/"]] == []


def test_a_page_with_the_query_in_a_heading_comes_before_a_passing_mention(engine):
    docs = (page("passing", "Moving data", FILLER, ("tools", "Tools", "<p>Among other tools there is docker cp, "
                                                                      "and rsync, and tar, and scp.</p>"))
            + page("heading", "Getting files out", FILLER, ("cp", "docker cp", "<p>Copies files out of a "
                                                                               "container to the host.</p>")))
    assert engine(EN, docs, ["docker cp"])["docker cp"][:1] == ["heading/"]


def test_a_page_that_teaches_a_command_comes_before_one_that_uses_it_once(engine):
    teaches = page("teaches", "Moving images", FILLER,
                   ("save", "To a file", "<p>Write the image to a file:</p><pre><code>docker save app | gzip &gt; app.tgz\n"
                                         "</code></pre><p>docker save keeps every tag.</p>"),
                   ("options", "Options", "<p>Options of docker save: -o writes to a file.</p>"
                                          "<pre><code>docker save -o app.tar app\n</code></pre>"),
                   ("platforms", "Platforms", "<pre><code>docker save --platform linux/amd64 app\n</code></pre>"))
    once = page("once", "Registries", FILLER,
                ("push", "Pushing", "<p>Push the image, or if you must, docker save it. Registries keep tags.</p>"))
    assert engine(EN, teaches + once, ["docker save"])["docker save"][:1] == ["teaches/"]


def test_words_side_by_side_come_before_scattered_words(engine):
    together = page("together", "Entering", FILLER, ("enter", "Entering", "<p>Run docker exec to open a shell in "
                                                                          "a running container, then leave it.</p>"))
    scattered = page("scattered", "Forms", FILLER, ("forms", "Forms", "<p>Run docker to open a container, then "
                                                                      "write the exec form in the file.</p>"))
    assert engine(EN, scattered + together, ["docker exec"])["docker exec"][:1] == ["together/"]


def test_a_whole_word_comes_before_a_longer_word_it_begins(engine):
    docs = (page("cpu", "Limits", "<p>Limit the cpu and the cpus of the container.</p>")
            + page("cp", "Copying", "<p>Copy with cp out of the container.</p>"))
    assert engine(EN, docs, ["cp"])["cp"][:1] == ["cp/"]
