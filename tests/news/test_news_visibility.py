"""Drafts and scheduled articles never reach the public: not in any page, feed or sitemap."""
import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from news.models import Article

pytestmark = pytest.mark.django_db

PUBLIC_URLS = [
    "/zh-hans/", "/zh-hans/news/", "/zh-hans/news/feed/rss/", "/zh-hans/news/feed/atom/", "/zh-hans/sitemap-articles.xml",
]


@pytest.fixture
def three_states(make_article):
    return {
        "public": make_article(title="已经公开的新闻", tags=["劳模"]),
        "draft": make_article(title="草稿不应公开", status=Article.Status.DRAFT, tags=["劳模"]),
        "future": make_article(
            title="定时发布未到时", tags=["劳模"],
            published_at=timezone.now() + datetime.timedelta(days=2),
        ),
    }


def test_published_query_decides_by_status_and_time(three_states):
    assert list(Article.objects.published()) == [three_states["public"]]
    later = timezone.now() + datetime.timedelta(days=3)
    assert set(Article.objects.published(now=later)) == {three_states["public"], three_states["future"]}


@pytest.mark.parametrize("url", PUBLIC_URLS + ["/zh-hans/news/tag/劳模/", f"/zh-hans/news/archive/{timezone.now().year}/"])
def test_hidden_articles_are_nowhere(client, three_states, url):
    body = client.get(url).content.decode()
    assert "已经公开的新闻" in body or url == "/zh-hans/sitemap-articles.xml"
    assert "草稿不应公开" not in body
    assert "定时发布未到时" not in body
    for hidden in ("draft", "future"):
        assert three_states[hidden].slug not in body


def test_sitemap_lists_only_public(client, three_states):
    body = client.get("/zh-hans/sitemap-articles.xml").content.decode()
    assert three_states["public"].get_absolute_url() in body
    assert three_states["draft"].get_absolute_url() not in body


@pytest.mark.parametrize("state", ["draft", "future"])
def test_hidden_detail_is_404(client, three_states, state):
    assert client.get(three_states[state].get_absolute_url()).status_code == 404


def test_scheduled_article_appears_when_due(client, make_article):
    article = make_article(title="到点出现", published_at=timezone.now() + datetime.timedelta(seconds=1))
    assert client.get(article.get_absolute_url()).status_code == 404
    Article.objects.filter(pk=article.pk).update(published_at=timezone.now() - datetime.timedelta(seconds=1))
    assert client.get(article.get_absolute_url()).status_code == 200


def test_editor_previews_draft_never_cached(editor_client, three_states):
    response = editor_client.get(reverse("news:preview", args=[three_states["draft"].pk]))
    assert response.status_code == 200
    assert "草稿不应公开" in response.content.decode()
    assert "no-cache" in response["Cache-Control"] and "private" in response["Cache-Control"]
    assert 'name="robots" content="noindex' in response.content.decode()


def test_anonymous_cannot_preview(client, three_states):
    response = client.get(reverse("news:preview", args=[three_states["draft"].pk]))
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]
