"""The editorial workflow of articles as small named steps: 撰稿 → 待审核 → 签发 (or back with a comment).

Members of 编辑 write and submit; members of 审核 hold ``news.publish_article`` and review, publish,
unpublish and schedule. An article that is live keeps its row as the public version: edits are stored as
revisions (editorial.revisions) until a reviewer publishes them.
"""
import logging

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.urls import reverse
from django.utils import timezone

from editorial.models import AuditEntry
from editorial.revisions import apply, latest, log, save_revision, write_related
from news.models import Article
from news.services import link_body_attachments

PUBLISH_PERMISSION = "news.publish_article"
REVIEWER_GROUP = "审核"
logger = logging.getLogger(__name__)


def can_publish(user):
    return user.is_active and user.has_perm(PUBLISH_PERMISSION)


def credit_name(user):
    return user.get_full_name() or user.get_username()


def is_live_row(article):
    """The stored row is published (live now, scheduled or expired): edits must not touch it."""
    return article.pk is not None and Article.objects.filter(pk=article.pk, status=Article.Status.PUBLISHED).exists()


def draft_version(article):
    """The article as its newest revision has it (the draft editors work on), or the row itself."""
    if not article.has_unpublished_changes:
        return article
    revision = latest(article)
    if revision is None:
        return article
    related = apply(article, revision.content)
    article._revision_related = related
    return article


def publish(article, user, keep_date=False, from_revision=False):
    """Make the article live. A never-published article whose time is not in the future is dated now
    (returns True then); re-publishing keeps the original date. ``from_revision`` first copies the newest
    revision (pending edits of a live article) into the row."""
    related = {}
    if from_revision and article.has_unpublished_changes:
        revision = latest(article)
        if revision is not None:
            related = apply(article, revision.content)
    now = timezone.now()
    dated_now = False
    if article.first_published_at is None:
        if not keep_date and article.published_at <= now:
            article.published_at = now
            dated_now = True
        article.first_published_at = article.published_at
    article.status = Article.Status.PUBLISHED
    article.review_state = Article.Review.NONE
    article.review_comment = ""
    article.has_unpublished_changes = False
    article.reviewed_by = user
    if not article.reviewer.strip():
        # The printed credit defaults from the reviewer's name; never from a login name, which the public page
        # would show to everyone (and to anyone guessing at the admin's accounts).
        article.reviewer = user.get_full_name().strip()
    article.save()
    if related:
        write_related(article, related)
    return dated_now


def unpublish(article, user):
    article.status = Article.Status.DRAFT
    article.save()


def submit(article, user, request=None):
    article.review_state = Article.Review.PENDING
    reviewers = get_user_model().objects.filter(groups__name=REVIEWER_GROUP, is_active=True).exclude(email="")
    notify(
        [u.email for u in reviewers], f"待审核：{article.title}",
        f"{credit_name(user)} 提交了文章《{article.title}》，请审核：{admin_url(article, request)}",
    )


def send_back(article, user, comment, request=None):
    article.review_state = Article.Review.RETURNED
    article.review_comment = comment
    if article.owner and article.owner.email:
        notify(
            [article.owner.email], f"退回修改：{article.title}",
            f"{credit_name(user)} 退回了文章《{article.title}》：\n{comment}\n\n{admin_url(article, request)}",
        )


def publish_selected(queryset, user):
    """The list's 发布 action: [(article, dated_now)]."""
    done = []
    for article in queryset:
        dated_now = publish(article, user, from_revision=True)
        link_body_attachments(article)  # as the change form does: the body now live may link new attachments
        save_revision(article, user, "发布")
        log(user, AuditEntry.Action.PUBLISH, article, "从文章列表发布" + ("，发布时间设为现在" if dated_now else ""))
        done.append((article, dated_now))
    return done


def unpublish_selected(queryset, user):
    count = 0
    for article in queryset.filter(status=Article.Status.PUBLISHED):
        unpublish(article, user)
        log(user, AuditEntry.Action.UNPUBLISH, article, "从文章列表撤回")
        count += 1
    return count


def admin_url(article, request=None):
    path = reverse("admin:news_article_change", args=[article.pk])
    return request.build_absolute_uri(path) if request is not None else settings.SITE_URL + path


def notify(addresses, subject, body):
    """E-mail where it is configured (EMAIL_HOST); a mail failure never stops the editor's work."""
    if not addresses or not getattr(settings, "EMAIL_NOTIFICATIONS", False):
        return
    try:
        send_mail(subject, body, None, addresses)
    except Exception:  # noqa: BLE001 - logged; the review step itself has succeeded
        logger.exception("review notification to %s failed", addresses)
