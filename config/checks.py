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
