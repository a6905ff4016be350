"""When the per-page navigation is pruned: only for notebooks past the size limit."""

from speed.nav_size import count_pages, features_for

PRUNE, SECTIONS = "navigation.prune", "navigation.sections"


def test_pages_are_counted_through_sections():
    nav = [{"开始": "index.md"}, {"路径": ["a.md", {"乙": "b.md"}, {"丙": [{"丁": "c/d.md"}]}]}]
    assert count_pages(nav) == 4


def test_a_normal_sized_notebook_keeps_the_whole_navigation():
    features = ["navigation.tabs", SECTIONS]
    assert features_for(features, pages=15, limit=60) == features


def test_a_notebook_at_the_limit_keeps_the_whole_navigation():
    assert features_for([SECTIONS], pages=60, limit=60) == [SECTIONS]


def test_a_big_notebook_gets_a_pruned_navigation_with_folding_chapters():
    assert features_for(["navigation.tabs", SECTIONS], pages=61, limit=60) == ["navigation.tabs", PRUNE]


def test_pruning_is_not_added_twice():
    assert features_for([PRUNE], pages=1000, limit=60) == [PRUNE]


def test_the_real_notebook_is_built_with_its_whole_navigation(built_site):
    page = (built_site / "containers" / "index.html").read_text(encoding="utf-8")
    assert "md-nav__item--pruned" not in page
