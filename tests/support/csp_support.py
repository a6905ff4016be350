"""Reading a built page as a browser does, to check the policy the build gave it.

The inline scripts are found with the standard library's HTML parser, not with the
build's own scanner (hooks/csp/markup.py): a script that scanner missed would be
missing from the policy too, and only a second reader notices.
"""

from __future__ import annotations

from html.parser import HTMLParser

from csp.markup import sha256_source

# What the HTML standard runs as script, by type attribute (the build's tests cover the rest).
RUNNING_TYPES = {"", "text/javascript", "application/javascript", "module"}


class _PageReader(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.scripts: list[str] = []
        self.policies: list[str] = []
        self.first_script_at: int | None = None
        self.policy_at: int | None = None
        self._open: list[str] | None = None
        self._tags = 0

    def handle_starttag(self, tag, attrs):
        self._tags += 1
        attrs = dict(attrs)
        if tag == "meta" and (attrs.get("http-equiv") or "").lower() == "content-security-policy":
            self.policies.append(attrs.get("content") or "")
            self.policy_at = self._tags
        if tag == "script":
            if self.first_script_at is None:
                self.first_script_at = self._tags
            runs = "src" not in attrs and (attrs.get("type") or "").strip().lower() in RUNNING_TYPES
            self._open = [] if runs else None

    def handle_data(self, data):
        if self._open is not None:
            self._open.append(data)

    def handle_endtag(self, tag):
        if tag == "script" and self._open is not None:
            self.scripts.append("".join(self._open))
            self._open = None


def read_page(html: str) -> _PageReader:
    reader = _PageReader()
    reader.feed(html)
    reader.close()
    return reader


def script_sources(policy: str) -> set[str]:
    """The sources of a policy's script-src."""
    for directive in policy.split(";"):
        words = directive.split()
        if words and words[0] == "script-src":
            return set(words[1:])
    return set()


def unallowed_scripts(html: str, policy: str) -> list[str]:
    """The inline scripts of a page that `policy` would block."""
    allowed = script_sources(policy)
    return [text for text in read_page(html).scripts if sha256_source(text) not in allowed]
