"""Settings for craftsman-academy, all taken from the environment.

SQLite is the embedded default; DATABASE_URL switches to PostgreSQL. REDIS_URL turns on Redis caching.
"""
import datetime
import os
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF

from config.cache import cache_settings
from config.env import env_bool, env_int, env_list, secret_key
from config.storage import media_storage

BASE_DIR = Path(__file__).resolve().parent.parent

DEBUG = env_bool("DEBUG", False)
SECRET_KEY = secret_key(DEBUG)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost" if DEBUG else "")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000").rstrip("/")
SITE_NAME = "劳模工匠学院"

INSTALLED_APPS = [
    "config.apps.DeskAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "csp",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "taggit",
    "django_prose_editor",  # the body editor's static bundle (Tiptap); medialib.widgets wires it up
    "axes",
    "config.apps.SiteConfig",
    "base",
    "medialib",
    "editorial",
    "news",
    "variants",
    "academy",
    "pages",
]

# Header middlewares come early so that they also see responses replaced later in the chain (the
# variant redirect that LocaleMiddleware returns in place of a 404).
MIDDLEWARE = [
    "config.health.HealthCheckMiddleware",  # /healthz, /readyz: before host checks and HTTPS redirects
    "django.middleware.security.SecurityMiddleware",
    # Outside the page cache: a page the cache answers is counted too (news.reading).
    "news.reading.CountArticleViewsMiddleware",
    # Anonymous readers' pages from the shared cache (before everything that renders), HTTP caching headers.
    "config.pagecache.PageCacheMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "config.admin_csp.AdminCSPMiddleware",
    "config.middleware.RefuseControlCharactersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "variants.middleware.ScriptConversionMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "variants.middleware.VariantLocaleMiddleware",
    "editorial.redirects.OldSlugRedirectMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "axes.middleware.AxesMiddleware",  # last, as django-axes requires
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "pages.context_processors.site",
                "variants.context_processors.variants",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=env_int("DB_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # PostgreSQL compiles a query to machine code (JIT) when its planner thinks it dear (jit_above_cost):
    # 15-30 ms of compiling, on every run, for the site's short queries. At 10,000 people the people list
    # took 44 ms with JIT and 13 without. JIT is for long analytical queries; this site runs none.
    # PG_OPTIONS (libpq's `options`: server settings per connection) replaces it; a connection pooler in
    # transaction mode needs it passed through (PgBouncer: ignore_startup_parameters = options).
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault("options", os.environ.get("PG_OPTIONS", "-c jit=off"))
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
# Backups dump SQLite with this: JSON that keeps microseconds (Django's own cuts them to milliseconds).
SERIALIZATION_MODULES = {"exact-json": "config.exact_json"}

# Redis (REDIS_URL) is shared by all workers and tolerates outages; see config.cache.cache_settings.
CACHES = cache_settings(os.environ.get("REDIS_URL"), retry_after=env_int("REDIS_RETRY_AFTER", 5))

# The full-page cache (config.pagecache): a write to any model of these apps starts a new generation, as
# does the next scheduled change each function returns.
PAGE_CACHE_ENABLED = env_bool("PAGE_CACHE_ENABLED", True)
PAGE_CACHE_APPS = ["news", "academy", "variants", "medialib", "taggit"]
PAGE_CACHE_SCHEDULES = ["news.querysets.next_scheduled_change"]
PAGE_CACHE_SIGNALS = ["base.signals.content_changed"]
PAGE_CACHE_MAX_PAGE = 20        # list pages ?page=1..20 are cached; deeper pages and other queries are not
# Search pages (path after the variant prefix: its parameter, longest value cached), kept 15 minutes; at
# most PAGE_CACHE_QUERY_BUDGET new ones stored per minute, so new queries cannot flood the cache.
PAGE_CACHE_QUERIES = {"/search/": ("q", 100)}
PAGE_CACHE_QUERY_SECONDS = 900
PAGE_CACHE_QUERY_BUDGET = env_int("PAGE_CACHE_QUERY_BUDGET", 600)
PAGE_CACHE_MAX_AGE = 60         # what browsers and proxies may reuse without asking (seconds) ...
PAGE_CACHE_STALE = 600          # ... and serve while they revalidate in the background
# Reading counts (news.reading): pending in Redis (per process without it), written at most this often.
VIEW_COUNT_REDIS_URL = os.environ.get("REDIS_URL") or None
VIEW_COUNT_FLUSH_SECONDS = int(os.environ.get("VIEW_COUNT_FLUSH_SECONDS", "60"))

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# The three script variants every public page is shown in; each has its own URL prefix.
LANGUAGE_CODE = "zh-hans"
LANGUAGES = [("zh-hans", "简体中文"), ("zh-tw", "繁體中文（台灣）"), ("zh-hk", "繁體中文（香港）")]
LANGUAGE_COOKIE_NAME = "variant"
LANGUAGE_COOKIE_AGE = 365 * 24 * 3600
LANGUAGE_COOKIE_SAMESITE = "Lax"
TIME_ZONE = "Asia/Shanghai"
USE_I18N = True
USE_TZ = True
LOCALE_PATHS = [BASE_DIR / "locale"]
FORMAT_MODULE_PATH = ["config.formats"]

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
# Uploads on the local disk, or in an S3-compatible object store when MEDIA_BUCKET is set (config.storage).
MEDIA_STORAGE, MEDIA_ORIGIN = media_storage()
STORAGES = {
    "default": MEDIA_STORAGE,
    # Hashed, compressed names; forever-cacheable.
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
if env_bool("TESTING", False):
    STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}

# Uploads: a cover image larger than this is refused before Pillow opens it.
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
IMAGE_MAX_BYTES = env_int("IMAGE_MAX_BYTES", 8 * 1024 * 1024)
IMAGE_MAX_PIXELS = env_int("IMAGE_MAX_PIXELS", 40_000_000)
ATTACHMENT_MAX_BYTES = env_int("ATTACHMENT_MAX_BYTES", 20 * 1024 * 1024)
VIDEO_MAX_BYTES = env_int("VIDEO_MAX_BYTES", 200 * 1024 * 1024)  # MP4 only (medialib.videos)

TAGGIT_CASE_INSENSITIVE = True

LOGIN_URL = "admin:login"

# E-mail (password reset for editors): printed to the console in development, SMTP from the environment
# in production.
if DEBUG and not os.environ.get("EMAIL_HOST"):
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
else:
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
    EMAIL_PORT = env_int("EMAIL_PORT", 587)
    EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
    EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
    EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
    EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL", False)
EMAIL_TIMEOUT = 20
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "webmaster@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# Review notifications (news.workflow) only where a mail server is configured.
EMAIL_NOTIFICATIONS = "EMAIL_HOST" in os.environ

# Login throttling (django-axes): after AXES_FAILURE_LIMIT wrong passwords for one account, or from one
# client address, that account or address is locked for AXES_COOLOFF_MINUTES; every failure is logged
# (logger "axes"). Behind reverse proxies set TRUSTED_PROXY_COUNT to their number: the client address is
# then read from X-Forwarded-For as those proxies wrote it (config.client_ip), so a client cannot choose
# its address by sending the header itself. Without proxies (0, the default) the header is ignored.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = datetime.timedelta(minutes=env_int("AXES_COOLOFF_MINUTES", 15))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]  # either one reaching the limit locks
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "config.lockout.lockout_response"  # the admin's look, a message in Chinese
AXES_DISABLE_ACCESS_LOG = True  # failures are recorded and logged; successful logins need no table
AXES_SENSITIVE_PARAMETERS = []  # the log names the account and address tried (never the password)
AXES_CLIENT_IP_CALLABLE = "config.client_ip.client_ip"
TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 0)

# Security headers; the HTTPS ones only when not debugging.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
if not DEBUG:
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SESSION_COOKIE_SECURE = True
    LANGUAGE_COOKIE_SECURE = True  # the 简/繁 choice (variants/views.py), like the session and CSRF cookies
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31_536_000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)

# Public pages load only our own files: no inline script, no third party. The admin has its own policy
# (config.admin_csp: the same, plus inline styles, which Django's admin and the body editor use).
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/admin/"],
    "DIRECTIVES": {
        "default-src": [SELF],
        "img-src": [SELF, "data:", *([MEDIA_ORIGIN] if MEDIA_ORIGIN else [])],  # uploads on an object store
        "style-src": [SELF],
        "script-src": [SELF],
        "media-src": [SELF],  # uploaded MP4s are served by medialib.views.video, from this site
        # No frames, except on an article page with a video embed: that response names exactly the
        # players it shows (news.views.render_article, from medialib.embeds).
        "frame-src": [NONE],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    },
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}
