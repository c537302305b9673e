"""The archive's months found one index probe per month (news.archive.months_with_news), never by reading
every article: the same months QuerySet.datetimes() gives, in any time zone, at a cost that follows the
number of months, not of articles."""
import datetime
import random

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from news.archive import months_with_news
from news.models import Article

pytestmark = pytest.mark.django_db


def by_datetimes():
    return list(Article.objects.published().datetimes("published_at", "month", order="DESC"))


def _articles(rng, count):
    """Published, draft, scheduled and expired articles, many at a month's edge in some time zone."""
    now = timezone.now()
    rows = []
    for i in range(count):
        day = now - datetime.timedelta(days=rng.randint(0, 900))
        if rng.random() < 0.5:  # the last or first hours of a month, in UTC, Shanghai or New York
            first = day.replace(day=1, hour=0, minute=0, second=0, microsecond=0)
            day = first + datetime.timedelta(hours=rng.choice([-13, -8, -5, -1, 0, 1, 5, 8, 13]),
                                             seconds=rng.choice([-1, 0, 1]))
        status = rng.choice([Article.Status.PUBLISHED] * 4 + [Article.Status.DRAFT])
        expires = now - datetime.timedelta(days=1) if rng.random() < 0.05 else None
        if rng.random() < 0.05:
            day = now + datetime.timedelta(days=rng.randint(1, 40))  # scheduled
        rows.append(Article(title=f"月份测试{i}", slug=f"month-test-{i}", summary="摘要", body="<p>正文</p>",
                            status=status, published_at=day, expires_at=expires))
    Article.objects.bulk_create(rows)


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("zone", ["Asia/Shanghai", "UTC", "America/New_York"])
def test_the_months_are_those_datetimes_gives(seed, zone):
    _articles(random.Random(seed), 300)
    with timezone.override(zone):
        months = months_with_news()
        assert months == by_datetimes()
        assert [m.utcoffset() for m in months] == [m.utcoffset() for m in by_datetimes()]
        assert all(timezone.localtime(m).day == 1 for m in months)


def test_no_news_is_no_months():
    assert months_with_news() == [] == by_datetimes()


@pytest.mark.parametrize("per_month", [1, 40])
def test_one_query_per_month_whatever_the_number_of_articles(per_month):
    now = timezone.now()
    Article.objects.bulk_create(
        Article(title=f"每月{m}-{i}", slug=f"per-month-{m}-{i}", summary="摘要", body="<p>正文</p>",
                status=Article.Status.PUBLISHED, published_at=now - datetime.timedelta(days=31 * m + i % 20))
        for m in range(6) for i in range(per_month)
    )
    with CaptureQueriesContext(connection) as queries:
        months = months_with_news()
    assert len(queries) == len(months) + 1
    assert not [q for q in queries if "trunc" in q["sql"].lower()]  # no month function over the rows
