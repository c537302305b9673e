import datetime
import itertools

import pytest
from django.utils import timezone

_counter = itertools.count(1)


@pytest.fixture(autouse=True)
def _media_root(settings, tmp_path):
    """Each test writes uploads into its own folder."""
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def make_article(db):
    from news.models import Article

    def make(title=None, status=Article.Status.PUBLISHED, days_ago=1, tags=(), **fields):
        n = next(_counter)
        article = Article.objects.create(
            title=title or f"测试新闻{n}",
            summary=fields.pop("summary", f"摘要{n}"),
            body=fields.pop("body", f"<p>正文{n}</p>"),
            status=status,
            published_at=fields.pop("published_at", timezone.now() - datetime.timedelta(days=days_ago)),
            **fields,
        )
        if tags:
            article.tags.add(*tags)
        return article

    return make


@pytest.fixture
def many_articles(db):
    """Bulk-created published articles with tags, for query-count tests at size."""
    from taggit.models import Tag

    from news.models import Article, ArticleTag

    def make(count):
        now = timezone.now()
        tags = [Tag.objects.get_or_create(name=f"标签{i}", defaults={"slug": f"tag-{i}"})[0] for i in range(5)]
        start = next(_counter) * 100_000
        articles = Article.objects.bulk_create(
            Article(
                title=f"批量新闻{start + i}", slug=f"bulk-{start + i}", summary="摘要", body="<p>正文</p>",
                status=Article.Status.PUBLISHED, published_at=now - datetime.timedelta(hours=i + 1),
                featured=i % 50 == 0,
            )
            for i in range(count)
        )  # ArticleQuerySet.bulk_create fills the derived search fields
        ArticleTag.objects.bulk_create(
            ArticleTag(content_object=a, tag=tags[i % 5]) for i, a in enumerate(articles)
        )
        ArticleTag.objects.bulk_create(
            ArticleTag(content_object=a, tag=tags[(i + 1) % 5]) for i, a in enumerate(articles)
        )
        return articles

    return make


@pytest.fixture
def editor(db, django_user_model):
    from django.contrib.auth.models import Group

    user = django_user_model.objects.create_user("editor", password="correct-horse-battery-9", is_staff=True)
    user.groups.add(Group.objects.get(name="编辑"))
    return user


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture
def reviewer(db, django_user_model):
    """A member of 审核 (and 编辑, as reviewers usually are): may publish."""
    from django.contrib.auth.models import Group

    user = django_user_model.objects.create_user(
        "shenhe", password="correct-horse-battery-9", is_staff=True, first_name="审核员", email="shenhe@example.com",
    )
    user.groups.add(Group.objects.get(name="审核"), Group.objects.get(name="编辑"))
    return user


@pytest.fixture
def reviewer_client(client, reviewer):
    from django.test import Client

    other = Client()
    other.force_login(reviewer)
    return other


@pytest.fixture(autouse=True)
def _empty_cache():
    """Each test starts with an empty cache: cached sitemaps or month lists never leak from one to the next."""
    from django.core.cache import cache

    cache.clear()
    yield


@pytest.fixture(autouse=True)
def _simplified_by_default():
    """Every test starts in the default variant; a request in another variant must not leak into the next."""
    from django.utils import translation

    with translation.override("zh-hans"):
        yield


@pytest.fixture
def site(db):
    """The real seed content: both articles, everything the academy fixtures name, the glossary."""
    from django.core.management import call_command

    call_command("load_site_content", verbosity=0)
