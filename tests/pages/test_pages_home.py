"""The home page: featured news first, and an empty site that still reads well."""
import pytest

pytestmark = pytest.mark.django_db


def test_home_shows_featured_and_latest(client, make_article):
    make_article(title="头条新闻", featured=True)
    make_article(title="普通新闻")
    html = client.get("/zh-hans/").content.decode()
    assert html.index("头条新闻") < html.index("普通新闻")
    assert 'lang="zh-Hans"' in html


def test_empty_site_reads_well(client):
    html = client.get("/zh-hans/").content.decode()
    assert "还没有发布新闻" in html
    assert "还没有发布新闻" in client.get("/zh-hans/news/").content.decode()
