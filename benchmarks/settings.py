"""Production settings plus the two reference pages the benchmarks measure against (benchmarks.floor).
Used only by the benchmarks' gunicorn (DJANGO_SETTINGS_MODULE=benchmarks.settings), never deployed."""
from config.settings import *  # noqa: F403
from config.settings import MIDDLEWARE

ROOT_URLCONF = "benchmarks.urls"
# Outermost, so it counts every query of a request, the page cache's included.
MIDDLEWARE = ["benchmarks.floor.QueryCountMiddleware", *MIDDLEWARE]
