from django.apps import AppConfig


class BaseConfig(AppConfig):
    """The shared bottom of the site: helpers every app uses, no models and no pages of its own."""

    name = "base"
    verbose_name = "公共"
