"""Snippet checking: find every fenced code block the way pymdownx.superfences does and
syntax-check it without running it.

Pure modules (console, placeholders, traps, dockerfile, data checks, report) know
nothing about MkDocs; fences are found by common.markdown_source, the walker every
hook shares. The checkers/ package and cache.py are the only I/O edges, and
../snippet_check.py wires everything into the MkDocs build.
"""
