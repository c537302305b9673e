from django.conf import settings
from django.http import HttpResponseRedirect
from django.utils.http import url_has_allowed_host_and_scheme

from variants.catalogue import BY_CODE


def choose_variant(request, code):
    """The switcher: remember the reader's choice in a cookie and go to the same page in that variant."""
    if code not in BY_CODE:
        code = settings.LANGUAGE_CODE
    target = request.GET.get("next", "")
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        target = f"/{code}/"
    response = HttpResponseRedirect(target)
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME, code, max_age=settings.LANGUAGE_COOKIE_AGE, samesite="Lax",
        # Production is HTTPS only (settings), so the cookie is Secure there even when the proxy's
        # X-Forwarded-Proto is missing; plain-HTTP development keeps working.
        secure=settings.LANGUAGE_COOKIE_SECURE or request.is_secure(), httponly=True,
    )
    return response
