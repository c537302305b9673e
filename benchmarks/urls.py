"""The site's URLs plus /bench/bare/ and /<variant>/bench/floor/ (benchmarks.floor)."""
from django.conf.urls.i18n import i18n_patterns
from django.urls import path

from benchmarks import floor
from config.urls import urlpatterns as site

urlpatterns = [
    path("bench/bare/", floor.bare),
    *i18n_patterns(path("bench/floor/", floor.floor), prefix_default_language=True),
    *site,
]
