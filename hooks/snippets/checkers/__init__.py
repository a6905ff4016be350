"""The I/O edge: external checker programs, each run once for a whole batch of snippets."""
