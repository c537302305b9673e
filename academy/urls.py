from django.urls import path

from academy import teacher_search, views

app_name = "academy"

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
]
