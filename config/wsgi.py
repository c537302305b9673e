import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
application = get_wsgi_application()

# The site refuses to start in production without a real key (gunicorn and runserver both load this).
from django.conf import settings  # noqa: E402

from config.env import require_strong_key  # noqa: E402

require_strong_key(settings)
