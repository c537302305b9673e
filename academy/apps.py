from django.apps import AppConfig
from django.db.models.signals import post_migrate


def _ensure_name_lookup(using="default", **kwargs):
    from django.db import connections

    from academy import name_lookup

    name_lookup.ensure(connections[using])


class AcademyConfig(AppConfig):
    name = "academy"
    verbose_name = "学院"

    def ready(self):
        # A later migration that rebuilds a record table on SQLite drops the name index's triggers.
        post_migrate.connect(_ensure_name_lookup, sender=self, dispatch_uid="academy-name-lookup")

        from academy.subjects import ARTICLE_SUBJECTS
        from news import subjects

        subjects.register(ARTICLE_SUBJECTS)

        from django.db.models.signals import post_save

        from academy.services import refresh_on_article_save
        from news.models import Article

        # Mentions of directory records are found whenever an article row is saved (admin, import,
        # publishing a revision); news cannot call academy, so academy listens.
        post_save.connect(refresh_on_article_save, sender=Article, dispatch_uid="academy.mentions")

        from academy import models, record_news

        record_news.connect_invalidation()  # a record's news count (academy.record_news)

        from django.db.models.signals import post_delete

        from academy import search
        from base.signals import content_changed

        # The kept record search (academy.search) reads only the searched kinds' tables (a course's and an
        # event's academy among them): any write to those, bulk writes included. Not the other academy
        # models: every article save rewrites its mentions and proposals.
        for model in search.MODELS:
            for name, signal in (("save", post_save), ("delete", post_delete), ("bulk", content_changed)):
                signal.connect(search.forget, sender=model, dispatch_uid=f"academy-search-{name}-{model._meta.label}")

        from academy.mentions import accepted_links
        from news.body_links import register_link_provider

        # The article page links first mentions of accepted records; it asks for them only when the article
        # has an accepted mention (news.presence).
        register_link_provider(accepted_links, "mentions", (("status", models.ArticleMention.Status.ACCEPTED.value),))

        from django.conf import settings

        from academy.dictionary import connect

        if getattr(settings, "DIRECTORY_WORDS", True):  # off in the test settings (academy/dictionary.py)
            connect()

        from editorial import redirects

        for view, model in (
            ("academy:academy-detail", models.Academy), ("academy:course-detail", models.Course),
            ("academy:person-detail", models.Person), ("academy:base-detail", models.TrainingBase),
            ("academy:event-detail", models.Event), ("academy:organisation-detail", models.Organisation),
        ):
            redirects.register(view, model, model._default_manager.published)
        for model, view in record_news.NEWS_VIEWS.items():  # …/<old slug>/news/ too
            redirects.register(view, model, model._default_manager.published)
