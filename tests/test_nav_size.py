"""When the per-page navigation is pruned: only for notebooks past the size limit."""

from nav_size import PRUNE_FEATURE, count_pages, features_for


def test_pages_are_counted_through_sections():
    nav = [{"开始": "index.md"}, {"路径": ["a.md", {"乙": "b.md"}, {"丙": [{"丁": "c/d.md"}]}]}]
    assert count_pages(nav) == 4


def test_a_normal_sized_notebook_keeps_the_whole_navigation():
    assert features_for(["navigation.tabs"], pages=15, limit=60) == ["navigation.tabs"]


def test_a_notebook_at_the_limit_keeps_the_whole_navigation():
    assert PRUNE_FEATURE not in features_for([], pages=60, limit=60)


def test_a_big_notebook_gets_a_pruned_navigation():
    assert features_for(["navigation.tabs"], pages=61, limit=60) == ["navigation.tabs", PRUNE_FEATURE]


def test_pruning_is_not_added_twice():
    assert features_for([PRUNE_FEATURE], pages=1000, limit=60) == [PRUNE_FEATURE]


def test_the_real_notebook_is_built_with_its_whole_navigation(built_site):
    page = (built_site / "containers" / "index.html").read_text(encoding="utf-8")
    assert "md-nav__item--pruned" not in page
