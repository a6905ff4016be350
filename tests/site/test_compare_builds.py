"""scripts/compare-builds: two builds compared file by file, apart from the dates a build stamps."""

import gzip
import subprocess
import sys

from project import ROOT

from site_compare import differences, normalised


def _site(folder, files: dict[str, bytes]):
    for name, data in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return folder


def test_last_updated_and_sitemap_dates_are_not_differences():
    page = b'<p>text</p><time datetime="2025-01-02">2025\xe5\xb9\xb41\xe6\x9c\x882\xe6\x97\xa5</time>'
    later = b'<p>text</p><time datetime="2026-12-01">December 1, 2026</time>'
    assert normalised("a/index.html", page) == normalised("a/index.html", later)
    assert normalised("sitemap.xml", b"<lastmod>2025-01-02</lastmod>") == normalised("sitemap.xml", b"<lastmod>2026-12-01</lastmod>")


def test_a_compressed_sitemap_is_compared_by_its_content():
    one = gzip.compress(b"<lastmod>2025-01-02</lastmod>", mtime=1)
    other = gzip.compress(b"<lastmod>2026-12-01</lastmod>", mtime=2)
    assert normalised("sitemap.xml.gz", one) == normalised("sitemap.xml.gz", other)


def test_a_changed_word_a_missing_file_and_an_extra_file_are_each_named(tmp_path):
    before = _site(tmp_path / "before", {"index.html": b"<p>old</p>", "gone.html": b"x", "same.css": b"y"})
    after = _site(tmp_path / "after", {"index.html": b"<p>new</p>", "new.html": b"x", "same.css": b"y"})
    assert differences(before, after) == [
        f"only in {before}: gone.html", f"only in {after}: new.html", "differs: index.html",
    ]


def test_the_script_finds_no_difference_between_a_revision_and_its_own_checkout(tmp_path):
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "--quiet", "--local", str(ROOT), str(clone)], check=True)
    (clone / "node_modules").symlink_to(ROOT / "node_modules")
    proc = subprocess.run([sys.executable, "scripts/compare-builds", "HEAD"], cwd=clone,
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "0 difference(s) between HEAD and the working tree" in proc.stdout
