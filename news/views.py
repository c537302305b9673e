"""Public news pages. Each runs a fixed number of queries whatever the number of articles."""
import datetime

from django.contrib.admin.views.decorators import staff_member_required
from django.core.paginator import EmptyPage, Paginator
from django.db.models import Prefetch
from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import formats
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from taggit.models import Tag

from academy.models import Academy, Event, Organisation, Person
from news.models import Article
from news.seo import PageMeta, crumb
from news.structured_data import cover_url, news_article
from zhtext.search import query_terms

PAGE_SIZE = 10
# What an article is about, shown under it as links to the academy pages (events with their venue,
# which the structured data names).
SUBJECTS = (
    "tags", "academies", "people", "organisations", Prefetch("events", queryset=Event.objects.select_related("venue")),
    "courses", "training_bases",
)


def paginate(request, queryset, per_page=PAGE_SIZE):
    """A page of results; an out-of-range or malformed page number is a 404, not a silent first page."""
    paginator = Paginator(queryset, per_page, allow_empty_first_page=True)
    try:
        return paginator.page(int(request.GET.get("page", "1")))
    except (ValueError, TypeError, EmptyPage) as exc:
        raise Http404(_("There is no such page.")) from exc


def news_crumb():
    return crumb(_("News"), reverse("news:list"))


def listing_meta(title, description, page):
    """Later pages of a list are not what a search should land on."""
    if page.number > 1:
        title = _("%(title)s (page %(number)d)") % {"title": title, "number": page.number}
    return PageMeta(title=title, description=description, noindex=page.number > 1)


def home(request):
    published = Article.objects.published().for_listing()
    featured = list(published.featured()[:3])
    latest = list(published.exclude(pk__in=[a.pk for a in featured])[:8])
    context = {"featured": featured, "latest": latest, "academies": Academy.objects.for_home(), "meta": PageMeta()}
    return render(request, "news/home.html", context)


def article_list(request):
    page = paginate(request, Article.objects.published().for_listing())
    meta = listing_meta(_("News"), _("All news of the craftsman academies, newest first."), page)
    context = {
        "page": page, "months": archive_months(), "heading": _("News"), "breadcrumbs": [crumb(_("News"))],
        "meta": meta,
    }
    return render(request, "news/article_list.html", context)


def tag_detail(request, slug):
    tag = get_object_or_404(Tag, slug=slug)
    page = paginate(request, Article.objects.published().tagged(slug).for_listing())
    title = _("Tag: %(tag)s") % {"tag": tag.name}
    meta = listing_meta(title, _("News tagged “%(tag)s”.") % {"tag": tag.name}, page)
    context = {"tag": tag, "page": page, "heading": title, "breadcrumbs": [news_crumb(), crumb(title)], "meta": meta}
    return render(request, "news/tag_detail.html", context)


def archive_month(request, year, month):
    if not 1 <= month <= 12 or not 1900 <= year <= 9999:
        raise Http404(_("There is no such month."))
    page = paginate(request, Article.objects.published().in_month(year, month).for_listing())
    first_day = datetime.date(year, month, 1)
    heading = _("News of %(month)s") % {"month": formats.date_format(first_day, "YEAR_MONTH_FORMAT")}
    context = {
        "page": page, "month": first_day, "months": archive_months(), "heading": heading,
        "meta": listing_meta(heading, heading, page),
        "breadcrumbs": [
            news_crumb(), crumb(year, reverse("news:archive-year", args=[year])),
            crumb(formats.date_format(first_day, "YEAR_MONTH_FORMAT")),
        ],
    }
    return render(request, "news/archive.html", context)


def archive_year(request, year):
    if not 1900 <= year <= 9999:
        raise Http404(_("There is no such year."))
    page = paginate(request, Article.objects.published().filter(published_at__year=year).for_listing())
    heading = _("News of %(year)d") % {"year": year}
    context = {
        "page": page, "year": year, "months": archive_months(), "heading": heading,
        "meta": listing_meta(heading, heading, page), "breadcrumbs": [news_crumb(), crumb(year)],
    }
    return render(request, "news/archive.html", context)


def archive_months():
    """Months that have published news, newest first (one query)."""
    return Article.objects.published().datetimes("published_at", "month", order="DESC")


def search(request):
    """Articles, academies, people and organisations, found whatever script the query or text is in."""
    query = request.GET.get("q", "")[:100]
    terms = query_terms(query)
    context = {
        "query": query, "terms": terms, "heading": _("Search"), "search_query": urlencode({"q": query}),
        "breadcrumbs": [crumb(_("Search"))],
        "meta": PageMeta(title=_("Search"), noindex=True),  # result pages are not for search engines
    }
    if terms:
        context["page"] = paginate(request, Article.objects.published().search(terms).for_listing())
        context["records"] = [
            (_("Academies"), list(Academy.objects.named(terms)[:10])),
            (_("People"), list(Person.objects.named(terms)[:10])),
            (_("Organisations"), list(Organisation.objects.named(terms)[:10])),
        ]
    return render(request, "news/search.html", context)


def article_detail(request, slug):
    article = get_object_or_404(Article.objects.published().prefetch_related(*SUBJECTS), slug=slug)
    return render_article(request, article)


@never_cache
@staff_member_required
def article_preview(request, pk):
    """Editors see a draft or scheduled article exactly as it will look; never cached, never public."""
    article = get_object_or_404(Article.objects.prefetch_related(*SUBJECTS), pk=pk)
    return render_article(request, article, preview=True)


def render_article(request, article, preview=False):
    published = Article.objects.published()
    meta = PageMeta(
        title=article.title, description=article.summary or article.title, kind="article",
        image=cover_url(request, article), image_alt=article.cover_alt, noindex=preview,
        jsonld=[news_article(request, article)],
    )
    context = {
        "article": article,
        "preview": preview,
        "previous": published.previous_of(article),
        "next": published.next_of(article),
        "related": list(published.related_to(article)),
        "current_section": "news:list",
        "breadcrumbs": [news_crumb(), crumb(article.title)],
        "meta": meta,
    }
    return render(request, "news/article_detail.html", context)
