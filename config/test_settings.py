"""Settings for the test suite: production settings (DEBUG off) with a throwaway key and plain HTTP."""
import os
import secrets

os.environ.setdefault("SECRET_KEY", secrets.token_urlsafe(64))
os.environ.setdefault("SECURE_SSL_REDIRECT", "0")
os.environ.setdefault("ALLOWED_HOSTS", "testserver,127.0.0.1,localhost")
os.environ.setdefault("TESTING", "1")

from config.settings import *  # noqa: E402,F403

# Tests write uploads and renditions to a scratch folder, never into the project.
MEDIA_ROOT = Path(os.environ.get("TEST_MEDIA_ROOT", "/tmp/craftsman-test-media"))  # noqa: F405
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]  # fast logins in tests only
# Serve static files straight from the finders: tests need no collectstatic run.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# Tests measure rendering (query counts, content); tests/ops/test_ops_page_cache.py turns the page cache on.
PAGE_CACHE_ENABLED = False
# jieba's dictionary as shipped: directory names added in one test must not change another's segmentation
# (tests/academy/test_directory_words.py turns it on for itself).
DIRECTORY_WORDS = False
