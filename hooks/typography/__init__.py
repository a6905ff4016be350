"""Chinese typography: what a reader of mixed Chinese and Latin text sees, and the house rules
for writing it.

- soft_breaks: a line break inside a Chinese sentence in the Markdown source renders as
  nothing (browsers show it as a space), a break between Latin words stays a space.
- prose: a page's Markdown source as the prose a reader reads (code, URLs, markup and
  attributes taken out), every character mapped back to its place in the file.
- house_rules, check: the prose check, autocorrect (huacnlee/autocorrect) with the house
  rules of each language, as findings at file positions and as fixes.
- cli: `scripts/check-prose [--fix]` for authors.

The MkDocs side is hooks/chinese_typography.py.
"""
