import xml.etree.ElementTree as ET

import pytest

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


def test_rss_is_rss2_with_items(client, make_article):
    make_article(title="订阅里的新闻", tags=["劳模"])
    response = client.get("/zh-hans/news/feed/rss/")
    assert response["Content-Type"].startswith("application/rss+xml")
    root = ET.fromstring(response.content)
    assert root.tag == "rss" and root.get("version") == "2.0"
    item = root.find("channel/item")
    assert item.findtext("title") == "订阅里的新闻"
    assert item.findtext("link").startswith("http://testserver/zh-hans/news/")
    assert item.findtext("pubDate") and item.findtext("guid") and item.findtext("category") == "劳模"


def test_atom_has_author_and_updated_for_every_entry(client, make_article):
    make_article(title="甲")
    make_article(title="乙", byline="薛蕊")
    root = ET.fromstring(client.get("/zh-hans/news/feed/atom/").content)
    assert root.find(f"{ATOM}author/{ATOM}name") is not None or all(
        e.find(f"{ATOM}author") is not None for e in root.findall(f"{ATOM}entry")
    )
    entries = root.findall(f"{ATOM}entry")
    assert len(entries) == 2
    for entry in entries:
        assert entry.findtext(f"{ATOM}updated")
        assert entry.findtext(f"{ATOM}id")
        assert entry.find(f"{ATOM}author/{ATOM}name") is not None
    assert root.findtext(f"{ATOM}updated")


def test_atom_updated_never_before_published(client, make_article):
    import datetime

    from django.utils import timezone

    make_article(title="旧文", published_at=timezone.now() - datetime.timedelta(minutes=1))
    root = ET.fromstring(client.get("/zh-hans/news/feed/atom/").content)
    entry = root.find(f"{ATOM}entry")
    assert entry.findtext(f"{ATOM}updated") >= entry.findtext(f"{ATOM}published")
