"""Build speed: smaller navigation for big notebooks, templates compiled once per process,
and `mkdocs serve` rebuilds that reuse the unchanged pages' work."""
