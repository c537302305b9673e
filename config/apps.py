from django.apps import AppConfig
from django.contrib.admin.apps import AdminConfig


class SiteConfig(AppConfig):
    """Site-wide pieces that belong to no content app: system checks, form-wide validators, the page
    cache's invalidation."""

    name = "config"
    verbose_name = "站点"

    def ready(self):
        from config import checks, pagecache  # noqa: F401  (registers the checks)
        from config.validators import refuse_control_characters_in_forms

        refuse_control_characters_in_forms()
        pagecache.connect_invalidation()


class DeskAdminConfig(AdminConfig):
    """Django's admin with the editors' desk as its site (config.admin_site)."""

    default_site = "config.admin_site.EditorsDesk"
