"""The archive beside the news lists (news.archive.archive_years, templates/news/archive_sidebar.html):
every year with news, and the months of one year only, so ten years of news make about twenty links
on every list page, not 120."""
import datetime
import re

import pytest
from django.utils import timezone

from news.archive import ArchiveYear, archive_years

pytestmark = pytest.mark.django_db


def _month(year, month):
    return timezone.make_aware(datetime.datetime(year, month, 1))


def test_years_newest_first_and_the_open_years_months_oldest_first():
    months = [_month(2026, 11), _month(2026, 3), _month(2025, 12), _month(2019, 1)]
    assert archive_years(months) == [
        ArchiveYear(2026, (_month(2026, 3), _month(2026, 11))), ArchiveYear(2025), ArchiveYear(2019),
    ]
    assert [y.months for y in archive_years(months, 2025)] == [(), (_month(2025, 12),), ()]
    assert archive_years(months, 1990)[0].months  # a year without news opens the newest
    assert archive_years([]) == []


@pytest.fixture
def years_of_news(make_article):
    """One article in every month of 2016-2025 (120 months), newest 2025-12."""
    for year in range(2016, 2026):
        for month in range(1, 13):
            make_article(title=f"{year}年{month}月的新闻", published_at=timezone.make_aware(
                datetime.datetime(year, month, 15, 9, 0)))


def _sidebar(client, url):
    html = client.get(url).content.decode()
    return html.split('id="archive-title"')[1].split("</aside>")[0]


def test_ten_years_of_news_list_ten_years_and_one_years_months(client, years_of_news):
    sidebar = _sidebar(client, "/zh-hans/news/")
    assert re.findall(r'href="/zh-hans/news/archive/(\d+)/"', sidebar) == [str(y) for y in range(2025, 2015, -1)]
    months = re.findall(r'href="/zh-hans/news/archive/(\d+)/(\d+)/"', sidebar)
    assert months == [("2025", str(m)) for m in range(1, 13)]
    # Each month link says its year to a screen reader, out of the list's context.
    assert '<span class="visually-hidden">2025年</span>4月</a>' in sidebar


def test_a_month_page_opens_its_year_and_marks_the_month(client, years_of_news):
    sidebar = _sidebar(client, "/zh-hans/news/archive/2018/4/")
    months = re.findall(r'href="/zh-hans/news/archive/(\d+)/(\d+)/"', sidebar)
    assert {year for year, _ in months} == {"2018"} and len(months) == 12
    assert 'href="/zh-hans/news/archive/2018/4/" aria-current="page"' in sidebar
    assert sidebar.count('aria-current="page"') == 1


def test_a_year_page_opens_and_marks_its_year(client, years_of_news):
    sidebar = _sidebar(client, "/zh-tw/news/archive/2017/")
    assert 'href="/zh-tw/news/archive/2017/" aria-current="page"' in sidebar
    assert re.findall(r'href="/zh-tw/news/archive/(\d+)/\d+/"', sidebar) == ["2017"] * 12


def test_a_month_is_the_months_range_in_the_sites_time_zone(make_article):
    """in_month is a range of the date index, bounded in Asia/Shanghai as the month lookup was."""
    from news.models import Article

    shanghai = timezone.get_current_timezone()
    last_of_april = make_article(published_at=datetime.datetime(2024, 4, 30, 23, 30, tzinfo=shanghai))
    first_of_may = make_article(published_at=datetime.datetime(2024, 5, 1, 0, 10, tzinfo=shanghai))  # UTC: April
    december = make_article(published_at=datetime.datetime(2024, 12, 31, 23, 59, tzinfo=shanghai))
    make_article(published_at=datetime.datetime(2025, 1, 1, 0, 0, tzinfo=shanghai))
    assert list(Article.objects.in_month(2024, 4)) == [last_of_april]
    assert list(Article.objects.in_month(2024, 5)) == [first_of_may]
    assert list(Article.objects.in_month(2024, 12)) == [december]
    sql = str(Article.objects.in_month(2024, 4).query).lower()
    assert "django_datetime_extract" not in sql and "extract" not in sql


@pytest.mark.parametrize("url", ["/zh-hans/news/archive/9999/12/", "/zh-hans/news/archive/1900/1/"])
def test_the_first_and_last_months_the_archive_accepts_answer(client, url):
    assert client.get(url).status_code == 200
