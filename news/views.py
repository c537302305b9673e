"""Public news pages. Each runs a fixed number of queries whatever the number of articles."""
import datetime

from django.contrib.admin.views.decorators import staff_member_required
from django.db.models import Prefetch
from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from taggit.models import Tag

from base.addresses import address
from base.pagination import PAGE_SIZE, listing_meta, paginate, requested_page
from base.prepared import Prepared, keyed
from base.seo import PageMeta, crumb
from news.archive import archive_months, archive_years, list_count
from news.body import render_body
from news.body_links import body_links, link_checks, link_first_mentions
from news.models import Article, ArticleAttachment, ArticleVideo, GalleryImage
from news.presence import Presence
from news.querysets import POPULAR_DAYS, reading_days
from news.structured_data import cover_url, news_article
from news.subjects import prefetches
from news.workflow import draft_version

# Its attachments (附件), gallery (图集) and videos (with their posters), with their library records.
MEDIA = (
    Prefetch("attachment_links", queryset=ArticleAttachment.objects.select_related("attachment")),
    Prefetch("gallery_items", queryset=GalleryImage.objects.select_related("image")),
    Prefetch("video_links", queryset=ArticleVideo.objects.select_related("video__poster")),
)


def news_crumb():
    return crumb(_("News"), address("news:list"))


POPULAR_SIZE = 5  # 热门文章: the most read of the last 30 days
def _popular(now, days, beside=None):
    rows = Article.objects.published_few(now).popular(read_on=days)
    return (rows if beside is None else rows.exclude(pk=beside))[:POPULAR_SIZE]


# 热门 on the home page, and beside an article (without it): one build, two compiled queries (base.prepared).
_POPULAR = Prepared(_popular, now=datetime.datetime, days=(datetime.date, POPULAR_DAYS))
_POPULAR_BESIDE = Prepared(_popular, now=datetime.datetime, days=(datetime.date, POPULAR_DAYS), beside=int)


def popular_articles(now, beside=None) -> list:
    """热门 (compiled once per worker, base.prepared), without the article `beside` when there is one."""
    days = reading_days(today=timezone.localdate(now))
    if beside is None:
        return _POPULAR(now=now, days=days)
    return _POPULAR_BESIDE(now=now, days=days, beside=beside.pk)


def article_list(request):
    articles = Article.objects.published().news()
    page = paginate(request, articles.for_card_list(), count=list_count("news", articles))
    meta = listing_meta(_("News"), _("All news of the craftsman academies, newest first."), page)
    context = {
        "page": page, "archive": archive_years(archive_months()), "heading": _("News"),
        "breadcrumbs": [crumb(_("News"))], "meta": meta,
    }
    return render(request, "news/article_list.html", context)


def notice_list(request):
    """通知公告: pinned notices still in force first, then newest first; expired ones stay readable."""
    notices = Article.objects.published().notices()
    page = paginate(request, notices.notice_items(), count=list_count("notices", notices))
    meta = listing_meta(_("Notices"), _("Notices and announcements of the craftsman academies."), page)
    context = {
        "page": page, "heading": _("Notices"), "breadcrumbs": [crumb(_("Notices"))], "meta": meta,
        "now": timezone.now(),
    }
    return render(request, "news/notice_list.html", context)


def tag_detail(request, slug):
    tag = get_object_or_404(Tag, slug=slug)
    count = list_count(f"tag:{tag.slug}", lambda: Article.objects.published_few().tagged(tag))
    tagged = Article.objects.published_few().tagged(tag, picks=count, wanted=requested_page(request) * PAGE_SIZE)
    page = paginate(request, tagged.for_card_list(), count=count)
    if not page.paginator.count:  # a tag only drafts carry does not exist for the public
        raise Http404
    title = _("Tag: %(tag)s") % {"tag": tag.name}
    meta = listing_meta(title, _("News tagged “%(tag)s”.") % {"tag": tag.name}, page)
    context = {"tag": tag, "page": page, "heading": title, "breadcrumbs": [news_crumb(), crumb(title)], "meta": meta}
    return render(request, "news/tag_detail.html", context)


def archive_month(request, year, month):
    if not 1 <= month <= 12 or not 1900 <= year <= 9999:
        raise Http404(_("There is no such month."))
    page = paginate(request, Article.objects.published().in_month(year, month).for_card_list())
    first_day = datetime.date(year, month, 1)
    heading = _("News of %(month)s") % {"month": formats.date_format(first_day, "YEAR_MONTH_FORMAT")}
    context = {
        "page": page, "month": first_day, "archive": archive_years(archive_months(), year), "heading": heading,
        "meta": listing_meta(heading, heading, page),
        "breadcrumbs": [
            news_crumb(), crumb(year, address("news:archive-year", year)),
            crumb(formats.date_format(first_day, "YEAR_MONTH_FORMAT")),
        ],
    }
    return render(request, "news/archive.html", context)


def archive_year(request, year):
    if not 1900 <= year <= 9999:
        raise Http404(_("There is no such year."))
    page = paginate(request, Article.objects.published().filter(published_at__year=year).for_card_list())
    heading = _("News of %(year)d") % {"year": year}
    context = {
        "page": page, "year": year, "archive": archive_years(archive_months(), year), "heading": heading,
        "meta": listing_meta(heading, heading, page), "breadcrumbs": [news_crumb(), crumb(year)],
    }
    return render(request, "news/archive.html", context)


# The article page's reads of a fixed shape, compiled once per worker (base.prepared): building and
# compiling each cost Django more than the database's answer.
_PREVIOUS = Prepared(lambda when, now: Article.objects.published(now).before(when)[:1], when=datetime.datetime,
                     now=datetime.datetime)
_NEXT = Prepared(lambda when, now: Article.objects.published(now).after(when)[:1], when=datetime.datetime,
                 now=datetime.datetime)


def article_detail(request, slug):
    # Only what the article has rows in is asked for (news.presence): most articles have no media, only
    # some kinds of record, and few accepted mentions.
    presence = Presence(("tags", *prefetches(), *MEDIA), link_checks())
    query = keyed(  # one per set of checks: a link provider registered later makes another
        ("article", presence.checks),
        lambda slug, now: presence.annotate(Article.objects.published(now)).filter(slug=slug)[:1],
        slug=str, now=datetime.datetime,
    )
    found = query(slug=slug, now=timezone.now())
    if not found:
        raise Http404(_("No article found."))
    article = found[0]
    presence.prefetch(article)
    return render_article(request, article)


@never_cache
@staff_member_required
def article_preview(request, pk):
    """Editors see a draft or scheduled article exactly as it will look; never cached, never public."""
    article = get_object_or_404(Article.objects.prefetch_related("tags", *prefetches(), *MEDIA), pk=pk)
    # A live article with pending edits previews the edits (the newest revision), not the public version.
    return render_article(request, draft_version(article), preview=True)


def _neighbour(query, article, now):
    """上一篇 or 下一篇 among published articles (none for a draft with no date yet)."""
    rows = query(when=article.published_at, now=now) if article.published_at else []
    return rows[0] if rows else None


def render_article(request, article, preview=False):
    now = timezone.now()
    meta = PageMeta(
        title=article.title, description=article.summary or article.title, kind="article",
        image=cover_url(request, article), image_alt=article.cover_alt, noindex=preview,
        jsonld=[news_article(request, article)],
    )
    videos = [link for link in article.video_links.all() if link.video_id or link.embed]
    notice = article.kind == Article.Kind.NOTICE
    section = crumb(_("Notices"), address("news:notices")) if notice else news_crumb()
    context = {
        "article": article,
        "body": render_body(link_first_mentions(article.body, body_links(article))),
        "preview": preview,
        "previous": _neighbour(_PREVIOUS, article, now),
        "next": _neighbour(_NEXT, article, now),
        # Rows picked by a tag's window and by the reading counts: published_few() (news.querysets).
        "related": list(Article.objects.published_few().related_to(article)),
        "popular": popular_articles(now, beside=article),
        "current_section": "news:notices" if notice else "news:list",
        "breadcrumbs": [section, crumb(article.title)],
        "meta": meta,
        "videos": videos,
    }
    response = render(request, "news/article_detail.html", context)
    frames = sorted({link.embed.frame_source for link in videos if link.embed})
    if frames:
        # Only this page, only these players: every other page keeps the site's frame-src 'none'. The
        # header is stored with the page in the page cache, so a cached copy keeps it.
        response._csp_replace = {"frame-src": frames}
    return response
