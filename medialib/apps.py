from django.apps import AppConfig


class MedialibConfig(AppConfig):
    name = "medialib"
    verbose_name = "媒体库"
