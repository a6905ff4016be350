"""The `mkdocs serve` preview: it notices every save, and keeps answering when a rebuild fails."""
