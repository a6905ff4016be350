"""Publishing `site/` atomically: a build writes elsewhere and replaces site/ only when it succeeded."""
