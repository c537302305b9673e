"""Small display helpers for academy pages."""
from django import template
from django.templatetags.static import static
from django.utils import formats
from django.utils.html import format_html
from django.utils.translation import gettext, pgettext

from base.addresses import record_url
from medialib.templatetags.medialib_tags import picture_html
from zhtext.surnames import surname_length

register = template.Library()


def full_date(day):
    # Translators: a date as Django's date filter formats it, e.g. 2024年8月28日.
    return formats.date_format(day, gettext("N j, Y"))


# {{ record|record_url }}: the record's address, reversed once per page however often it is linked.
register.filter("record_url", record_url)


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


@register.simple_tag
def person_visual(person, layout="portrait", loading="lazy"):
    """The person's portrait from the media library, or a disc with the surname (never a stand-in photo).

    The disc holds the whole name clipped to the surname's width, so the script converter sees the full
    name and writes the surname as the name's own protected spelling (于 stays 于 in 繁體, 陈 becomes 陳).
    A name that does not start with a Han character shows its first letter instead. (format_html, not an
    inclusion tag: the people list writes two dozen; each ends with the newline its template ended with.)
    """
    if person.portrait:
        return format_html('<span class="record-visual visual-{}">{}</span>\n', layout,
                           picture_html(person.portrait, layout, loading, "portrait-picture"))
    name = person.name or ""
    han = bool(name) and "\u3400" <= name[0] <= "\u9fff"
    return format_html(
        '<span class="record-visual visual-{} name-disc" aria-hidden="true">'
        '<span class="name-disc-text surname-{}">{}</span></span>\n',
        layout, surname_length(name) if han else 1, name if han else name[:1],
    )


@register.simple_tag
def academy_logo(academy, layout="logo", loading="lazy"):
    """The academy's logo, or the site's emblem in the same disc."""
    if academy.logo:
        return format_html('<span class="record-visual visual-{} logo-frame">{}</span>\n', layout,
                           picture_html(academy.logo, layout, loading, "logo-picture"))
    return format_html('<span class="record-visual visual-{} emblem-disc" aria-hidden="true"><img src="{}" alt=""'
                       ' width="48" height="48"></span>\n', layout, static("img/emblem.svg"))
