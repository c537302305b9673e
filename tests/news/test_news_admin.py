import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from news.models import Article
from tests.admin_forms import article_form_data as form_data

pytestmark = pytest.mark.django_db




def test_admin_is_in_chinese(admin_client):
    html = admin_client.get(reverse("admin:index")).content.decode()
    assert "内容管理" in html and 'lang="zh-hans"' in html


def test_editor_writes_a_tagged_draft_with_prefilled_slug(editor_client):
    response = editor_client.post(reverse("admin:news_article_add"), form_data())
    assert response.status_code == 302, response.content.decode()[:2000]
    article = Article.objects.get()
    assert article.slug == "bian-ji-xie-de-xin-wen"
    assert {t.name for t in article.tags.all()} == {"工匠", "劳模"}
    assert article.status == "draft"


def test_cover_upload_makes_renditions_and_needs_alt_text(editor_client):
    buffer = io.BytesIO()
    Image.new("RGB", (1200, 800), (10, 20, 30)).save(buffer, "JPEG")
    image = SimpleUploadedFile("cover.jpg", buffer.getvalue(), content_type="image/jpeg")
    response = editor_client.post(reverse("admin:news_article_add"), form_data(cover_image=image))
    assert response.status_code == 200
    assert "必须填写替代文字" in response.content.decode()
    image.seek(0)
    response = editor_client.post(
        reverse("admin:news_article_add"), form_data(cover_image=image, cover_alt="工匠在车间")
    )
    assert response.status_code == 302
    article = Article.objects.get()
    assert [r["width"] for r in article.cover_renditions] == [480, 960, 1200]


def test_fake_image_upload_is_refused_and_nothing_saved(editor_client):
    fake = SimpleUploadedFile("cover.png", b"<?php evil(); ?>", content_type="image/png")
    response = editor_client.post(
        reverse("admin:news_article_add"), form_data(cover_image=fake, cover_alt="图")
    )
    assert response.status_code == 200
    assert "errorlist" in response.content.decode()
    assert not Article.objects.exists()


def test_publish_and_unpublish_actions(reviewer_client, make_article):
    article = make_article(status=Article.Status.DRAFT)
    url = reverse("admin:news_article_changelist")
    reviewer_client.post(url, {"action": "publish", "_selected_action": [article.pk]})
    article.refresh_from_db()
    assert article.status == "published"
    reviewer_client.post(url, {"action": "unpublish", "_selected_action": [article.pk]})
    article.refresh_from_db()
    assert article.status == "draft"


def test_changelist_search_filters_and_date_hierarchy(editor_client, make_article):
    make_article(title="上海的新闻", source_name="新民晚报", tags=["上海"])
    make_article(title="潍坊的新闻", source_name="山东科技职业学院", tags=["潍坊"])
    url = reverse("admin:news_article_changelist")
    html = editor_client.get(url, {"q": "上海"}).content.decode()
    assert "上海的新闻" in html and "潍坊的新闻" not in html
    html = editor_client.get(url, {"source": "新民晚报"}).content.decode()
    assert "上海的新闻" in html and "潍坊的新闻" not in html
    html = editor_client.get(url).content.decode()
    for label in ("发布年份", "来源", "状态", "published_at__year=", "导入转载文章"):
        assert label in html


def test_editor_cannot_manage_users_or_groups(editor_client):
    for name in ("admin:auth_user_changelist", "admin:auth_group_changelist", "admin:auth_user_add"):
        assert editor_client.get(reverse(name)).status_code == 403


def test_editor_group_has_only_content_permissions():
    from django.contrib.auth.models import Group

    apps = set(Group.objects.get(name="编辑").permissions.values_list("content_type__app_label", flat=True))
    assert "news" in apps and "taggit" in apps
    assert not apps & {"auth", "admin", "sessions", "contenttypes"}


def test_view_on_site_for_draft_goes_to_preview(editor_client, make_article):
    draft = make_article(status=Article.Status.DRAFT)
    html = editor_client.get(reverse("admin:news_article_change", args=[draft.pk])).content.decode()
    assert reverse("news:preview", args=[draft.pk]) in html


def test_known_injections_are_editable(editor_client):
    response = editor_client.post(reverse("admin:news_knowninjection_add"), {"text": "某某娱乐", "note": "赌博网站"})
    assert response.status_code == 302


def test_slug_is_suggested_while_typing(editor_client, make_article):
    make_article(title="劳模工匠学院开班")
    url = reverse("admin:news_article_slug")
    assert editor_client.get(url, {"title": "劳模工匠学院开班"}).json() == {"slug": "lao-mo-gong-jiang-xue-yuan-kai-ban-2"}
    assert editor_client.get(url, {"title": "  "}).json() == {"slug": ""}
    html = editor_client.get(reverse("admin:news_article_add")).content.decode()
    assert "js/admin-slug.js" in html


def test_slug_suggestion_needs_article_permission(client, django_user_model):
    user = django_user_model.objects.create_user("nobody", password="x" * 12, is_staff=True)
    client.force_login(user)
    assert client.get(reverse("admin:news_article_slug"), {"title": "标题"}).status_code == 403
