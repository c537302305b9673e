"""ARTICLE_SUBJECTS: what an article can be about, the one definition.

Each entry: Article's reverse relation (academy.models: source_articles' related_name), its heading, its
schema.org type. In the order the article page lists them. The article admin, the article page's
prefetch and "本文涉及" list, and the NewsArticle JSON-LD `about` all read this list (registered into
news.subjects by academy.apps, because news may not import academy).
"""
from django.utils.translation import gettext_lazy as _

from news.subjects import Subject

# What the article page shows of every record (academy/includes/subject_groups.html, news.structured_data)
# and ranks it by (news.prominence: its names): its link and names, nothing else.
NAMES = ("name", "slug", "aliases")


def shown(model_name, *fields, related=()):
    """The records readers may see (drafts never show on an article page), with only the fields the page
    shows: each kind's columns are compiled, read and built for every subject of every article viewed.
    A `related` record keeps `published` so that a link to a draft can be cut (academy.models.publishing)."""
    def queryset():
        from academy import models

        records = getattr(models, model_name).objects.published().only(*NAMES, *fields)
        # select_related() without names would follow every required key (a course's academy): none wanted.
        return records.select_related(*related) if related else records
    return queryset


ARTICLE_SUBJECTS = (
    Subject("academies", _("Academies"), "EducationalOrganization", queryset=shown("Academy", "short_name")),
    Subject(
        "events", _("Events"), "Event",
        queryset=shown("Event", "starts_on", "venue__name", "venue__published", related=("venue",)),
    ),
    Subject(
        "courses", _("Courses"), "Course", queryset=shown("Course", "format", "description"),
        item_template="academy/includes/course_record_name.html",
    ),
    Subject("people", _("People"), "Person", queryset=shown("Person")),
    Subject("training_bases", _("Training bases"), "Place", queryset=shown("TrainingBase")),
    Subject("organisations", _("Organisations"), "Organization", queryset=shown("Organisation", "short_name")),
    Subject("programmes", _("Programmes"), public=False),
)
