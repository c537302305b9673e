"""The workflow with the media library: a live article's gallery and attachments are not a way round review,
publishing from the list lists the attachments the newly live body links, and permissions granted to
编辑 by later migrations never include publishing."""
import pytest
from django.apps import apps
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone

from base.editor_group import grant_app
from editorial.revisions import latest_id
from news.models import Article
from tests.admin_forms import article_form_data
from tests.medialib.media_helpers import pdf_bytes
from tests.news.test_news_media import library_attachment

pytestmark = pytest.mark.django_db


def live_form(article, **overrides):
    local = timezone.localtime(article.published_at)
    return article_form_data(**{
        "title": article.title, "slug": article.slug, "summary": article.summary, "body": article.body, "tags": "",
        "published_at_0": local.strftime("%Y-%m-%d"), "published_at_1": local.strftime("%H:%M:%S"),
        "expires_at_0": "", "expires_at_1": "", "review_note": "", "base_revision": latest_id(article) or 0,
        **overrides,
    })


def with_attachment(data, attachment):
    return {**data, "attachment_links-TOTAL_FORMS": "1", "attachment_links-0-attachment": attachment.pk,
            "attachment_links-0-position": "1", "attachment_links-0-id": "", "attachment_links-0-article": ""}


def test_an_editor_cannot_attach_files_to_a_live_article_past_review(editor_client, make_article):
    article = make_article(title="已发布", first_published_at=timezone.now())
    pdf = library_attachment("通知", pdf_bytes(), "通知.pdf")
    url = reverse("admin:news_article_change", args=[article.pk])
    response = editor_client.post(url, with_attachment(live_form(article, title="改过的"), pdf))
    assert response.status_code == 302, response.content.decode()[:3000]
    article.refresh_from_db()
    assert article.title == "已发布" and article.has_unpublished_changes
    assert not article.attachment_links.exists()  # the inline is read-only for 编辑 on a live article


def test_a_reviewer_changes_a_live_article_s_attachments_at_once_and_is_told(reviewer_client, make_article):
    article = make_article(title="已发布", first_published_at=timezone.now())
    pdf = library_attachment("通知", pdf_bytes(), "通知.pdf")
    url = reverse("admin:news_article_change", args=[article.pk])
    response = reviewer_client.post(url, with_attachment(live_form(article, title="改过的"), pdf), follow=True)
    assert "图集和附件的修改已直接生效" in response.content.decode()
    article.refresh_from_db()
    assert article.title == "已发布" and [link.attachment for link in article.attachment_links.all()] == [pdf]


def test_list_publish_lists_the_attachments_the_draft_body_links(editor_client, reviewer_client, make_article):
    article = make_article(title="已发布", first_published_at=timezone.now())
    pdf = library_attachment("通知", pdf_bytes(), "通知.pdf")
    body = f'<p>见<a href="{pdf.get_absolute_url()}" data-attachment="{pdf.pk}">通知</a>。</p>'
    url = reverse("admin:news_article_change", args=[article.pk])
    assert editor_client.post(url, live_form(article, body=body)).status_code == 302
    assert not article.attachment_links.exists()
    changelist = reverse("admin:news_article_changelist")
    reviewer_client.post(changelist, {"action": "publish", "_selected_action": [article.pk]})
    article.refresh_from_db()
    assert f'data-attachment="{pdf.pk}"' in article.body
    assert [link.attachment for link in article.attachment_links.all()] == [pdf]


def test_later_grants_to_editors_never_include_publishing():
    grant_app(apps, "news")  # as a future data migration would
    editors = set(Group.objects.get(name="编辑").permissions.values_list("codename", flat=True))
    reviewers = set(Group.objects.get(name="审核").permissions.values_list("codename", flat=True))
    assert "publish_article" not in editors and "publish_article" in reviewers and editors <= reviewers
    assert not Article.objects.exists()
