"""Public news pages. Each runs a fixed number of queries whatever the number of articles."""
import datetime

from django.contrib.admin.views.decorators import staff_member_required
from django.db.models import Prefetch
from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from taggit.models import Tag

from base.pagination import PAGE_SIZE, listing_meta, paginate, requested_page
from base.seo import PageMeta, crumb
from news.archive import archive_months, archive_years, list_count
from news.body import render_body
from news.body_links import body_links, link_checks, link_first_mentions
from news.models import Article, ArticleAttachment, ArticleVideo, GalleryImage
from news.presence import Presence
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
    return crumb(_("News"), reverse("news:list"))


POPULAR_SIZE = 5  # 热门文章: the most read of the last 30 days


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
    count = list_count(f"tag:{tag.slug}", Article.objects.published_few().tagged(tag))
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
            news_crumb(), crumb(year, reverse("news:archive-year", args=[year])),
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


def article_detail(request, slug):
    # Only what the article has rows in is asked for (news.presence): most articles have no media, only
    # some kinds of record, and few accepted mentions.
    presence = Presence(("tags", *prefetches(), *MEDIA), link_checks())
    article = get_object_or_404(presence.annotate(Article.objects.published()), slug=slug)
    presence.prefetch(article)
    return render_article(request, article)


@never_cache
@staff_member_required
def article_preview(request, pk):
    """Editors see a draft or scheduled article exactly as it will look; never cached, never public."""
    article = get_object_or_404(Article.objects.prefetch_related("tags", *prefetches(), *MEDIA), pk=pk)
    # A live article with pending edits previews the edits (the newest revision), not the public version.
    return render_article(request, draft_version(article), preview=True)


def render_article(request, article, preview=False):
    published = Article.objects.published()
    meta = PageMeta(
        title=article.title, description=article.summary or article.title, kind="article",
        image=cover_url(request, article), image_alt=article.cover_alt, noindex=preview,
        jsonld=[news_article(request, article)],
    )
    videos = [link for link in article.video_links.all() if link.video_id or link.embed]
    notice = article.kind == Article.Kind.NOTICE
    section = crumb(_("Notices"), reverse("news:notices")) if notice else news_crumb()
    context = {
        "article": article,
        "body": render_body(link_first_mentions(article.body, body_links(article))),
        "preview": preview,
        "previous": published.previous_of(article),
        "next": published.next_of(article),
        # Rows picked by a tag's window and by the reading counts: published_few() (news.querysets).
        "related": list(Article.objects.published_few().related_to(article)),
        "popular": list(Article.objects.published_few().popular().exclude(pk=article.pk)[:POPULAR_SIZE]),
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
