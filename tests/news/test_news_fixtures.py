"""The seed content: repaired, complete, loadable twice, and all-or-nothing when broken."""
import re
from pathlib import Path

import pytest
from django.core.management import call_command

from news.html import sanitize_html
from news.models import Article, ArticleTag

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]
NEWS = ROOT / "fixtures" / "news.json"
PINYIN = re.compile(r"[\u4e00-\u9fff]\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüv]+\)")
FORBIDDEN = ["金宝搏", "188", "稿件来源", "本站", "版权均属", "?"]


@pytest.fixture
def loaded():
    call_command("loaddata", str(NEWS), verbosity=0)


def test_both_articles_load_as_published_news(loaded):
    shanghai = Article.objects.published().get(slug="da-ling-hao-wan-gong-jiang-xue-yuan-gua-pai")
    weifang = Article.objects.published().get(slug="wei-fang-lao-mo-gong-jiang-xue-yuan-pei-xun-ban")
    assert shanghai.script == "hans" and weifang.script == "hant"
    assert shanghai.published_at.date().isoformat() == "2024-04-26"
    assert weifang.published_at.date().isoformat() == "2024-08-29"
    assert (weifang.byline, weifang.reviewer) == ("薛蕊", "陳守學")
    assert "<h2>匠师引路，铸才育能</h2>" in shanghai.body
    assert "第七一一研究所" in shanghai.body
    assert {t.name for t in shanghai.tags.all()} >= {"劳模工匠学院", "匠师铸才"}
    assert set(shanghai.tags.all()) & set(weifang.tags.all())  # so each is related to the other


def test_bodies_are_already_clean_html(loaded):
    for article in Article.objects.all():
        assert sanitize_html(article.body) == article.body


def test_doubts_stay_visible_to_editors(loaded):
    shanghai = Article.objects.get(slug="da-ling-hao-wan-gong-jiang-xue-yuan-gua-pai")
    messages = " ".join(w["message"] for w in shanghai.import_report["warnings"])
    assert "第七一一研究所" in messages and "来源不明" in messages


def test_loading_twice_duplicates_nothing(loaded):
    counts = (Article.objects.count(), ArticleTag.objects.count())
    call_command("loaddata", str(NEWS), verbosity=0)
    call_command("load_site_content", verbosity=0)
    assert (Article.objects.count(), ArticleTag.objects.count()) == counts == (2, counts[1])


@pytest.mark.parametrize("url", [
    "/zh-hans/", "/zh-hans/news/", "/zh-hans/news/da-ling-hao-wan-gong-jiang-xue-yuan-gua-pai/",
    "/zh-hans/news/wei-fang-lao-mo-gong-jiang-xue-yuan-pei-xun-ban/", "/zh-hans/news/tag/lao-mo-gong-jiang-xue-yuan/",
    "/zh-hans/news/archive/2024/", "/zh-hans/news/archive/2024/4/", "/zh-hans/news/archive/2024/8/",
    "/zh-hans/news/feed/rss/", "/zh-hans/news/feed/atom/", "/zh-hans/sitemap.xml",
])
def test_no_damage_reaches_any_page(client, loaded, url):
    response = client.get(url)
    assert response.status_code == 200
    text = response.content.decode()
    visible = re.sub(r"<\?xml[^>]*\?>|<[^>]+>", " ", text)  # text, not markup or the XML declaration
    assert not PINYIN.search(visible)
    for bad in FORBIDDEN:
        assert bad not in visible, bad
