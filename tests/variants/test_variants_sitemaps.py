"""Sitemaps split per section and page: every published page in exactly one file per variant, the index
lists every file with its lastmod, files stay small, and they are cached."""
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from config import sitemaps
from news.models import Article

pytestmark = pytest.mark.django_db


def locations(xml):
    return re.findall(r"<loc>([^<]+)</loc>", xml)


def all_urls(client, code):
    """Every <loc> of every file the root index lists for one variant (and the files read)."""
    index = client.get("/sitemap.xml").content.decode()
    files = [url for url in locations(index) if f"/{code}/" in url]
    urls = []
    for url in files:
        response = client.get(url.replace("http://testserver", "").replace("&amp;", "&"))
        assert response.status_code == 200, url
        urls += locations(response.content.decode())
    return files, urls


@pytest.fixture
def small_files(monkeypatch):
    for sitemap in sitemaps.SITEMAPS.values():
        monkeypatch.setattr(sitemap, "limit", 7)


def test_every_published_article_is_in_exactly_one_file(client, many_articles, make_article, small_files):
    articles = many_articles(40)
    draft = make_article(status=Article.Status.DRAFT)
    for code in ("zh-hans", "zh-tw"):
        files, urls = all_urls(client, code)
        assert sum("sitemap-articles.xml" in f for f in files) == 6  # 40 articles, 7 a file
        assert len(urls) == len(set(urls))  # no page twice
        for article in articles:
            assert urls.count(f"http://testserver/{code}/news/{article.slug}/") == 1
        assert not any(draft.slug in url for url in urls)


def test_the_index_gives_each_file_its_lastmod(client, many_articles, small_files):
    many_articles(10)
    index = client.get("/sitemap.xml").content.decode()
    entries = re.findall(r"<sitemap><loc>([^<]+)</loc>(?:<lastmod>([^<]+)</lastmod>)?</sitemap>", index)
    articles = [(loc, lastmod) for loc, lastmod in entries if "sitemap-articles" in loc]
    assert len(articles) == 2 * 3 and all(lastmod for _loc, lastmod in articles)
    assert any(loc.endswith("?p=2") for loc, _ in articles)


def test_a_page_past_the_end_is_404(client, many_articles, small_files):
    many_articles(10)
    assert client.get("/zh-hk/sitemap-articles.xml?p=2").status_code == 200
    assert client.get("/zh-hk/sitemap-articles.xml?p=3").status_code == 404
    assert client.get("/zh-hk/sitemap-nothing.xml").status_code == 404


def test_alternates_point_at_the_same_page_in_each_variant(client, make_article):
    article = make_article()
    xml = client.get("/zh-tw/sitemap-articles.xml").content.decode()
    assert f"<loc>http://testserver/zh-tw/news/{article.slug}/</loc>" in xml
    for code, tag in (("zh-hans", "zh-Hans"), ("zh-tw", "zh-Hant-TW"), ("zh-hk", "zh-Hant-HK")):
        assert f'hreflang="{tag}" href="http://testserver/{code}/news/{article.slug}/"' in xml


def test_files_are_bounded_and_cached(client, many_articles):
    many_articles(30)
    assert sitemaps.SITEMAPS["articles"].limit <= 50_000
    for url in ("/zh-hans/sitemap-articles.xml", "/sitemap.xml", "/zh-tw/sitemap.xml"):
        assert client.get(url).status_code == 200
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        assert len(queries) == 0, url  # served from the cache


def test_the_variant_index_lists_its_sections(client, make_article):
    make_article()
    xml = client.get("/zh-hk/sitemap.xml").content.decode()
    assert "http://testserver/zh-hk/sitemap-articles.xml" in xml and "http://testserver/zh-hk/sitemap-people.xml" in xml


NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def test_a_file_is_valid_xml_with_each_pages_variants_and_no_template(client, make_article):
    import xml.etree.ElementTree as ET

    article = make_article(title="地图测试")
    response = client.get("/zh-tw/sitemap-articles.xml")
    assert response["Content-Type"] == "application/xml"
    assert not [t.name for t in response.templates]  # written by urlset_xml, not rendered
    root = ET.fromstring(response.content)
    (url,) = [u for u in root.findall("s:url", NS) if article.slug in u.findtext("s:loc", namespaces=NS)]
    assert url.findtext("s:loc", namespaces=NS).endswith(f"/zh-tw/news/{article.slug}/")
    assert url.findtext("s:lastmod", namespaces=NS) == timezone.localtime(article.updated_at).date().isoformat()
    links = {link.get("hreflang"): link.get("href") for link in url.findall("x:link", NS)}
    assert set(links) == {"zh-Hans", "zh-Hant-TW", "zh-Hant-HK"}
    assert links["zh-Hant-HK"].endswith(f"/zh-hk/news/{article.slug}/")


def test_urlset_xml_escapes_and_dates_in_the_sites_time_zone():
    import datetime
    import xml.etree.ElementTree as ET

    from variants.sitemaps import urlset_xml

    late = datetime.datetime(2026, 3, 31, 17, 30, tzinfo=datetime.UTC)  # 1 April in Shanghai
    xml = urlset_xml([{"location": "http://x/a?b=1&c=<2>\"'", "lastmod": late, "changefreq": "daily",
                       "priority": "0.5", "alternates": [{"location": "http://x/zh-tw/a?b=1&c=2", "lang_code": "zh-tw"}]},
                      {"location": "http://x/b", "lastmod": datetime.date(2026, 1, 2), "alternates": []}])
    root = ET.fromstring(xml)
    first, second = root.findall("s:url", NS)
    assert first.findtext("s:loc", namespaces=NS) == "http://x/a?b=1&c=<2>\"'"
    assert first.findtext("s:lastmod", namespaces=NS) == "2026-04-01"
    assert first.find("x:link", NS).get("href") == "http://x/zh-tw/a?b=1&c=2"
    assert first.find("x:link", NS).get("hreflang") == "zh-Hant-TW"
    assert second.findtext("s:lastmod", namespaces=NS) == "2026-01-02" and second.find("s:priority", NS) is None
