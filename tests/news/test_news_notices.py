"""通知公告: a kind of article with 置顶 and an expiry, its own list and feeds, a home-page column."""
import datetime

import pytest
from django.utils import timezone

from news.models import Article

pytestmark = pytest.mark.django_db
NOTICE = Article.Kind.NOTICE


def days(n):
    return timezone.now() + datetime.timedelta(days=n)


def test_pinned_notices_in_force_come_first_then_newest(make_article):
    old_pinned = make_article(title="置顶通知", kind=NOTICE, pinned=True, days_ago=30)
    expired_pin = make_article(title="过期置顶", kind=NOTICE, pinned=True, closes_at=days(-1), days_ago=2)
    newest = make_article(title="最新通知", kind=NOTICE, days_ago=1)
    make_article(title="普通新闻")
    notices = list(Article.objects.published().notices())
    assert notices == [old_pinned, newest, expired_pin]
    assert list(Article.objects.published().current_notices()) == [old_pinned, newest]


def test_notice_list_page_feed_and_home_column(client, make_article):
    pinned = make_article(title="关于报名的通知", kind=NOTICE, pinned=True)
    make_article(title="已经截止的公告", kind=NOTICE, closes_at=days(-3))
    make_article(title="一条新闻")
    html = client.get("/zh-hans/notices/").content.decode()
    assert html.index("关于报名的通知") < html.index("已经截止的公告")
    assert "置顶" in html and "已截止" in html and "一条新闻" not in html
    rss = client.get("/zh-tw/notices/feed/rss/").content.decode()
    assert "關於報名的通知" in rss and "一條新聞" not in rss
    assert "一条新闻" not in client.get("/zh-hans/notices/feed/atom/").content.decode()
    home = client.get("/zh-hans/").content.decode()
    assert "通知公告" in home and "关于报名的通知" in home and "已经截止的公告" not in home
    news = client.get("/zh-hans/news/").content.decode()
    assert "一条新闻" in news and "关于报名的通知" not in news  # notices are not news
    article = client.get(pinned.get_absolute_url()).content.decode()
    assert 'href="/zh-hans/notices/"' in article  # its breadcrumb leads to the notices


def test_no_notices_no_column(client, make_article):
    make_article(title="一条新闻")
    assert 'id="notices-title"' not in client.get("/zh-hans/").content.decode()
    assert client.get("/zh-hans/notices/").status_code == 200


def test_notice_list_query_count_is_constant(client, make_article, django_assert_num_queries):
    make_article(kind=NOTICE)
    client.get("/zh-hans/notices/")  # builds the script-variant glossary once (tests/news/test_news_query_counts.py)
    with django_assert_num_queries(1) as small:  # the page; its count is kept (news.archive)
        client.get("/zh-hans/notices/")
    small = len(small.captured_queries)  # the next request clears the connection's query log
    for n in range(40):
        make_article(kind=NOTICE, pinned=n % 5 == 0)
    client.get("/zh-hans/notices/")  # counts the notices again (news.archive), as after any change
    with django_assert_num_queries(small):
        client.get("/zh-hans/notices/")


def test_a_notices_attachments_are_marked_in_lists_and_come_before_its_text(client, make_article):
    from news.models import ArticleAttachment
    from tests.news.test_news_media import library_attachment

    notice = make_article(title="关于报名的通知", kind=NOTICE, body="<p>请下载报名表。</p>")
    make_article(title="没有附件的通知", kind=NOTICE)
    ArticleAttachment.objects.create(article=notice, attachment=library_attachment())
    listing = client.get("/zh-hans/notices/").content.decode()
    item = listing.split("关于报名的通知</a>")[1].split("</li>")[0]
    assert 'class="badge badge-attachment">附件<' in item
    assert "badge-attachment" not in listing.split("没有附件的通知</a>")[1].split("</li>")[0]
    page = client.get(notice.get_absolute_url()).content.decode()
    assert page.index('class="attachments"') < page.index('class="prose"')


def test_editors_set_the_kind_pin_and_closing_time_in_the_admin(admin_client):
    html = admin_client.get("/admin/news/article/add/").content.decode()
    assert 'name="kind"' in html and 'name="pinned"' in html and 'name="closes_at_0"' in html
    assert "通知公告" in html
