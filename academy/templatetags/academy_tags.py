"""Small display helpers for academy pages."""
from django import template
from django.utils import formats
from django.utils.html import format_html
from django.utils.translation import gettext, pgettext

register = template.Library()


def full_date(day):
    # Translators: a date as Django's date filter formats it, e.g. 2024年8月28日.
    return formats.date_format(day, gettext("N j, Y"))


@register.simple_tag
def date_range(start, end=None):
    """<time> elements for a day or a span: 2024年8月28日至29日, 2024年8月28日至9月2日."""
    if not start:
        return ""
    first = format_html('<time datetime="{}">{}</time>', start.isoformat(), full_date(start))
    if not end or end == start:
        return first
    if (end.year, end.month) == (start.year, start.month):
        last = formats.date_format(end, pgettext("last day of a date range within one month", "j"))
    elif end.year == start.year:
        last = formats.date_format(end, pgettext("last day of a date range within one year", "N j"))
    else:
        last = full_date(end)
    # Translators: a span of dates, e.g. 2024年8月28日至29日.
    return format_html(
        gettext("{start} to {end}"), start=first, end=format_html('<time datetime="{}">{}</time>', end.isoformat(), last),
    )


def name_separator():
    """What goes between names in a list: 、 in Chinese."""
    return pgettext("separator in a list of names", ", ")


@register.filter
def names(items):
    """A list of names as text: 点单邀约、送课上门."""
    return name_separator().join(str(item) for item in items)


register.simple_tag(name_separator, name="name_separator")
