from django.apps import AppConfig


class BaseConfig(AppConfig):
    """The shared bottom of the site: helpers every app uses, no models and no pages of its own."""

    name = "base"
    verbose_name = "公共"

    def ready(self):
        from django.db.models.signals import post_save, pre_save

        from base.fixture_files import check_fixture_row, fill_derived_on_raw_save

        pre_save.connect(check_fixture_row, dispatch_uid="base.check_fixture_row")
        post_save.connect(fill_derived_on_raw_save, dispatch_uid="base.fill_derived_on_raw_save")
