"""Issue 9 item 3: the article body is sanitised by its field, so no write path can store unsafe HTML, and
the derived search tokens are filled on every path (save, admin, importer, fixtures, bulk, update)."""
import json

import pytest
from django.core.management import call_command
from django.db.models import Value
from django.db.models.functions import Concat
from django.urls import reverse
from django.utils import timezone

from news.models import Article
from tests.admin_forms import article_form_data
from zhtext.search import index_tokens, normalise

pytestmark = pytest.mark.django_db

HOSTILE = '<p>劳模工匠<img src="x" onerror="alert(1)"></p><script>alert("钓鱼")</script><a href="javascript:x()">链</a>'
UNSAFE = ("<script", "onerror", "javascript:", "钓鱼")


def stored(pk):
    """The body and search tokens as the database holds them (not as an instance remembers them)."""
    return Article.objects.filter(pk=pk).values_list("body", "search_tokens").get()


def assert_safe_and_indexed(pk, title):
    body, text = stored(pk)
    for bad in UNSAFE:
        assert bad not in body, body
    assert "劳模工匠" in body
    expected = normalise(" ".join((*Article.objects.filter(pk=pk).values_list("title", "summary").get(), body)))
    assert text == index_tokens(expected) and set(index_tokens(normalise(title)).split()) <= set(text.split())
    assert Article.objects.filter(pk=pk).values_list("search_title", flat=True).get() == index_tokens(normalise(title))


def test_shell_save_and_create(make_article):
    article = Article(title="壳层保存", body=HOSTILE)
    article.save()
    assert_safe_and_indexed(article.pk, "壳层保存")
    assert "<script" not in article.body  # the instance holds what was stored
    created = Article.objects.create(title="直接创建", body=HOSTILE)
    assert_safe_and_indexed(created.pk, "直接创建")


def test_save_with_update_fields_refreshes_the_search_tokens(make_article):
    article = make_article(title="旧标题")
    article.title, article.body = "新标题", HOSTILE
    article.save(update_fields=["title", "body"])
    assert_safe_and_indexed(article.pk, "新标题")


def test_admin_form(editor_client):
    data = article_form_data(title="后台文章", body=HOSTILE, tags="", published_at_0="2026-01-01", published_at_1="08:00:00")
    response = editor_client.post(reverse("admin:news_article_add"), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert_safe_and_indexed(Article.objects.get(title="后台文章").pk, "后台文章")


def test_importer_path():
    from news.reprints import import_reprint

    article, _cleaned = import_reprint("劳模工匠学院开班\n\n劳模工匠<script>alert('钓鱼')</script>今天开班。\n")
    body, text = stored(article.pk)
    assert "<script" not in body and text


def fixture_file(tmp_path, body, search_tokens="stale"):
    path = tmp_path / "hostile.json"
    record = {
        "model": "news.article",
        "fields": {
            "title": "夹带脚本的夹具", "slug": "hostile-fixture", "summary": "摘要", "body": body,
            "status": "published", "published_at": "2026-01-01T00:00:00Z", "search_tokens": search_tokens,
            "search_title": "stale",
            "created_at": "2026-01-01T00:00:00Z", "updated_at": "2026-01-01T00:00:00Z",
        },
    }
    path.write_text(json.dumps([record], ensure_ascii=False), encoding="utf-8")
    return path


def test_loaddata_raw_save_is_sanitised_and_indexed(tmp_path):
    """loaddata saves with raw=True and skips Model.save(): the field and the raw-save hook still act."""
    call_command("loaddata", fixture_file(tmp_path, HOSTILE), verbosity=0)
    assert_safe_and_indexed(Article.objects.get(slug="hostile-fixture").pk, "夹带脚本的夹具")
    # Loaded again over the existing row (an UPDATE, still raw): the same.
    call_command("loaddata", fixture_file(tmp_path, HOSTILE + "<script>2</script>"), verbosity=0)
    assert_safe_and_indexed(Article.objects.get(slug="hostile-fixture").pk, "夹带脚本的夹具")


def test_rendered_fixture_article_carries_no_script(client, tmp_path):
    call_command("loaddata", fixture_file(tmp_path, HOSTILE), verbosity=0)
    html = client.get("/zh-hans/news/hostile-fixture/").content.decode()
    assert "onerror" not in html and 'alert("钓鱼")' not in html


def test_bulk_create_and_bulk_update():
    now = timezone.now()
    made = Article.objects.bulk_create(
        [Article(title=f"批量{n}", body=HOSTILE, status="published", published_at=now) for n in range(3)]
    )
    for n, article in enumerate(Article.objects.filter(title__startswith="批量").order_by("title")):
        assert_safe_and_indexed(article.pk, f"批量{n}")
    assert len({a.slug for a in Article.objects.all()}) == 3  # slugs made for the batch, all distinct
    for article in made:
        article.body = HOSTILE + "<p>改过</p>"
    Article.objects.bulk_update(made, ["body"])
    for article in made:
        assert_safe_and_indexed(article.pk, article.title)
        assert "改过" in stored(article.pk)[1].split()


def test_queryset_update_with_a_value_and_with_an_expression(make_article):
    article = make_article(title="更新测试", body="<p>劳模工匠</p>")
    Article.objects.filter(pk=article.pk).update(body=HOSTILE)
    assert_safe_and_indexed(article.pk, "更新测试")
    Article.objects.filter(pk=article.pk).update(body=Concat("body", Value('<script>alert("钓鱼")</script>')))
    assert_safe_and_indexed(article.pk, "更新测试")
    Article.objects.filter(pk=article.pk).update(title="再次更新")
    assert_safe_and_indexed(article.pk, "再次更新")


def test_lookups_are_not_sanitised(make_article):
    """Searching the raw body for a tag name still works (only writes are cleaned)."""
    make_article(body="<p>有<strong>重点</strong></p>")
    assert Article.objects.filter(body__contains="<strong>").count() == 1
