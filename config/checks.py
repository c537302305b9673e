from django.conf import settings
from django.core.checks import Error, Tags, register
from django.core.exceptions import ImproperlyConfigured

from config.env import WEAK_KEY_MESSAGE, is_weak_key


@register(Tags.security, deploy=True)
def strong_secret_key(app_configs, **kwargs):
    """An error, not Django's warning: with DEBUG off a placeholder key must stop a deployment.
    (A deploy check, so build steps such as makemigrations run without secrets.)"""
    try:
        weak = is_weak_key(settings.SECRET_KEY)
    except ImproperlyConfigured:  # Django refuses an empty key on access
        weak = True
    if not settings.DEBUG and weak:
        return [Error(WEAK_KEY_MESSAGE, id="config.E001")]
    return []


PROCESS_LOCAL_CACHES = (
    "django.core.cache.backends.locmem.LocMemCache",
    "django.core.cache.backends.dummy.DummyCache",
    "django.core.cache.backends.filebased.FileBasedCache",
)


@register(Tags.caches, deploy=True)
def shared_cache(app_configs, **kwargs):
    """With DEBUG off the cache must be shared by all workers (REDIS_URL): a per-process cache keeps
    each worker's own glossary version and converted pages, so a name or glossary change would reach
    only the worker that saved it."""
    backend = settings.CACHES.get("default", {}).get("BACKEND", "")
    if not settings.DEBUG and backend in PROCESS_LOCAL_CACHES:
        return [
            Error(
                f"The default cache ({backend.rsplit('.', 1)[-1]}) belongs to one process: with several "
                "workers a glossary or name change reaches only one of them.",
                hint="Set REDIS_URL (e.g. redis://127.0.0.1:6379/0) so all workers share one cache.",
                id="config.E002",
            )
        ]
    return []
