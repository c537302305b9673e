"""Reads of articles. Everything the public sees goes through published()."""
import datetime

from django.db.models import Count, Exists, OuterRef, Prefetch, Q, Sum
from django.utils import timezone

from base import planner
from base.derived import DerivedQuerySet
from base.natural_keys import NaturalKeyManager
from base.pagination import PAGE_SIZE
from base.planner import Likely, picked
from news.archive import published_total

POPULAR_CANDIDATES = 50
POPULAR_DAYS = 30
# What a list of headlines shows (热门, previous and next, related): a link and its date.
HEADLINE_FIELDS = ("title", "slug", "published_at")
# What an article card shows (includes/article_card.html, the home page's lists), tags apart.
CARD_FIELDS = (*HEADLINE_FIELDS, "summary", "source_name", "cover_image", "cover_alt", "cover_renditions")
# What a notice in a list shows (includes/notice_item.html), its annotations apart.
NOTICE_FIELDS = (*HEADLINE_FIELDS, "closes_at")
# What a feed's item says (news.feeds): its link, title, summary, dates and author; its tags apart.
FEED_FIELDS = (*HEADLINE_FIELDS, "summary", "updated_at", "byline", "source_name")
# What a record's list of reports shows (academy/includes/article_list.html).
LINK_FIELDS = (*HEADLINE_FIELDS, "source_name")
# What a search result shows (news/search.html): its title and a snippet of its summary or body, marked.
SEARCH_HIT_FIELDS = (*LINK_FIELDS, "summary", "body")


# A list's tags into a plain list that Article.shown_tags reads (and puts in order: taggit's prefetch has
# no ORDER BY, a SELECT DISTINCT that PostgreSQL may answer in any order). Prefetched onto the tags
# manager instead, Django asks taggit's manager of each article for a queryset to hold its rows, and
# taggit builds a filtered one that is never run: about 0.1 ms an article, a tenth of a list page.
TAG_LIST = "tag_list"


def tags_prefetch():
    return Prefetch("tags", to_attr=TAG_LIST)


class ArticleQuerySet(DerivedQuerySet):
    def published(self, now=None):
        """Published, due and not expired: a scheduled article appears when its time comes and leaves when its
        expiry passes, with no cron job."""
        return self._live(Q(status=self.model.Status.PUBLISHED), now)

    def published_few(self, now=None):
        """published(), for queries whose rows another condition picks (a record's link table, a tag's rows,
        热门's candidates, a list of ids): the status test is marked as true of most articles (base.planner),
        so that SQLite without statistics starts from the picked rows instead of walking every published
        article in date order and testing each (a person's page: 210 ms at 100,000 articles, then 9 ms)."""
        return self._live(Likely(Q(status=self.model.Status.PUBLISHED)), now)

    def _live(self, status_test, now):
        now = now or timezone.now()
        return self.filter(Q(expires_at__isnull=True) | Q(expires_at__gt=now), status_test, published_at__lte=now)

    def scheduled(self, now=None):
        """Published but not yet due."""
        return self.filter(status=self.model.Status.PUBLISHED, published_at__gt=now or timezone.now())

    def for_feed(self):
        """A feed's items: their fields (not the body nor the search token streams, each bigger than the body),
        tags in one extra query, newest first."""
        return self.only(*FEED_FIELDS).prefetch_related(tags_prefetch()).order_by("-published_at", "-pk")

    def for_card_list(self):
        """List pages (news, tag, archive): the cards' fields, tags in one extra query, newest first."""
        return self.cards().prefetch_related(tags_prefetch()).order_by("-published_at", "-pk")

    # Only the fields a kind of list shows: a page reads, and Django compiles and builds, a few columns
    # instead of the article's thirty (issue 13.8). Any other field would cost a query per article.
    def headlines(self):
        return self.only(*HEADLINE_FIELDS)

    def cards(self):
        return self.only(*CARD_FIELDS)

    def search_hits(self):
        return self.only(*SEARCH_HIT_FIELDS)

    def notice_items(self):
        return self.only(*NOTICE_FIELDS)

    def for_links(self):
        """For lists of links (an academy record's reports): their shown fields, newest first."""
        return self.only(*LINK_FIELDS).order_by("-published_at", "-pk")

    def news(self):
        """The news proper: not 通知公告."""
        return self.filter(kind=self.model.Kind.NEWS)

    def notices(self, now=None):
        """通知公告: pinned ones still in force first, then newest first; `pinned_now` and `attachment_total`
        (a notice's attachments are what readers come for, so lists mark them) are annotated."""
        now = now or timezone.now()
        in_force = Q(closes_at__isnull=True) | Q(closes_at__gt=now)
        return (
            self.filter(kind=self.model.Kind.NOTICE)
            .annotate(pinned_now=Q(pinned=True) & in_force, attachment_total=Count("attachment_links"))
            .order_by("-pinned_now", "-published_at", "-pk")
        )

    def current_notices(self, now=None):
        """Notices still in force (no expiry, or expiring later)."""
        now = now or timezone.now()
        return self.notices(now).filter(Q(closes_at__isnull=True) | Q(closes_at__gt=now))

    def popular(self, days=POPULAR_DAYS, today=None, read_on=None):
        """热门: most read in the last `days` days (one query; articles nobody read are left out).
        `read_on`: those days (reading_days()), when the caller has them."""
        read_on = list(read_on or reading_days(days, today))
        # Start from the reading counts of those days (their index), not from every published article:
        # only the POPULAR_CANDIDATES most read are looked at, so the cost follows readers, not the archive.
        # The days as a list, not a range: without statistics SQLite read a range of days by scanning every
        # count in article order (to group without sorting); a list of days it reads from the day index.
        most_read = (
            self.model.daily_views.rel.related_model.objects
            .filter(day__in=read_on).values("article")
            .annotate(total=Sum("views")).order_by("-total").values("article")[:POPULAR_CANDIDATES]
        )
        return (
            self.filter(pk__in=most_read, daily_views__day__in=read_on)
            .annotate(recent_views=Sum("daily_views__views"))
            .filter(recent_views__gt=0)
            .headlines()  # 热门 lists show headlines: fewer columns to group by, too
            .order_by("-recent_views", "-published_at")
        )

    def featured(self):
        return self.filter(featured=True)

    def tagged(self, tag, picks: int | None = None, wanted: int = PAGE_SIZE):
        """From the tag's rows of the through table (its index), not a join the planner may start from
        every published article (1.5 s at 100,000 on SQLite). By the tag's id, not its slug, so that
        PostgreSQL's planner reads the figures of that tag, not of the average one. `picks` and `wanted`:
        see among() (a tag on a third of 100,000 articles: its first page 120 ms -> 6 ms on SQLite)."""
        through = self.model._meta.get_field("tagged_items").related_model
        return self.among(through.objects.filter(tag_id=tag.pk).values("content_object"), picks, wanted)

    def among(self, ids, picks: int | None = None, wanted: int = PAGE_SIZE, probe=None, walk: bool | None = None):
        """These articles whose id is in `ids` (a subquery: a tag's rows, a record's links), for a list
        ordered by date, with the query plan chosen by one rule (base.planner.walk_from). `picks`: how
        many published articles `ids` holds, when the caller has it (a list's cached count); `wanted`:
        how deep the page reaches (its last row). A page near the top of thousands is found walking the
        date index newest first and testing each entry, a deep or a short list by looking every picked
        row up and sorting them. The test is the id looked for in `ids` (read once), or `probe()`, a
        condition testing one article by index probes (an Exists; built only when walked), which is
        cheaper for a first page because nothing is read beforehand. `walk`: the plan, when the caller
        chose it (walks_among: a query compiled once decides nothing itself, base.prepared)."""
        if walk is None:
            walk = self.walks_among(picks, wanted, probe is not None)
        if walk and probe is not None:
            return self.filter(probe())
        return picked(self, ids, walk=walk)

    @staticmethod
    def walks_among(picks: int | None, wanted: int, probed: bool) -> bool:
        """among()'s plan: whether the date index is walked (base.planner.walks)."""
        cost = planner.PROBE_COST if probed else planner.WALK_COST
        return planner.walks(picks, wanted, published_total(), cost)

    def tags(self):
        """The tags these articles use (for published(): the tags the public may see; a tag only drafts
        carry does not exist for them). One query, used as a subquery."""
        through = self.model._meta.get_field("tagged_items").related_model
        tag_model = through._meta.get_field("tag").related_model
        used = through.objects.filter(tag=OuterRef("pk"), content_object__in=self.values("pk"))
        return tag_model.objects.filter(Exists(used))

    def in_month(self, year, month):
        """Published in that month of the site's time zone, as a range of the date index: a
        ``published_at__month`` test is a function of every row instead (on SQLite a Python call per
        row: 70 ms for a month of 100,000 articles)."""
        in_month = self.filter(published_at__gte=timezone.make_aware(datetime.datetime(year, month, 1)))
        if (year, month) == (datetime.MAXYEAR, 12):
            return in_month
        return in_month.filter(
            published_at__lt=timezone.make_aware(datetime.datetime(year + month // 12, month % 12 + 1, 1)),
        )

    def related_to(self, article, limit=4):
        """Other published articles ranked by how many tags they share with this one (news.related: a
        bounded window per tag, so the cost does not grow with the archive)."""
        from news.related import related_articles

        return related_articles(self, article, limit)

    def before(self, when):
        """Headlines published before `when`, newest first (an article's 上一篇 is the first)."""
        return self.filter(published_at__lt=when).headlines().order_by("-published_at")

    def after(self, when):
        """Headlines published after `when`, oldest first (an article's 下一篇 is the first)."""
        return self.filter(published_at__gt=when).headlines().order_by("published_at")

    def bulk_create(self, objs, *args, **kwargs):
        """Slugs as save() gives them (unique within the batch too); the rest is base.derived's."""
        objs, taken = list(objs), set()
        for obj in objs:
            if not obj.slug:
                obj.slug = self.model.unique_slug_among(obj, taken)
            taken.add(obj.slug)
        return super().bulk_create(objs, *args, **kwargs)


ArticleManager = NaturalKeyManager.from_queryset(ArticleQuerySet)


def reading_days(days=POPULAR_DAYS, today=None) -> tuple:
    """The days 热门 counts readings on: today and the days before it, in the site's time zone."""
    today = today or timezone.localdate()
    return tuple(today - datetime.timedelta(days=n) for n in range(days))


def next_scheduled_change():
    """When a published article next comes due or expires, whichever is first: publication and expiry are
    queries, not jobs, so no save marks those moments (config.pagecache starts a new page generation then,
    news.archive forgets its months and counts)."""
    from news.models import Article

    now = timezone.now()
    published = Article.objects.filter(status=Article.Status.PUBLISHED)
    moments = [
        published.filter(published_at__gt=now).order_by("published_at").values_list("published_at", flat=True).first(),
        published.filter(expires_at__gt=now).order_by("expires_at").values_list("expires_at", flat=True).first(),
    ]
    return min((m for m in moments if m is not None), default=None)
