"""The course list's 导师 filter: a text field, not a <select> of every teacher (2,605 <option>s, 142 KB
at the scale of issue 13).

Without JavaScript it is a plain text filter: the courses of teachers whose name (or alias) holds what was
typed, in either script. With JavaScript (static/js/site.js) names are suggested as one types, from
teacher_suggestions: a JSON answer of at most SUGGESTIONS names, shown in the page's variant. A link with a
teacher's slug (?teacher=wang-shu-qun) still picks that one person, and the field shows the name.
"""
from django.http import JsonResponse
from django.urls import reverse
from django.utils.translation import get_language_from_path
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from academy.list_filters import Filter
from academy.models import Course, Person
from variants.conversion import as_shown
from zhtext.search import query_terms

SUGGESTIONS = 10
MAX_QUERY = 40


def teacher_filter():
    return Filter(
        "teacher", _("Teacher"), _("Type a teacher's name"), [], kind="search",
        suggest_url=reverse("academy:course-teachers"),
    )


def show_chosen(item):
    """The field shows the teacher's name when the value is a teacher's slug (one query), else the text."""
    item.value = item.value[:MAX_QUERY]
    if item.value:
        person = Person.objects.published().filter(slug=item.value).only("name").first()
        item.shown = person.name if person else item.value


def teachers():
    return Person.objects.published().filter(
        pk__in=Course.teachers.through.objects.filter(Course.shown_q("course__")).values("person"),
    )


@require_GET
def teacher_suggestions(request):
    """{"teachers": [{"name", "slug"}, …]}: at most SUGGESTIONS teachers whose name holds ?q=."""
    terms = query_terms(request.GET.get("q", "")[:MAX_QUERY])
    found = list(teachers().named(terms).only("name", "slug")[:SUGGESTIONS]) if terms else []
    variant = get_language_from_path(request.path_info) or "zh-hans"
    response = JsonResponse({"teachers": [{"name": as_shown(p.name, variant), "slug": p.slug} for p in found]})
    response["Cache-Control"] = "public, max-age=300"
    return response
