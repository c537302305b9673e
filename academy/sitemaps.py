from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from academy.models import Academy, Course, Event, Organisation, Person, TrainingBase


class AcademyPagesSitemap(Sitemap):
    changefreq = "weekly"
    priority = 0.6

    def items(self):
        return [
            "academy:academy-list", "academy:course-list", "academy:person-list",
            "academy:base-list", "academy:event-list", "academy:organisation-list",
        ]

    def location(self, item):
        return reverse(item)


class _RecordSitemap(Sitemap):
    changefreq = "monthly"
    priority = 0.5
    model = None

    def items(self):
        return self.model.objects.published().only("slug").order_by("pk")


class AcademySitemap(_RecordSitemap):
    model = Academy
    priority = 0.7


class CourseSitemap(_RecordSitemap):
    model = Course


class PersonSitemap(_RecordSitemap):
    model = Person


class TrainingBaseSitemap(_RecordSitemap):
    model = TrainingBase


class EventSitemap(_RecordSitemap):
    model = Event


class OrganisationSitemap(_RecordSitemap):
    model = Organisation
    priority = 0.3


SITEMAPS = {
    "academy-pages": AcademyPagesSitemap,
    "academies": AcademySitemap,
    "courses": CourseSitemap,
    "people": PersonSitemap,
    "training-bases": TrainingBaseSitemap,
    "events": EventSitemap,
    "organisations": OrganisationSitemap,
}
