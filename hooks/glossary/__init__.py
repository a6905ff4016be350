"""The glossary: glossary.yml's entries, the glossary page's table and the hover tooltips."""
