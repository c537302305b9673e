"""Plain-Python Chinese text processing for the site (no Django).

Import the module you need: `zhtext.reprint` (repairing reprints), `zhtext.slugs`, `zhtext.script`.
Nothing is imported here, so a cheap module such as slugs does not load the repair stack.
"""
