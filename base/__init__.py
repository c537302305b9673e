"""Shared by every app (the layer above zhtext, below news, variants, academy and pages).

Natural keys, unique slugs, page meta and JSON-LD helpers, pagination, the editor group grant used by
migrations, fixture checks. Nothing here imports another app of the project.
"""
