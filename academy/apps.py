from django.apps import AppConfig


class AcademyConfig(AppConfig):
    name = "academy"
    verbose_name = "学院"

    def ready(self):
        from academy.subjects import ARTICLE_SUBJECTS
        from news import subjects

        subjects.register(ARTICLE_SUBJECTS)
