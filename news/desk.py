"""The editors' desk (the admin's front page): what waits for whom, with counts."""
from django.db.models import Q
from django.utils import timezone

from news.models import Article
from news.workflow import can_publish

DESK_LIMIT = 8


def desk(user):
    """[(key, heading, count, articles, link query)] for the desk, in the order editors need them."""
    now = timezone.now()
    articles = Article.objects.defer("body", "search_tokens").select_related("owner")
    mine = articles.filter(owner=user)
    sections = []
    if can_publish(user):
        waiting = articles.filter(review_state=Article.Review.PENDING).order_by("updated_at")
        sections.append(("review", "等我审核", waiting, "review_state__exact=pending"))
    returned = mine.filter(review_state=Article.Review.RETURNED).order_by("-updated_at")
    sections.append(("returned", "退回给我修改", returned, "review_state__exact=returned"))
    drafts = mine.filter(
        Q(status=Article.Status.DRAFT) | Q(has_unpublished_changes=True)
    ).exclude(review_state=Article.Review.RETURNED).order_by("-updated_at")
    sections.append(("drafts", "我的草稿", drafts, "status__exact=draft"))
    scheduled = articles.filter(status=Article.Status.PUBLISHED, published_at__gt=now).order_by("published_at")
    sections.append(("scheduled", "定时发布", scheduled, "status__exact=published"))
    recent = Article.objects.published(now).defer("body", "search_tokens").select_related("reviewed_by")
    sections.append(("published", "最近发布", recent.order_by("-published_at"), "status__exact=published"))
    return [
        {"key": key, "heading": heading, "count": queryset.count(), "articles": list(queryset[:DESK_LIMIT]), "query": query}
        for key, heading, queryset, query in sections
    ]
