"""Pages that span the apps: the home page and the site search."""
from django.shortcuts import render
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from academy.models import Academy
from academy.search import search_records
from base.pagination import paginate
from base.seo import PageMeta, crumb
from news.models import Article
from news.search import search_articles
from zhtext.search import query_terms


def home(request):
    published = Article.objects.published().for_listing()
    featured = list(published.featured()[:3])
    latest = list(published.exclude(pk__in=[a.pk for a in featured])[:8])
    context = {"featured": featured, "latest": latest, "academies": Academy.objects.for_home(), "meta": PageMeta()}
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
    response.cache_conversion = False  # each query is a new page: caching them would grow without bound
    return response
