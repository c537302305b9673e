import pytest
from django.urls import reverse

from news.models import Article

pytestmark = pytest.mark.django_db


def test_list_is_paginated_and_bad_pages_are_404(client, many_articles):
    many_articles(25)
    first = client.get("/zh-hans/news/")
    assert first.status_code == 200
    assert "第 1 / 3 页" in first.content.decode()
    assert client.get("/zh-hans/news/?page=3").status_code == 200
    assert client.get("/zh-hans/news/?page=4").status_code == 404
    assert client.get("/zh-hans/news/?page=abc").status_code == 404


def test_article_detail_prev_next_related_and_breadcrumbs(client, make_article):
    older = make_article(title="较早的新闻", days_ago=3, tags=["工匠", "培训"])
    middle = make_article(title="中间的新闻", days_ago=2, tags=["工匠"])
    newer = make_article(title="较新的新闻", days_ago=1, tags=["其他"])
    html = client.get(middle.get_absolute_url()).content.decode()
    assert f'href="{older.get_absolute_url()}" rel="prev"' in html
    assert f'href="{newer.get_absolute_url()}" rel="next"' in html
    related = html.split('id="related-title"')[1]
    assert "较早的新闻" in related and "较新的新闻" not in related
    assert 'aria-label="面包屑导航"' in html and '<span aria-current="page">中间的新闻</span>' in html


def test_tag_page_and_unknown_tag(client, make_article):
    make_article(title="带标签", tags=["劳模工匠"])
    make_article(title="无标签")
    html = client.get(reverse("news:tag", args=["劳模工匠"])).content.decode()
    assert "带标签" in html and "无标签" not in html
    assert client.get(reverse("news:tag", args=["不存在"])).status_code == 404


def test_archive_by_year_and_month(client, make_article):
    import datetime

    from django.utils import timezone

    when = timezone.make_aware(datetime.datetime(2024, 4, 26, 10, 0))
    make_article(title="四月新闻", published_at=when)
    make_article(title="八月新闻", published_at=when.replace(month=8))
    html = client.get("/zh-hans/news/archive/2024/4/").content.decode()
    assert "四月新闻" in html and "八月新闻" not in html
    assert "2024年4月" in html
    year = client.get("/zh-hans/news/archive/2024/").content.decode()
    assert "四月新闻" in year and "八月新闻" in year
    assert client.get("/zh-hans/news/archive/2024/13/").status_code == 404


def test_robots_points_to_sitemap(client):
    body = client.get("/robots.txt").content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in body
    assert "Disallow: /admin/" in body


def test_404_page_is_friendly(client):
    response = client.get("/zh-hans/news/no-such-article/")
    assert response.status_code == 404
    assert "页面不存在" in response.content.decode()


def test_slug_from_chinese_title_is_pinyin_and_unique(make_article):
    a = make_article(title="上海大零号湾工匠学院挂牌")
    b = make_article(title="上海大零号湾工匠学院挂牌")
    assert a.slug == "shang-hai-da-ling-hao-wan-gong-jiang-xue-yuan-gua-pai"
    assert b.slug == a.slug + "-2"
    assert Article.objects.get(pk=a.pk).get_absolute_url() == f"/zh-hans/news/{a.slug}/"


def test_slug_is_stable_when_title_changes(make_article):
    article = make_article(title="原来的标题")
    slug = article.slug
    article.title = "改过的标题"
    article.save()
    assert article.slug == slug


def test_public_pages_send_a_strict_content_security_policy(client):
    policy = client.get("/zh-hans/")["Content-Security-Policy"]
    for directive in ("default-src 'self'", "script-src 'self'", "object-src 'none'", "frame-ancestors 'none'"):
        assert directive in policy
    assert "unsafe-inline" not in policy
