from django.conf import settings
from django.urls import NoReverseMatch, reverse

# The site's sections, in header order; a section whose app is not installed is left out.
SECTIONS = [
    ("news:home", "首页"),
    ("news:list", "新闻"),
    ("academy:academy-list", "学院"),
    ("academy:course-list", "课程"),
    ("academy:person-list", "导师"),
    ("academy:base-list", "实训基地"),
    ("academy:event-list", "活动"),
]


def _sections():
    found = []
    for name, label in SECTIONS:
        try:
            found.append({"url": reverse(name), "label": label, "name": name})
        except NoReverseMatch:
            continue
    return found


def site(request):
    return {"SITE_NAME": settings.SITE_NAME, "SITE_URL": settings.SITE_URL, "sections": _sections()}
