"""What every concern shares: the build context, event priorities, UI strings per language,
the git history of the pages, a page's Markdown source read safely, and the problem type.

Nothing here registers MkDocs events; the entry modules beside this package do.
"""
