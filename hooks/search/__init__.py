"""Search per language: one index per language, with settings that suit it."""
