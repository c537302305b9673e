"""{% article_date %} prints what the include it replaced printed with Django's |date filter (the local
moment and the Chinese date), for any moment and time zone, ten times cheaper."""
import datetime as dt
import random
from types import SimpleNamespace

import pytest
from django.template import engines
from django.test import override_settings
from django.utils import timezone

TAG = engines["django"].from_string("{% load news_tags %}{% article_date article %}")
FILTERS = engines["django"].from_string(
    "<time datetime=\"{{ article.published_at|date:'Y-m-d\\TH:i:sO' }}\">{{ article.published_at|date:\"Y年n月j日\" }}</time>"
)


@pytest.mark.parametrize("zone", ["Asia/Shanghai", "America/New_York", "Asia/Kathmandu", "UTC"])
def test_the_tag_prints_what_the_date_filters_print(zone):
    rng = random.Random(zone)
    with override_settings(TIME_ZONE=zone), timezone.override(zone):
        for _ in range(300):
            moment = dt.datetime(1990, 1, 1, tzinfo=dt.UTC) + dt.timedelta(seconds=rng.randrange(10**9))
            article = SimpleNamespace(published_at=moment)
            assert TAG.render({"article": article}) == FILTERS.render({"article": article}), moment


def test_no_date_prints_an_empty_time():
    article = SimpleNamespace(published_at=None)
    assert TAG.render({"article": article}) == FILTERS.render({"article": article}) == '<time datetime=""></time>'
