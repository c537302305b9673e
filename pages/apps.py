from django.apps import AppConfig


class PagesConfig(AppConfig):
    """The top of the site: pages that span every app (home, site search, navigation, seed content)."""

    name = "pages"
    verbose_name = "网站页面"
