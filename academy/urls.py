from django.urls import path

from academy import teacher_search, views
from academy.models import Academy, Course, Event, Organisation, Person, TrainingBase
from academy.record_news import record_news

app_name = "academy"


def news_of(section, model, name, list_view, list_title):
    """`<section>/<slug>/news/`: every article that names the record (academy.record_news)."""
    options = {"model": model, "list_view": list_view, "list_title": list_title}
    return path(f"{section}/<slug:slug>/news/", record_news, options, name=name)


urlpatterns = [
    path("academies/", views.academy_list, name="academy-list"),
    path("academies/<slug:slug>/", views.academy_detail, name="academy-detail"),
    path("courses/", views.course_list, name="course-list"),
    path("courses/teachers/", teacher_search.teacher_suggestions, name="course-teachers"),
    path("courses/<slug:slug>/", views.course_detail, name="course-detail"),
    path("people/", views.person_list, name="person-list"),
    path("people/<slug:slug>/", views.person_detail, name="person-detail"),
    path("training-bases/", views.base_list, name="base-list"),
    path("training-bases/<slug:slug>/", views.base_detail, name="base-detail"),
    path("events/", views.event_list, name="event-list"),
    path("events/<slug:slug>/", views.event_detail, name="event-detail"),
    path("organisations/", views.organisation_list, name="organisation-list"),
    path("organisations/<slug:slug>/", views.organisation_detail, name="organisation-detail"),
    news_of("academies", Academy, "academy-news", "academy:academy-list", views.ACADEMIES),
    news_of("courses", Course, "course-news", "academy:course-list", views.COURSES),
    news_of("people", Person, "person-news", "academy:person-list", views.PEOPLE),
    news_of("training-bases", TrainingBase, "base-news", "academy:base-list", views.BASES),
    news_of("events", Event, "event-news", "academy:event-list", views.EVENTS),
    news_of("organisations", Organisation, "organisation-news", "academy:organisation-list", views.ORGANISATIONS),
]
