"""Reading aids: a 404 page per language, the lessons' self-check, last-updated dates."""
