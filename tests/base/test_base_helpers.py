"""The shared helpers: one unique-slug helper and one paginated title for every app."""
import pytest
from django.core.paginator import Paginator
from django.http import Http404
from django.test import RequestFactory
from django.utils import translation

from base.pagination import listing_meta, paginate, paginated_title
from base.slugs import unique_slug


@pytest.mark.django_db
def test_unique_slug_is_pinyin_and_unique_in_any_model(make_article):
    from academy.models import Organisation

    make_article(title="工匠学院")
    assert unique_slug(type(make_article(title="x")), "工匠学院") == "gong-jiang-xue-yuan-2"
    Organisation.objects.create(name="工匠学院")
    assert Organisation.objects.get().slug == "gong-jiang-xue-yuan"
    assert unique_slug(Organisation, "!!!") == "organisation"
    assert unique_slug(Organisation, "!!!", fallback="org") == "org"


def test_paginated_title_and_meta():
    pages = Paginator(list(range(25)), 10)
    with translation.override("zh-hans"):
        assert paginated_title("新闻", pages.page(1)) == "新闻"
        assert paginated_title("新闻", pages.page(2)) == "新闻（第 2 页）"
        first, second = listing_meta("新闻", "d", pages.page(1)), listing_meta("新闻", "d", pages.page(2))
    assert not first.noindex and second.noindex
    assert listing_meta("新闻", "d", pages.page(1), noindex=True).noindex


@pytest.mark.parametrize("number", ["0", "4", "x", "-1"])
def test_a_page_that_does_not_exist_is_a_404(number):
    request = RequestFactory().get("/", {"page": number})
    with pytest.raises(Http404):
        paginate(request, list(range(25)))
