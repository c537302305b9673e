"""ARTICLE_SUBJECTS: what an article can be about, the one definition.

Each entry: Article's reverse relation (academy.models: source_articles' related_name), its heading, its
schema.org type. In the order the article page lists them. The article admin, the article page's
prefetch and "本文涉及" list, and the NewsArticle JSON-LD `about` all read this list (registered into
news.subjects by academy.apps, because news may not import academy).
"""
from django.utils.translation import gettext_lazy as _

from news.subjects import Subject


def _events_with_venue():
    from academy.models import Event

    return Event.objects.select_related("venue")


ARTICLE_SUBJECTS = (
    Subject("academies", _("Academies"), "EducationalOrganization"),
    Subject("events", _("Events"), "Event", queryset=_events_with_venue),
    Subject("courses", _("Courses"), "Course", item_template="academy/includes/course_record_name.html"),
    Subject("people", _("People"), "Person"),
    Subject("training_bases", _("Training bases"), "Place"),
    Subject("organisations", _("Organisations"), "Organization"),
    Subject("programmes", _("Programmes"), public=False),
)
