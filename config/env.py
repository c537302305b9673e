"""Reading settings from the environment, with clear errors for bad values."""
import os

from django.core.exceptions import ImproperlyConfigured

TRUE = {"1", "true", "yes", "on"}
FALSE = {"0", "false", "no", "off", ""}


def env_bool(name: str, default: bool = False) -> bool:
    raw = os.environ.get(name)
    if raw is None:
        return default
    value = raw.strip().lower()
    if value in TRUE:
        return True
    if value in FALSE:
        return False
    raise ImproperlyConfigured(f"{name} must be one of {sorted(TRUE | FALSE)}, not {raw!r}")


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        return int(raw)
    except ValueError as exc:
        raise ImproperlyConfigured(f"{name} must be a whole number, not {raw!r}") from exc


# Keys that look like placeholders must never reach production.
WEAK_KEY_MARKERS = ("django-insecure", "changeme", "change-me", "secret", "dev-only")


WEAK_KEY_MESSAGE = (
    "SECRET_KEY must be set to a long random value when DEBUG is off "
    "(python -c 'import secrets; print(secrets.token_urlsafe(64))')."
)


def secret_key(debug: bool) -> str:
    """The key, or a fixed dev-only one under DEBUG. A missing or weak production key is not refused
    here but when the site starts (config.wsgi) and by `manage.py check --deploy`, so that commands that need
    no key (makemigrations, collectstatic) still run on a build machine."""
    key = os.environ.get("SECRET_KEY", "")
    if debug and not key:
        # Development only: a fixed, obviously unsafe key so sessions survive restarts.
        return "dev-only-insecure-key-never-use-in-production-0123456789abcdef"
    return key


def is_weak_key(key: str) -> bool:
    return len(key) < 50 or len(set(key)) < 5 or any(m in key.lower() for m in WEAK_KEY_MARKERS)


def require_strong_key(settings) -> None:
    """Refuse to serve with DEBUG off and a missing or placeholder SECRET_KEY."""
    if not settings.DEBUG and is_weak_key(os.environ.get("SECRET_KEY", "")):
        raise ImproperlyConfigured(WEAK_KEY_MESSAGE)
