"""Pure checks that every page and nav title exists in every language.

Kept free of MkDocs imports so the rules are unit-tested on plain data.
"""

from __future__ import annotations


from common.page_names import split_language
from common.problems import Problem

__all__ = ["split_language", "page_problems", "nav_problems", "config_problems", "palette_problems", "nav_titles"]



def page_problems(markdown_paths: list[str], languages: list[str], docs_dir: str) -> list[Problem]:
    """Pages that lack a twin, or that carry no (or an unknown) language suffix."""
    present: dict[str, set[str]] = {}
    problems: list[Problem] = []
    for path in sorted(markdown_paths):
        base, lang = split_language(path)
        if lang is None or lang not in languages:
            expected = " or ".join(f"{base}.{code}.md" for code in languages)
            problems.append(Problem(
                f"{docs_dir}/{path}",
                f"a page must be named with its language suffix ({expected}); rename it",
            ))
            continue
        present.setdefault(base, set()).add(lang)
    for base, langs in sorted(present.items()):
        for missing in languages:
            if missing in langs:
                continue
            have = sorted(langs)[0]
            problems.append(Problem(
                f"{docs_dir}/{base}.{missing}.md",
                f"missing; {docs_dir}/{base}.{have}.md has no '{missing}' twin. "
                f"Every page exists in every language: add the translation",
            ))
    return problems


def nav_titles(nav: list | dict | str | None) -> list[str]:
    """Every section and page title in a MkDocs nav, depth first."""
    titles: list[str] = []
    if isinstance(nav, list):
        for item in nav:
            titles.extend(nav_titles(item))
    elif isinstance(nav, dict):
        for title, child in nav.items():
            titles.append(str(title))
            titles.extend(nav_titles(child))
    return titles


def nav_problems(nav, translations_by_language: dict[str, dict | None]) -> list[Problem]:
    """Nav titles without a translation, and translations of titles that no longer exist."""
    titles = nav_titles(nav)
    problems: list[Problem] = []
    for lang, translations in sorted(translations_by_language.items()):
        translations = translations or {}
        where = f"mkdocs.yml: plugins.i18n.languages[{lang}].nav_translations"
        for title in titles:
            if not str(translations.get(title, "")).strip():
                problems.append(Problem(where, f"nav title '{title}' has no '{lang}' translation; add '{title}: <{lang} title>'"))
        for stale in sorted(set(translations) - set(titles)):
            problems.append(Problem(where, f"'{stale}' translates a nav title that no longer exists; remove it"))
    return problems


def config_problems(language_configs: dict[str, dict], required_keys: tuple[str, ...]) -> list[Problem]:
    """Site-level strings (site_name, ...) that a non-default language does not set."""
    problems: list[Problem] = []
    for lang, options in sorted(language_configs.items()):
        for key in required_keys:
            if not str(options.get(key) or "").strip():
                problems.append(Problem(
                    f"mkdocs.yml: plugins.i18n.languages[{lang}]",
                    f"'{key}' is not set, so the '{lang}' site would show the default language's; set it",
                ))
    return problems


def palette_problems(palette: list | dict | None, theme_overrides: dict[str, dict | None]) -> list[Problem]:
    """Palette toggle labels (read aloud and shown on hover) that a language leaves in the default language."""
    palette = palette if isinstance(palette, list) else [palette] if palette else []
    wanted = [i for i, scheme in enumerate(palette) if (scheme or {}).get("toggle", {}).get("name")]
    problems: list[Problem] = []
    for lang, theme in sorted(theme_overrides.items()):
        overrides = (theme or {}).get("palette") or []
        for index in wanted:
            name = overrides[index].get("toggle", {}).get("name") if index < len(overrides) else None
            if not str(name or "").strip():
                problems.append(Problem(
                    f"mkdocs.yml: plugins.i18n.languages[{lang}].theme.palette[{index}].toggle.name",
                    f"the palette toggle label '{palette[index]['toggle']['name']}' has no '{lang}' translation; set it",
                ))
    return problems
