from django.conf import settings
from django.urls import NoReverseMatch
from django.utils.translation import gettext_lazy as _

from base.addresses import address
from pages import models as site_settings

# The site's sections, in header order; a section whose app is not installed is left out.
SECTIONS = [
    ("news:home", _("Home")),
    ("news:list", _("News")),
    ("news:notices", _("Notices")),
    ("academy:academy-list", _("Academies")),
    ("academy:course-list", _("Courses")),
    ("academy:person-list", _("Mentors")),
    ("academy:base-list", _("Training bases")),
    ("academy:event-list", _("Events")),
    ("academy:organisation-list", _("Organisations")),
]


def _sections():
    found = []
    for name, label in SECTIONS:
        try:
            found.append({"url": address(name), "label": label, "name": name})
        except NoReverseMatch:
            continue
    return found


def site(request):
    return {
        "SITE_NAME": settings.SITE_NAME, "SITE_URL": settings.SITE_URL, "sections": _sections(),
        "site_settings": site_settings.current(),
    }
