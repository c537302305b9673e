from django.apps import AppConfig


class VariantsConfig(AppConfig):
    name = "variants"
    verbose_name = "简繁转换"

    def ready(self):
        from variants import glossary

        glossary.connect_invalidation()
