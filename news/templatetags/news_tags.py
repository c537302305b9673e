from django import template
from django.core.files.storage import default_storage
from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext

from base.addresses import address
from base.seo import breadcrumb_list, jsonld_script
from news.prominence import ranked_subjects
from news.subjects import subject_groups

register = template.Library()


@register.simple_tag
def article_date(article):
    """The article's publication date, 2024年5月12日, in a <time> with the full moment in the site's zone.

    A tag, not an include with two |date filters: lists and record pages show ten or more, at 0.2 ms each
    through the include (Django's date formatting reads its format string a character at a time)."""
    when = article.published_at
    if when is None:
        return mark_safe('<time datetime=""></time>')
    if timezone.is_aware(when):
        when = timezone.localtime(when)
    return format_html('<time datetime="{}">{}年{}月{}日</time>', when.strftime("%Y-%m-%dT%H:%M:%S%z"),
                       when.year, when.month, when.day)


@register.inclusion_tag("includes/cover_picture.html")
def cover_picture(article, sizes="(min-width: 60rem) 46rem, 100vw", loading="lazy"):
    """<picture> with WebP renditions made at upload time; no per-request image work, no queries."""
    renditions = article.cover_renditions or []
    srcset = ", ".join(f"{default_storage.url(r['name'])} {r['width']}w" for r in renditions)
    largest = renditions[-1] if renditions else None
    return {
        "article": article,
        "srcset": srcset,
        "sizes": sizes,
        "loading": loading,
        "width": largest["width"] if largest else None,
        "height": largest["height"] if largest else None,
    }


@register.simple_tag(takes_context=True)
def page_jsonld(context):
    """JSON-LD for the page: its breadcrumb trail, then whatever the view described (meta.jsonld)."""
    request = context.get("request")
    if request is None:
        return ""
    blocks = [breadcrumb_list(request, context.get("breadcrumbs") or [], gettext("Home"), address("news:home"))]
    meta = context.get("meta")
    blocks += list(getattr(meta, "jsonld", []) or [])
    return mark_safe("\n".join(jsonld_script(block) for block in blocks))


@register.simple_tag
def article_subject_groups(article):
    """(subject, records) for the article page's "本文涉及" list, from the prefetched relations."""
    return subject_groups(article)


@register.filter
def highlight(text, terms):
    """The text escaped, with the searched terms (in either script) in <mark> (news.search)."""
    from news.search import highlight as mark

    return mark(str(text), list(terms or []))


@register.simple_tag
def article_subjects_ranked(article):
    """"本文涉及" in two parts: the records the article names most prominently, and the rest (展开全部)."""
    return ranked_subjects(article)
