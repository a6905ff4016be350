"""Pure rules for removing source maps from the published site.

Material ships its bundles with `.map` files and `sourceMappingURL` comments:
useful to Material's developers, dead weight (over 1 MB) to our readers, and
every comment left behind makes browsers' developer tools request a missing file.
"""

from __future__ import annotations

import re
from pathlib import PurePath

# `//# sourceMappingURL=x.map` (JavaScript) and `/*# sourceMappingURL=x.map */` (CSS),
# also the legacy `//@` form, on a line of their own or trailing the last statement.
_COMMENT = re.compile(r"[ \t]*(?://[#@] sourceMappingURL=[^\r\n]*|/\*[#@] sourceMappingURL=.*?\*/)[ \t]*(\r?\n)?")

STRIPPED_SUFFIXES = (".js", ".css")


def mapped_file(map_path: PurePath) -> PurePath:
    """The file a map belongs to: bundle.min.js.map -> bundle.min.js."""
    return map_path.with_suffix("")


def strip_source_map_comment(text: str) -> str:
    """The file without its sourceMappingURL comment(s); anything else is untouched."""
    return _COMMENT.sub("", text)
