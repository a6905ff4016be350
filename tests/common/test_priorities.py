"""The event order the build depends on (hooks/common/priorities.py), asserted against the
real handlers: ours, static-i18n's and Material's offline plugin."""

import importlib
import inspect

import pytest
import yaml
from material.plugins.offline.plugin import OfflinePlugin
from mkdocs_static_i18n.plugin import I18n
from project import ROOT

from common import priorities

DEFAULT = 0  # MkDocs' priority for a handler without @event_priority

# Which handler carries which constant.
EXPECTED = {
    ("editions", "on_config"): priorities.OFFLINE_SHIM,
    ("editions", "on_page_markdown"): priorities.DOWNLOAD_LINKS,
    ("editions", "on_files"): priorities.DOWNLOAD_FILES,
    ("editions", "on_post_build"): priorities.OFFLINE_INDEXES,
    ("reader_aids", "on_post_template"): priorities.LANGUAGE_404,
    ("search_per_language", "on_post_build"): priorities.SEARCH_INDEXES,
    ("security_headers", "on_post_build"): priorities.CONTENT_SECURITY_POLICY,
    ("translations", "on_files"): priorities.STATUS_PAGE,
    ("translations", "on_nav"): priorities.STATUS_PAGE,
    ("authoring_checks", "on_config"): priorities.REPORT_START,
    ("authoring_checks", "on_files"): priorities.READ_SOURCES,
    ("authoring_checks", "on_post_build"): priorities.REPORT_FLUSH,
    ("snippet_check", "on_post_build"): priorities.SNIPPETS_AWAITED,
    ("publishing", "on_config"): priorities.PUBLISH_START,
    ("publishing", "on_post_build"): priorities.PUBLISH_END,
}


def _entry_modules() -> list[str]:
    hooks = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)["hooks"]
    return [path.removeprefix("hooks/").removesuffix(".py") for path in hooks]


def _priority(handler) -> int:
    return getattr(handler, "mkdocs_priority", DEFAULT)


@pytest.mark.parametrize("event", ["on_config", "on_files", "on_nav", "on_post_page", "on_post_build"])
def test_static_i18n_still_runs_at_the_priority_we_order_against(event):
    assert _priority(getattr(I18n, event)) == priorities.I18N


def test_material_offline_plugin_still_configures_at_the_default_priority():
    assert _priority(OfflinePlugin.on_config) == DEFAULT < priorities.OFFLINE_SHIM


def test_search_indexes_replace_the_merged_index_after_static_i18n_wrote_it():
    assert priorities.SEARCH_INDEXES < priorities.I18N


def test_the_offline_edition_inlines_the_indexes_after_they_are_written():
    assert priorities.OFFLINE_INDEXES < priorities.SEARCH_INDEXES


def test_the_policy_hashes_the_site_after_every_other_post_build_wrote_it():
    others = [_priority(I18n.on_post_build)] + [
        _priority(hook.on_post_build) for hook in map(importlib.import_module, _entry_modules())
        if hook.__name__ not in ("security_headers", "publishing") and hasattr(hook, "on_post_build")
    ]  # publishing only moves the finished folder
    assert len(others) > 3 and priorities.CONTENT_SECURITY_POLICY < min(others)


def test_generated_files_join_after_static_i18n_picked_the_languages_files():
    assert priorities.STATUS_PAGE < priorities.I18N
    assert priorities.DOWNLOAD_FILES < priorities.I18N


def test_the_report_starts_before_any_check_and_is_given_after_all_of_them():
    assert priorities.REPORT_START > max(priorities.OFFLINE_SHIM, DEFAULT)
    assert priorities.SNIPPETS_AWAITED > priorities.REPORT_FLUSH  # the snippet findings are in it


def test_the_report_is_given_before_the_other_languages_are_built():
    assert priorities.REPORT_FLUSH > priorities.I18N


def test_unreadable_pages_are_taken_out_after_static_i18n_picked_the_files():
    assert priorities.STATUS_PAGE < priorities.READ_SOURCES < priorities.I18N


def test_publishing_redirects_the_build_first_and_publishes_after_everything_else():
    assert priorities.PUBLISH_START > priorities.REPORT_START
    assert priorities.PUBLISH_END < min(value for name, value in vars(priorities).items()
                                        if name.isupper() and name != "PUBLISH_END")


def test_late_hooks_run_after_the_default_priority_ones():
    assert priorities.DOWNLOAD_LINKS < DEFAULT
    assert priorities.LANGUAGE_404 < DEFAULT


@pytest.mark.parametrize("module", _entry_modules())
def test_every_handler_uses_a_named_priority(module):
    hook = importlib.import_module(module)
    for name, handler in inspect.getmembers(hook, inspect.isfunction):
        if name.startswith("on_"):
            assert _priority(handler) == EXPECTED.get((module, name), DEFAULT), f"{module}.{name}"


def test_every_named_priority_is_used_by_its_handler():
    assert {value for value in EXPECTED.values()} | {priorities.I18N} == {
        value for name, value in vars(priorities).items() if name.isupper()
    }
