"""The seed content: repaired, complete, loadable twice, and all-or-nothing when broken."""
import json
import re
import shutil
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

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


def broken_copy(tmp_path, mutate):
    shutil.copy(NEWS, tmp_path / "news.json")
    records = json.loads(NEWS.read_text(encoding="utf-8"))
    mutate(records)
    (tmp_path / "news.json").write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("mutate, named", [
    (lambda r: [x for x in r if x["model"] == "news.article"][1]["fields"].update(published_at="26 April"),
     "news.article slug='wei-fang-lao-mo-gong-jiang-xue-yuan-pei-xun-ban'"),
    (lambda r: r[-1]["fields"].update(tag=["没有这个标签"]), "news.articletag"),
    (lambda r: r.insert(3, {"model": "news.nosuchmodel", "fields": {}}), "record #4"),
])
def test_broken_fixture_loads_nothing_and_names_the_record(tmp_path, mutate, named):
    folder = broken_copy(tmp_path, mutate)
    with pytest.raises(CommandError) as info:
        call_command("load_site_content", dir=folder, verbosity=0)
    assert named in str(info.value)
    assert not Article.objects.exists()


def test_broken_record_late_in_file_rolls_back_earlier_ones(tmp_path):
    """Even errors only the database sees (a duplicate slug) leave nothing behind."""
    def duplicate_slug(records):
        articles = [r for r in records if r["model"] == "news.article"]
        clone = json.loads(json.dumps(articles[0]))
        clone["fields"]["title"] = "重复"
        records.append(clone)
        articles[1]["fields"]["slug"] = articles[0]["fields"]["slug"]
    folder = broken_copy(tmp_path, duplicate_slug)
    with pytest.raises(CommandError, match="record #"):
        call_command("load_site_content", dir=folder, verbosity=0)
    assert not Article.objects.exists()


def test_invalid_json_is_reported_with_position(tmp_path):
    (tmp_path / "news.json").write_text('[{"model": "news.article",', encoding="utf-8")
    with pytest.raises(CommandError, match="not valid JSON at line 1"):
        call_command("load_site_content", dir=tmp_path, verbosity=0)
