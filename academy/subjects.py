"""ARTICLE_SUBJECTS: what an article can be about, the one definition.

Each entry: Article's reverse relation (academy.models: source_articles' related_name), its heading, its
schema.org type. In the order the article page lists them. The article admin, the article page's
prefetch and "本文涉及" list, and the NewsArticle JSON-LD `about` all read this list (registered into
news.subjects by academy.apps, because news may not import academy).
"""
from django.utils.translation import gettext_lazy as _

from news.subjects import Subject


def shown(model_name, *related):
    """The records readers may see (drafts never show on an article page), with what their names need."""
    def queryset():
        from academy import models

        return getattr(models, model_name).objects.published().select_related(*related)
    return queryset


ARTICLE_SUBJECTS = (
    Subject("academies", _("Academies"), "EducationalOrganization", queryset=shown("Academy")),
    Subject("events", _("Events"), "Event", queryset=shown("Event", "venue")),
    Subject(
        "courses", _("Courses"), "Course", queryset=shown("Course"),
        item_template="academy/includes/course_record_name.html",
    ),
    Subject("people", _("People"), "Person", queryset=shown("Person")),
    Subject("training_bases", _("Training bases"), "Place", queryset=shown("TrainingBase")),
    Subject("organisations", _("Organisations"), "Organization", queryset=shown("Organisation")),
    Subject("programmes", _("Programmes"), public=False),
)
