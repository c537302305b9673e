"""The editorial workflow: 编辑 write and submit, 审核 review, send back, publish; drafts of live articles stay
off the public page until published; expiry; publishing dates; old slugs redirect; every step is logged."""
import datetime

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from editorial.models import AuditEntry, OldSlug, Revision
from editorial.revisions import latest_id
from news.models import Article
from tests.admin_forms import article_form_data

pytestmark = pytest.mark.django_db


def form_data(article=None, **overrides):
    """What the change form posts (inline management forms included), starting from the version the
    editor opened."""
    data = article_form_data(
        title="工作流新闻", body="<p>正文第一段。</p>", tags="劳模", expires_at_0="", expires_at_1="", review_note="",
    )
    del data["status"]  # the workflow's buttons decide the status, not a field
    if article is not None:
        local = timezone.localtime(article.published_at)
        data.update(
            title=article.title, slug=article.slug, summary=article.summary, body=article.body,
            published_at_0=local.strftime("%Y-%m-%d"), published_at_1=local.strftime("%H:%M:%S"),
            base_revision=latest_id(article) or 0,
        )
    data.update(overrides)
    return data


def change_url(article):
    return reverse("admin:news_article_change", args=[article.pk])


def write_and_submit(editor_client):
    response = editor_client.post(reverse("admin:news_article_add"), form_data(_submit="1"))
    assert response.status_code == 302, response.content.decode()[:3000]
    return Article.objects.get(title="工作流新闻")


def test_groups_editors_cannot_publish_reviewers_can():
    editors = set(Group.objects.get(name="编辑").permissions.values_list("codename", flat=True))
    reviewers = set(Group.objects.get(name="审核").permissions.values_list("codename", flat=True))
    assert "publish_article" not in editors and "change_article" in editors
    assert "publish_article" in reviewers and editors <= reviewers


def test_editor_has_no_publish_button_and_a_forged_publish_is_refused(editor_client, make_article):
    article = write_and_submit(editor_client)
    assert article.status == "draft" and article.review_state == "pending"
    html = editor_client.get(change_url(article)).content.decode()
    assert 'name="_submit"' in html and 'name="_publish"' not in html and 'name="_send_back"' not in html
    assert editor_client.post(change_url(article), form_data(article, _publish="1")).status_code == 403
    changelist = reverse("admin:news_article_changelist")
    assert editor_client.post(changelist, {"action": "publish", "_selected_action": [article.pk]}).status_code == 403
    assert "发布所选文章" not in editor_client.get(changelist).content.decode()
    article.refresh_from_db()
    assert article.status == "draft" and not Article.objects.published().exists()


def test_review_sends_back_with_comment_then_publishes(editor_client, reviewer_client, reviewer, editor, settings):
    settings.EMAIL_NOTIFICATIONS = True
    editor.email = "bianji@example.com"
    editor.save()
    article = write_and_submit(editor_client)
    assert [m.to for m in mail.outbox] == [["shenhe@example.com"]] and "待审核" in mail.outbox[0].subject
    desk = reviewer_client.get(reverse("admin:index")).content.decode()
    assert "工作流新闻" in desk

    # Sending back needs a comment.
    response = reviewer_client.post(change_url(article), form_data(article, _send_back="1"))
    assert response.status_code == 200 and "写明要改什么" in response.content.decode()
    response = reviewer_client.post(change_url(article), form_data(article, _send_back="1", review_note="第二段要核实数字。"))
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.review_state == "returned" and article.review_comment == "第二段要核实数字。"
    assert mail.outbox[-1].to == ["bianji@example.com"]
    assert "第二段要核实数字。" in editor_client.get(change_url(article)).content.decode()

    editor_client.post(change_url(article), form_data(article, body="<p>改好的正文。</p>", _submit="1"))
    article.refresh_from_db()
    assert article.review_state == "pending"
    response = reviewer_client.post(change_url(article), form_data(article, _publish="1"), follow=True)
    article.refresh_from_db()
    assert article.status == "published" and article.is_public and article.review_state == ""
    assert article.reviewed_by == reviewer and article.reviewer == "审核员"  # the printed credit defaults from it
    assert "发布时间已设为现在" in response.content.decode(), [m.message for m in response.context["messages"]]
    assert abs((article.published_at - timezone.now()).total_seconds()) < 60
    actions = list(AuditEntry.objects.for_object(article).order_by("pk").values_list("action", flat=True))
    assert actions == ["submit", "reject", "submit", "publish"]
    assert all(e.user_id for e in AuditEntry.objects.all())


def test_editing_a_live_article_keeps_the_public_page_until_published(editor_client, reviewer_client, make_article, client):
    article = make_article(title="已发布的标题", first_published_at=timezone.now())
    public = article.get_absolute_url()
    response = editor_client.post(change_url(article), form_data(article, title="改过的标题", tags="新标签"))
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.title == "已发布的标题" and article.has_unpublished_changes
    assert list(article.tags.names()) == []
    page = client.get(public).content.decode()
    assert "已发布的标题" in page and "改过的标题" not in page
    preview = editor_client.get(reverse("news:preview", args=[article.pk])).content.decode()
    assert "改过的标题" in preview
    # The form opens the draft, not the live row.
    assert 'value="改过的标题"' in editor_client.get(change_url(article)).content.decode()

    original_date = article.published_at
    reviewer_client.post(change_url(article), form_data(article, title="改过的标题", tags="新标签", _publish="1"))
    article.refresh_from_db()
    assert article.title == "改过的标题" and not article.has_unpublished_changes
    assert list(article.tags.names()) == ["新标签"]
    assert article.published_at.replace(microsecond=0) == original_date.replace(microsecond=0)  # re-publishing keeps the date
    assert "改过的标题" in client.get(public).content.decode()


def test_list_publish_dates_a_never_published_article_now_and_keeps_dates_after(reviewer_client, make_article):
    old = timezone.now() - datetime.timedelta(days=30)
    draft = make_article(status=Article.Status.DRAFT, published_at=old)
    url = reverse("admin:news_article_changelist")
    response = reviewer_client.post(url, {"action": "publish", "_selected_action": [draft.pk]}, follow=True)
    assert "发布时间设为现在" in response.content.decode()
    draft.refresh_from_db()
    first = draft.published_at
    assert abs((first - timezone.now()).total_seconds()) < 60 and draft.first_published_at == first
    reviewer_client.post(url, {"action": "unpublish", "_selected_action": [draft.pk]})
    reviewer_client.post(url, {"action": "publish", "_selected_action": [draft.pk]})
    draft.refresh_from_db()
    assert draft.published_at == first and draft.status == "published"


def test_list_publish_keeps_a_future_time_as_a_schedule(reviewer_client, make_article):
    future = timezone.now() + datetime.timedelta(days=2)
    draft = make_article(status=Article.Status.DRAFT, published_at=future)
    reviewer_client.post(reverse("admin:news_article_changelist"), {"action": "publish", "_selected_action": [draft.pk]})
    draft.refresh_from_db()
    assert draft.published_at == future and draft.is_scheduled


def test_expiry_takes_the_article_off_every_public_page(client, make_article):
    now = timezone.now()
    article = make_article(title="会过期的新闻", expires_at=now + datetime.timedelta(hours=1))
    assert article in Article.objects.published(now=now)
    later = now + datetime.timedelta(hours=2)
    assert article not in Article.objects.published(now=later)
    assert client.get(article.get_absolute_url()).status_code == 200
    Article.objects.filter(pk=article.pk).update(expires_at=now - datetime.timedelta(seconds=1))
    assert client.get(article.get_absolute_url()).status_code == 404
    for url in ("/zh-hans/", "/zh-hans/news/", "/zh-hans/news/feed/rss/", "/zh-hans/sitemap.xml"):
        assert "会过期的新闻" not in client.get(url).content.decode() and article.slug not in client.get(url).content.decode()


def test_expiry_must_follow_publication(reviewer_client, make_article):
    article = make_article()
    response = reviewer_client.post(change_url(article), form_data(article, expires_at_0="2020-01-01", expires_at_1="00:00:00"))
    assert response.status_code == 200 and "下线时间必须晚于发布时间" in response.content.decode()


@pytest.mark.parametrize("variant", ["zh-hans", "zh-tw", "zh-hk"])
def test_changed_slug_redirects_in_every_variant(reviewer_client, client, make_article, variant):
    article = make_article(title="改网址的新闻")
    old_slug = article.slug
    reviewer_client.post(change_url(article), form_data(article, slug="new-address", _publish="1"))
    article.refresh_from_db()
    assert article.slug == "new-address" and OldSlug.objects.filter(slug=old_slug).exists()
    response = client.get(f"/{variant}/news/{old_slug}/?from=wechat")
    assert response.status_code == 301
    assert response["Location"] == f"/{variant}/news/new-address/?from=wechat"
    assert client.get(f"/{variant}/news/new-address/").status_code == 200
    assert client.get(f"/{variant}/news/never-existed/").status_code == 404


def test_old_slug_of_an_unpublished_article_does_not_redirect(reviewer_client, client, make_article):
    article = make_article()
    old = article.slug
    Article.objects.filter(pk=article.pk).update(status="draft")
    article.refresh_from_db()
    article.slug = "elsewhere"
    article.save()
    assert client.get(f"/zh-hans/news/{old}/").status_code == 404


def test_every_save_keeps_a_revision_to_compare_and_roll_back(editor_client, reviewer_client, make_article):
    article = write_and_submit(editor_client)
    editor_client.post(change_url(article), form_data(article, title="第二版标题", body="<p>正文第一段。</p><p>新加的第二段。</p>"))
    revisions = list(Revision.objects.for_object(article).order_by("pk"))
    assert len(revisions) == 2 and revisions[1].user.username == "editor"
    history = reviewer_client.get(reverse("admin:news_article_history", args=[article.pk])).content.decode()
    assert "第 2 版" in history and "比较所选版本" in history
    compare = reviewer_client.get(
        reverse("admin:news_article_compare", args=[article.pk]), {"a": revisions[0].pk, "b": revisions[1].pk},
    ).content.decode()
    assert "<ins>第二版标题</ins>" in compare or "<ins>第二版</ins>" in compare
    assert "<ins>新加的第二段。</ins>" in compare and "正文第一段。" in compare
    rollback = reverse("admin:news_article_rollback", args=[article.pk, revisions[0].pk])
    assert "确认回滚" in reviewer_client.get(rollback).content.decode()
    reviewer_client.post(rollback)
    article.refresh_from_db()
    assert article.title == "工作流新闻" and Revision.objects.for_object(article).count() == 3
    assert AuditEntry.objects.for_object(article).filter(action="rollback").exists()


def test_rollback_of_a_live_article_is_a_draft_until_published(reviewer_client, client, make_article):
    article = make_article(title="第一版", first_published_at=timezone.now())
    reviewer_client.post(change_url(article), form_data(article, title="第二版", _publish="1"))
    first = Revision.objects.for_object(article).order_by("pk").first()
    reviewer_client.post(change_url(article), form_data(Article.objects.get(pk=article.pk), title="第三版", _publish="1"))
    rollback = reverse("admin:news_article_rollback", args=[article.pk, first.pk])
    preview = reviewer_client.get(rollback).content.decode()
    assert "<h3>标题</h3>" in preview and "<h3>状态</h3>" not in preview  # the state is never rolled back
    live_date = (timezone.now() - datetime.timedelta(days=3)).replace(microsecond=0)  # not the old revision's date
    Article.objects.filter(pk=article.pk).update(published_at=live_date)
    reviewer_client.post(rollback)
    article.refresh_from_db()
    assert article.title == "第三版" and article.has_unpublished_changes
    assert "第三版" in client.get(article.get_absolute_url()).content.decode()
    reviewer_client.post(reverse("admin:news_article_changelist"), {"action": "publish", "_selected_action": [article.pk]})
    article.refresh_from_db()
    assert article.title == "第二版" and article.published_at == live_date  # a live article keeps its date


def test_a_save_based_on_an_outdated_version_is_refused(editor_client, reviewer_client, make_article):
    article = write_and_submit(editor_client)
    opened_by_a = form_data(article)
    opened_by_b = form_data(article)
    editor_client.post(change_url(article), {**opened_by_a, "title": "A 改的标题"})
    response = reviewer_client.post(change_url(article), {**opened_by_b, "summary": "B 改的摘要"})
    html = response.content.decode()
    assert response.status_code == 200 and "保存未成功" in html and "editor" in html and "标题" in html
    article.refresh_from_db()
    assert article.title == "A 改的标题" and article.summary == "摘要"
    # Saving again from the refreshed form is a knowing overwrite.
    current = latest_id(article)
    assert f'name="base_revision" value="{current}"' in html
    response = reviewer_client.post(change_url(article), {**opened_by_b, "summary": "B 改的摘要", "base_revision": current})
    assert response.status_code == 302


def test_a_reviewer_without_a_name_prints_no_login_name(make_article, django_user_model, client):
    """The printed 审核 credit defaults from the reviewer's full name; a reviewer with none leaves it empty rather
    than print their login name on the public page."""
    from news.workflow import publish

    nameless = django_user_model.objects.create_user("rev-login-7", password="correct-horse-battery-9", is_staff=True)
    article = make_article(status="draft")
    publish(article, nameless)
    article.refresh_from_db()
    assert article.reviewer == "" and article.reviewed_by == nameless
    assert "rev-login-7" not in client.get(article.get_absolute_url()).content.decode()
