"""The editions beyond the website: the offline edition (file://), its print page and PDFs,
and the downloads offered on the start page."""
