"""The page django-axes answers with once an account or a client address is locked out."""
import logging
import math

from axes.helpers import get_cool_off, get_failure_limit
from django.contrib import admin
from django.shortcuts import render

logger = logging.getLogger("config.lockout")


def lockout_response(request, original_response=None, credentials=None):
    """The admin's login page look, with a plain Chinese message: what happened and when to retry."""
    cool_off = get_cool_off(request)
    minutes = math.ceil(cool_off.total_seconds() / 60) if cool_off else None
    context = {
        **admin.site.each_context(request),
        "title": "登录已暂时锁定",
        "failure_limit": get_failure_limit(request, credentials),
        "cooloff_minutes": minutes,
    }
    logger.warning("Login locked out: %s from %s", request.POST.get("username", "")[:150],
                   getattr(request, "axes_ip_address", None))
    return render(request, "admin/locked_out.html", context, status=429)
