"""The top layer: the home page, the site search, the header's sections and `load_site_content`.

It may import every app below it (news, variants, academy, base, zhtext); nothing imports it.
"""
