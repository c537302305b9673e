from django.apps import AppConfig


class EditorialConfig(AppConfig):
    """Revisions, the audit trail, old-slug redirects and either-script admin search, for any content model.

    Plain building blocks: this app imports no content app; news and academy use it."""

    name = "editorial"
    verbose_name = "编辑流程"

    def ready(self):
        from editorial import redirects  # noqa: F401  (records old slugs on save)
