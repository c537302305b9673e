"""Pages that span the apps: the home page and the site search."""
import datetime

from django.http import Http404
from django.shortcuts import render
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from academy.models import Academy
from academy.search import search_records
from base.pagination import paginate
from base.prepared import Prepared
from base.seo import PageMeta, crumb
from news.models import Article
from news.search import search_articles
from news.views import popular_articles
from pages.models import current as site_settings
from zhtext.search import query_terms

FEATURED_SIZE = 3  # 头条
LATEST_SIZE = 8
PICTURE_NEWS_SIZE = 6


def _news_cards(now):
    return Article.objects.published(now).news().cards().order_by("-published_at", "-pk")


# The home page's lists differ from one request to the next only by the time: each is compiled once per
# worker (base.prepared).
_FEATURED = Prepared(lambda now: _news_cards(now).featured()[:FEATURED_SIZE], now=datetime.datetime)
# The newest not among the top stories: they are among the newest LATEST_SIZE + FEATURED_SIZE, so one
# plain slice instead of a second query that excludes the featured ones.
_NEWEST = Prepared(lambda now: _news_cards(now)[:LATEST_SIZE + FEATURED_SIZE], now=datetime.datetime)
# 图片新闻: the newest articles with a cover picture (the strip is left out when there are none).
_PICTURE_NEWS = Prepared(lambda now: _news_cards(now).exclude(cover_image="")[:PICTURE_NEWS_SIZE],
                         now=datetime.datetime)
_NOTICES = Prepared(lambda now: Article.objects.published(now).current_notices(now).notice_items()[:6],
                    now=datetime.datetime)


def home(request):
    now = timezone.now()
    featured = _FEATURED(now=now)
    on_top = {article.pk for article in featured}
    latest = [article for article in _NEWEST(now=now) if article.pk not in on_top][:LATEST_SIZE]
    context = {
        "featured": featured, "latest": latest, "academies": Academy.objects.for_home(), "meta": PageMeta(),
        "notices": _NOTICES(now=now),
        "popular": popular_articles(now),
        "picture_news": _PICTURE_NEWS(now=now),
        "now": now,
    }
    return render(request, "news/home.html", context)


def search(request):
    """Articles and academy records, found whatever script the query or the text is in, grouped by kind
    (news.search, academy.search); a fixed number of queries whatever the number of articles."""
    query = request.GET.get("q", "")[:100]
    terms = query_terms(query)
    context = {
        "query": query, "terms": terms, "heading": _("Search"), "search_query": urlencode({"q": query}),
        "breadcrumbs": [crumb(_("Search"))],
        "meta": PageMeta(title=_("Search"), noindex=True),  # result pages are not for search engines
    }
    if terms:
        results = search_articles(query)
        context["page"] = paginate(request, results)
        context["news_count"], context["news_capped"] = results.count(), results.capped
        context["groups"] = search_records(terms)
        context["found"] = results.count() or any(g.count for g in context["groups"])
        context["single_terms"] = [(t, urlencode({"q": t})) for t in terms] if len(terms) > 1 else []
    response = render(request, "news/search.html", context)
    # Each query is a new page: the converter's cache would grow without bound (the page cache keeps
    # search pages under a budget of its own, config.pagecache).
    response.cache_conversion = False
    return response


def about(request):
    """关于我们: the text editors wrote in the admin; no text, no page."""
    settings = site_settings()
    if not settings.about:
        raise Http404(_("This page has not been written yet."))
    context = {
        "heading": _("About us"), "breadcrumbs": [crumb(_("About us"))], "text": settings.about,
        "meta": PageMeta(title=_("About us"), description=settings.about[:150]),
    }
    return render(request, "pages/about.html", context)


def contact(request):
    """联系我们: address, telephone, e-mail and a note, as editors entered them; nothing entered, no page."""
    settings = site_settings()
    if not settings.has_contact:
        raise Http404(_("This page has not been written yet."))
    context = {
        "heading": _("Contact us"), "breadcrumbs": [crumb(_("Contact us"))],
        "meta": PageMeta(title=_("Contact us")),
    }
    return render(request, "pages/contact.html", context)
