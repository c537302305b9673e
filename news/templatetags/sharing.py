"""Sharing a page: its address as an SVG QR code (for WeChat's scanner), made on the server, no script."""
import io
from functools import lru_cache

import segno
from django import template
from django.utils.html import escape
from django.utils.safestring import mark_safe

register = template.Library()


@lru_cache(maxsize=512)
def qr_svg(url: str) -> str:
    code = segno.make(url, error="m")
    out = io.BytesIO()
    code.save(out, kind="svg", xmldecl=False, svgns=True, omitsize=True, border=2, dark="#1d2127", svgclass="qr")
    return out.getvalue().decode()


@register.simple_tag
def qr_code(url, label):
    """An inline SVG QR code of `url`, with `label` for screen readers."""
    return mark_safe(qr_svg(url).replace("<svg ", f'<svg role="img" aria-label="{escape(label)}" ', 1))
