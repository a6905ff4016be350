"""Small, exact fixes to what Material publishes that no configuration option reaches."""
