from django.apps import AppConfig


class BaseConfig(AppConfig):
    """The shared bottom of the site: helpers every app uses, no models and no pages of its own."""

    name = "base"
    verbose_name = "公共"

    def ready(self):
        from django.db.models.signals import pre_save

        from base.fixture_files import check_fixture_row

        pre_save.connect(check_fixture_row, dispatch_uid="base.check_fixture_row")
