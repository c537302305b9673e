"""Public news pages. Each runs a fixed number of queries whatever the number of articles."""
import datetime

from django.contrib.admin.views.decorators import staff_member_required
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.views.decorators.cache import never_cache
from taggit.models import Tag

from academy.models import Academy
from news.models import Article

PAGE_SIZE = 10


def paginate(request, queryset, per_page=PAGE_SIZE):
    """A page of results; an out-of-range or malformed page number is a 404, not a silent first page."""
    paginator = Paginator(queryset, per_page, allow_empty_first_page=True)
    number = request.GET.get("page", "1")
    try:
        return paginator.page(int(number))
    except (ValueError, TypeError) as exc:
        raise Http404("页码无效") from exc
    except Exception as exc:  # EmptyPage / PageNotAnInteger
        raise Http404("没有这一页") from exc


def crumbs(*pairs):
    """Breadcrumb trail after 首页: (label, url) pairs, the last one being the current page."""
    return [{"label": label, "url": url} for label, url in pairs]


def news_crumb():
    return ("新闻", reverse("news:list"))


def home(request):
    published = Article.objects.published().for_listing()
    featured = list(published.featured()[:3])
    latest = list(published.exclude(pk__in=[a.pk for a in featured])[:8])
    context = {"featured": featured, "latest": latest, "academies": Academy.objects.for_home()}
    return render(request, "news/home.html", context)


def article_list(request):
    page = paginate(request, Article.objects.published().for_listing())
    return render(
        request, "news/article_list.html",
        {"page": page, "months": archive_months(), "breadcrumbs": crumbs(("新闻", None))},
    )


def tag_detail(request, slug):
    tag = get_object_or_404(Tag, slug=slug)
    page = paginate(request, Article.objects.published().tagged(slug).for_listing())
    return render(
        request, "news/tag_detail.html",
        {"tag": tag, "page": page, "breadcrumbs": crumbs(news_crumb(), (f"标签：{tag.name}", None))},
    )


def archive_month(request, year, month):
    if not 1 <= month <= 12 or not 1900 <= year <= 9999:
        raise Http404("没有这个月份")
    page = paginate(request, Article.objects.published().in_month(year, month).for_listing())
    return render(
        request, "news/archive.html",
        {
            "page": page, "month": datetime.date(year, month, 1), "months": archive_months(),
            "breadcrumbs": crumbs(
                news_crumb(), (f"{year}年", reverse("news:archive-year", args=[year])), (f"{month}月", None)
            ),
        },
    )


def archive_year(request, year):
    if not 1900 <= year <= 9999:
        raise Http404("没有这个年份")
    page = paginate(request, Article.objects.published().filter(published_at__year=year).for_listing())
    return render(
        request, "news/archive.html",
        {"page": page, "year": year, "months": archive_months(), "breadcrumbs": crumbs(news_crumb(), (f"{year}年", None))},
    )


def archive_months():
    """Months that have published news, newest first (one query)."""
    return Article.objects.published().datetimes("published_at", "month", order="DESC")


# What an article is about, shown under it as links to the academy pages.
SUBJECTS = ("tags", "academies", "people", "organisations", "events", "courses", "training_bases")


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
    context = {
        "article": article,
        "preview": preview,
        "previous": published.previous_of(article),
        "next": published.next_of(article),
        "related": list(published.related_to(article)),
        "current_section": "news:list",
        "breadcrumbs": crumbs(news_crumb(), (article.title, None)),
    }
    return render(request, "news/article_detail.html", context)
