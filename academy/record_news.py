"""A record's news: the newest few on the record's page, every one on its own paged list (…/<slug>/news/).

A record may be named in thousands of articles (a large academy over ten years). Its page shows the newest
NEWS_SHOWN and links the rest, which the news page lists NEWS_PAGE_SIZE at a time. Both read the record's
rows of the link table (academy.models.common.Named.news), with a count kept in the shared cache beside
the news lists' counts (news.archive): it gives the "all N" link and the pagination, and chooses the query
plan for a record named in thousands (base.planner.walk_from). So neither page grows with the number of
articles. The count's version is dropped when an article changes or a record gains or loses an article
(academy.apps), so it is never stale.
"""
import datetime

from django.http import Http404
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _

from academy.models import Academy, Course, Event, Organisation, Person, TrainingBase
from academy.publishing import record_or_404
from base.addresses import address
from base.pagination import PAGE_SIZE, listing_meta, paginate, requested_page
from base.prepared import keyed
from base.seo import crumb
from news.archive import list_count
from news.models import Article

NEWS_SHOWN = 10
NEWS_PAGE_SIZE = PAGE_SIZE

# The record kinds with a page, and the name of their news page's view (academy/urls.py).
NEWS_VIEWS = {
    Academy: "academy:academy-news", Course: "academy:course-news", Person: "academy:person-news",
    TrainingBase: "academy:base-news", Event: "academy:event-news", Organisation: "academy:organisation-news",
}


def news_count(record) -> int:
    """How many published articles name the record: a cache read, a count after a change."""
    return list_count(f"record-news:{record._meta.label_lower}:{record.pk}", record.news)


def _newest(record, total) -> list:
    """The newest few of a record's news, one query per kind of record and plan (walked or looked up),
    compiled once per worker (base.prepared): the plan is chosen here from the record's count, the query
    then only binds the record."""
    model, walk = type(record), Article.objects.walks_among(total, NEWS_SHOWN, probed=True)
    query = keyed(("newest-news", model, walk), lambda pk, now: model(pk=pk).news(walk=walk, now=now)[:NEWS_SHOWN],
                  pk=int, now=datetime.datetime)
    return query(pk=record.pk, now=timezone.now())


def newest_news(record) -> dict:
    """What a record's page shows of its news: `news` (the newest NEWS_SHOWN), `news_total` and, when
    there are more, `news_url` (its news page). No query at all for a record no article names."""
    total = news_count(record)
    shown = _newest(record, total) if total else []
    more = total > len(shown)
    url = address(NEWS_VIEWS[type(record)], record.slug) if more else ""
    return {"news": shown, "news_total": total, "news_url": url}


def record_news(request, slug, model, list_view, list_title):
    """Every published article that names the record, newest first, paged. Not for search engines
    (noindex): the articles are in the sitemaps, the newest of them on the record's page."""
    record, preview = record_or_404(request, model.objects.all, slug=slug)
    total = news_count(record)
    if not total:  # no news: nothing links here
        raise Http404(_("No news mentions this yet."))
    wanted = requested_page(request) * NEWS_PAGE_SIZE
    page = paginate(request, record.news(picks=total, wanted=wanted).for_card_list(), NEWS_PAGE_SIZE, count=total)
    heading = _("News mentioning %(name)s") % {"name": record.name}
    description = _("Every news article that mentions %(name)s, newest first.") % {"name": record.name}
    return render(request, "academy/record_news.html", {
        "record": record, "page": page, "heading": heading, "preview": preview,
        "meta": listing_meta(heading, description, page, noindex=True),
        "breadcrumbs": [
            crumb(list_title, address(list_view)), crumb(record.name, record.get_absolute_url()), crumb(_("News")),
        ],
    })


def connect_invalidation() -> None:
    """Drop the counts' version (news.archive) when a record gains or loses an article (the link tables'
    m2m_changed: the admin, accepted mentions, proposals) and when a course, event or training base moves
    to another academy (an academy's news includes theirs). Article changes drop it already."""
    from django.db.models.signals import m2m_changed, post_delete, post_save

    from news import archive

    for model in NEWS_VIEWS:
        through = model._meta.get_field("source_articles").remote_field.through
        m2m_changed.connect(archive.forget, sender=through, dispatch_uid=f"record-news-{model._meta.label}")
    for model in (Course, Event, TrainingBase):
        for signal in (post_save, post_delete):
            signal.connect(archive.forget, sender=model, dispatch_uid=f"record-news-{model._meta.label}-{signal is post_save}")
