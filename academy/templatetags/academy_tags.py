"""Small display helpers for academy pages."""
from django import template
from django.utils.html import format_html

register = template.Library()

FULL = "{0.year}年{0.month}月{0.day}日"


@register.simple_tag
def date_range(start, end=None):
    """<time> elements for a day or a span: 2024年8月28日至29日, 2024年8月28日至9月2日."""
    if not start:
        return ""
    first = format_html('<time datetime="{}">{}</time>', start.isoformat(), FULL.format(start))
    if not end or end == start:
        return first
    if (end.year, end.month) == (start.year, start.month):
        last = f"{end.day}日"
    elif end.year == start.year:
        last = f"{end.month}月{end.day}日"
    else:
        last = FULL.format(end)
    return format_html('{}至<time datetime="{}">{}</time>', first, end.isoformat(), last)
