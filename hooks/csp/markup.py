"""Pure: what in a page's HTML a strict policy has to know about.

- Inline scripts that run, and the 'sha256-…' source that lets each run.
- Inline code a hash cannot allow: event-handler attributes (onclick=…) and
  javascript: URLs would need 'unsafe-hashes' or 'unsafe-inline'; style="" attributes
  and <style> elements would need them in style-src. The site has none, and the build
  refuses a page that gains one, naming it, instead of publishing a page the browser
  silently breaks.

Our pages are generated (Jinja templates, Markdown), so text never holds a raw `<`: a
few regular expressions over the whole page, run in C, find what matters; only the
tags they pick out are taken apart in Python. That keeps a 1000-lesson build quick,
where html.parser would visit every one of its millions of tags.
"""

from __future__ import annotations

import base64
import hashlib
import re
from dataclasses import dataclass

# An attribute list, with quoted values taken whole: a `>` inside quotes does not end the tag.
_ATTRS = r"""(?:[^>"']|"[^"]*"|'[^']*')*"""

_MARKUP = re.compile(
    rf"""
    <!--.*?-->                                                   # a comment: nothing in it runs
    | <(?P<raw>script|style)(?=[\s/>])(?P<raw_attrs>{_ATTRS})>   # raw text: read up to its end tag
      (?P<text>.*?)</(?P=raw)(?=[\s/>])[^>]*>
    | <(?P<tag>[a-z][^\s/>]*)                                    # any other tag, but only one that seems
      (?={_ATTRS}?\s(?:(?:style|on[a-z]+)\s*=                    # to carry what the policy blocks
                     |(?:href|src|action|formaction|xlink:href)\s*=\s*["']?\s*javascript:))
      (?P<tag_attrs>{_ATTRS})>
    """,
    re.I | re.S | re.X,
)
_ATTR = re.compile(r"""([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?""")
_URL_ATTRS = {"href", "src", "action", "formaction", "xlink:href"}

# The HTML standard's JavaScript MIME type essences: a script of one of these types runs
# as a classic script; "module", "importmap" and "speculationrules" run too, and the
# policy checks them all as inline script. Any other type (application/json: Material's
# __config) is a data block that never runs.
_JAVASCRIPT_TYPES = {
    "application/ecmascript", "application/javascript", "application/x-ecmascript",
    "application/x-javascript", "text/ecmascript", "text/javascript", "text/javascript1.0",
    "text/javascript1.1", "text/javascript1.2", "text/javascript1.3", "text/javascript1.4",
    "text/javascript1.5", "text/jscript", "text/livescript", "text/x-ecmascript", "text/x-javascript",
}
_OTHER_RUNNING_TYPES = {"module", "importmap", "speculationrules"}


@dataclass(frozen=True)
class Script:
    attrs: dict[str, str]
    text: str
    line: int

    @property
    def runs_inline(self) -> bool:
        """True for an inline script the browser executes (not a data block, not one with src)."""
        if "src" in self.attrs:
            return False
        if "type" in self.attrs:
            kind = self.attrs["type"]
        elif self.attrs.get("language"):
            kind = "text/" + self.attrs["language"]
        else:
            kind = ""
        kind = kind.strip(" \t\n\f\r").lower()
        return kind == "" or kind in _JAVASCRIPT_TYPES or kind in _OTHER_RUNNING_TYPES


@dataclass(frozen=True)
class Blocked:
    """Inline code the strict policy blocks, at a 1-based line of the page."""

    line: int
    message: str


@dataclass(frozen=True)
class Markup:
    scripts: tuple[Script, ...]
    blocked: tuple[Blocked, ...]

    @property
    def running_scripts(self) -> list[str]:
        return [script.text for script in self.scripts if script.runs_inline]


def attributes(attr_text: str) -> dict[str, str]:
    """`name="x" defer` -> {"name": "x", "defer": ""}; names lower-cased, the first of a repeated name wins."""
    found: dict[str, str] = {}
    for name, double, single, bare in _ATTR.findall(attr_text):
        found.setdefault(name.lower(), double or single or bare)
    return found


def scan(html: str) -> Markup:
    scripts, blocked = [], []
    for match in _MARKUP.finditer(html):
        if match["raw"]:
            line = html.count("\n", 0, match.start()) + 1
            if match["raw"].lower() == "script":
                scripts.append(Script(attributes(match["raw_attrs"]), match["text"], line))
            else:
                blocked.append(Blocked(line, "<style> element: style-src 'self' blocks inline styles; "
                                             "put the rules in a stylesheet under docs/assets/stylesheets/"))
        elif match["tag"]:
            found = _blocked_attributes(match["tag"].lower(), attributes(match["tag_attrs"]))
            if found:
                line = html.count("\n", 0, match.start()) + 1
                blocked += [Blocked(line, message) for message in found]
    return Markup(tuple(scripts), tuple(blocked))


def _blocked_attributes(tag: str, attrs: dict[str, str]) -> list[str]:
    found = []
    for name, value in attrs.items():
        if name == "style":
            found.append(f"style attribute on <{tag}>: style-src 'self' blocks inline styles; "
                         "give the element a class styled in docs/assets/stylesheets/")
        elif name.startswith("on"):
            found.append(f"{name} attribute on <{tag}>: the policy runs no inline event handler; "
                         "add the listener from a script under docs/assets/javascripts/")
        elif name in _URL_ATTRS and re.match(r"\s*javascript:", value, re.I):
            found.append(f"javascript: URL in {name} of <{tag}>: the policy runs no inline script "
                         "from a URL; add a listener from a script under docs/assets/javascripts/")
    return found


def sha256_source(script: str) -> str:
    """The CSP source that allows exactly this inline script: 'sha256-<base64>'.

    The browser hashes the script's text as the HTML parser left it, and the parser
    turns every CRLF or lone CR into LF before anything else.
    """
    text = script.replace("\r\n", "\n").replace("\r", "\n")
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"
