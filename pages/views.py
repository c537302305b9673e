"""Pages that span the apps: the home page and the site search."""
from django.shortcuts import render
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from academy.models import Academy, Organisation, Person
from base.pagination import paginate
from base.seo import PageMeta, crumb
from news.models import Article
from zhtext.search import query_terms


def home(request):
    published = Article.objects.published().for_listing()
    featured = list(published.featured()[:3])
    latest = list(published.exclude(pk__in=[a.pk for a in featured])[:8])
    context = {"featured": featured, "latest": latest, "academies": Academy.objects.for_home(), "meta": PageMeta()}
    return render(request, "news/home.html", context)


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
    response = render(request, "news/search.html", context)
    response.cache_conversion = False  # each query is a new page: caching them would grow without bound
    return response
