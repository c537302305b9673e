"""load_site_content: all-or-nothing, and a broken fixture names the record that is wrong."""
import json
import shutil
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from news.models import Article

pytestmark = pytest.mark.django_db

NEWS = Path(__file__).resolve().parents[2] / "fixtures" / "news.json"


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


def test_a_fresh_site_finds_its_articles_mentions_and_a_reload_keeps_decisions(client):
    from academy.models import ArticleMention
    from academy.services import decide_mention

    call_command("load_site_content", verbosity=0)
    articles = list(Article.objects.order_by("pk"))
    assert len(articles) == 2
    for article in articles:
        assert article.mentions.filter(status=ArticleMention.Status.ACCEPTED).count() >= 10
        page = client.get(article.get_absolute_url())
        assert page.status_code == 200 and 'class="mention-link"' in page.content.decode()
    before = ArticleMention.objects.count()
    rejected = decide_mention(ArticleMention.objects.order_by("pk").first(), ArticleMention.Status.REJECTED)
    call_command("load_site_content", verbosity=0)
    assert ArticleMention.objects.count() == before
    rejected.refresh_from_db()
    assert rejected.status == ArticleMention.Status.REJECTED and rejected.decided
