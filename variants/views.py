from django.conf import settings
from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.utils.http import url_has_allowed_host_and_scheme

from variants.catalogue import BY_CODE, VARIANTS


def choose_variant(request, code):
    """The switcher: remember the reader's choice in a cookie and go to the same page in that variant."""
    if code not in BY_CODE:
        code = settings.LANGUAGE_CODE
    target = request.GET.get("next", "")
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        target = f"/{code}/"
    response = HttpResponseRedirect(target)
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME, code, max_age=365 * 24 * 3600, samesite="Lax",
        secure=request.is_secure(), httponly=True,
    )
    return response


def sitemap_index(request):
    """/sitemap.xml lists one sitemap per variant."""
    locations = [request.build_absolute_uri(f"/{v.code}/sitemap.xml") for v in VARIANTS]
    return render(request, "sitemap_index.xml", {"locations": locations}, content_type="application/xml")
