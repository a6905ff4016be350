"""What a contributor's page must be before it is published: readable UTF-8, front matter that
parses, an English twin that is really a translation, and the lesson skeleton `./dev new` makes."""
