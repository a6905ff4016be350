"""Every string the hooks and templates show readers, one table per language.

A language the site builds must have every string the others have: `missing`
lists what a language lacks, and the build refuses it (translations.on_config).
Templates read their section through the `ui_text` global (overrides/404.html).
"""

from __future__ import annotations

TEXT: dict[str, dict] = {
    "zh": {
        "permalink_title": "本节链接",
        "lesson": {"self_check": "自测", "sources": "参考资料"},
        "glossary": {"columns": ("中文术语", "English", "定义")},
        "not_found": {
            "title": "找不到这个页面",
            "lead": "你要找的页面不存在，可能已经改名或移动。",
            "home": "回到首页",
            "search": "也可以用页面顶部的搜索框找一找。",
        },
        "downloads": {
            "lead": "下载：",
            "zip": "离线版（zip，{size}）",
            "pdf": {"zh": "中文版 PDF（{size}）", "en": "英文版 PDF（English，{size}）"},
        },
        "book": {"html_lang": "zh-Hans", "edition": "中文版 · {date}", "contents": "目录",
                 "footer": "{title} · 第 {page} 页，共 {pages} 页"},
        "status": {
            "title": "翻译状态",
            "intro": "中文是原文，英文是译文。下表列出每个页面的英文译文是否跟得上中文："
                     "**最新**：英文译自当前的中文；"
                     "**过时**：翻译之后中文又改过，英文页顶部会提示读者；"
                     "**尚未翻译**：英文页还只是新建课程时生成的骨架；"
                     "**缺失**：还没有英文译文，或者英文页没有记录译自哪个中文版本。"
                     "本页在每次构建网站时生成。",
            "columns": ("页面", "英文译文", "中文最后修改"),
            "current": "最新",
            "stale": "过时",
            "untranslated": "尚未翻译",
            "missing page": "缺失：还没有英文页",
            "missing record": "缺失：没有记录译自哪个中文版本",
            "uncommitted": "尚未提交",
            "unknown": "未知",
            "no history": "这份副本没有 git 历史，所以不知道中文的修改日期；译文状态仍然准确。",
        },
        "preview": {
            "title": "预览：构建失败",
            "lead": "这次保存后的构建发现了下面的问题，网站没有更新。改好并保存后，本页会自动变回正常页面。",
            "no details": "构建停止了，但没有留下具体的问题说明；请看运行 ./dev serve 的终端。",
        },
        "notice": {
            "title": "本页译文可能已过时",
            "untranslated title": "本页尚未翻译",
            "stale": "翻译之后，本页的原文又有了改动，所以译文中可能有过时的内容。",
            "missing": "本页译文没有记录它译自原文的哪个版本，所以可能已经过时。",
            "untranslated": "本页还没有翻译，这里只是一个骨架。",
            "read": "最新内容请看{original}。",
            "original": "原文",
        },
    },
    "en": {
        "permalink_title": "Link to this section",
        "lesson": {"self_check": "Self-check", "sources": "Sources"},
        "glossary": {"columns": ("English term", "中文", "Definition")},
        "not_found": {
            "title": "Page not found",
            "lead": "The page you are looking for does not exist; it may have been renamed or moved.",
            "home": "Back to the start page",
            "search": "Or look for it with the search box at the top of the page.",
        },
        "downloads": {
            "lead": "Download:",
            "zip": "Offline edition (zip, {size})",
            "pdf": {"zh": "Chinese PDF (简体中文, {size})", "en": "English PDF ({size})"},
        },
        "book": {"html_lang": "en", "edition": "English edition · {date}", "contents": "Contents",
                 "footer": "{title} · page {page} of {pages}"},
        "status": {
            "title": "Translation status",
            "intro": "Chinese is the original and English the translation. The table shows whether each page's "
                     "English translation keeps up with the Chinese: "
                     "**current**: translated from the Chinese as it is now; "
                     "**stale**: the Chinese has changed since, and the English page warns its readers; "
                     "**not yet translated**: the English page is still the skeleton made with the new lesson; "
                     "**missing**: there is no English translation yet, or it does not record which version "
                     "of the Chinese it follows. This page is generated every time the site is built.",
            "columns": ("Page", "English translation", "Chinese last changed"),
            "current": "current",
            "stale": "stale",
            "untranslated": "not yet translated",
            "missing page": "missing: no English page yet",
            "missing record": "missing: no record of the Chinese version it follows",
            "uncommitted": "not yet committed",
            "unknown": "unknown",
            "no history": "This copy of the notebook has no git history, so when the Chinese changed is unknown; "
                          "the translation states are still exact.",
        },
        "preview": {
            "title": "Preview: the build failed",
            "lead": "The build after your last save found the problems below, so the site was not updated. "
                    "Fix them and save: this page turns back into the normal page by itself.",
            "no details": "The build stopped without saying why here; see the terminal running ./dev serve.",
        },
        "notice": {
            "title": "This translation may be out of date",
            "untranslated title": "This page is not translated yet",
            "stale": "The Chinese original of this page has changed since this English translation was last "
                     "brought up to date, so parts of it may be out of date.",
            "missing": "This English translation does not record which version of the Chinese original it follows, "
                       "so it may be out of date.",
            "untranslated": "This page has not been translated yet: what you see is its skeleton.",
            "read": "Read the {original} for the latest version.",
            "original": "Chinese original",
        },
    },
}


def _keys(table: dict, prefix: str = "") -> set[str]:
    found = set()
    for key, value in table.items():
        name = f"{prefix}{key}"
        found |= _keys(value, f"{name}.") if isinstance(value, dict) else {name}
    return found


def missing(languages: list[str], text: dict[str, dict] = TEXT) -> list[str]:
    """'<language>: <key>' for every string a language lacks that another one has."""
    wanted = set().union(*(_keys(table) for table in text.values()))
    problems = []
    for lang in languages:
        have = _keys(text.get(lang, {}))
        problems += [f"{lang}: {key}" for key in sorted(wanted - have)]
    return problems


def strings(lang: str, section: str | None = None):
    """The language's table, or one section of it."""
    table = TEXT[lang]
    return table if section is None else table[section]
