"""Site search: a query in either script finds text stored in either script; drafts stay hidden."""
import pytest

from news.models import Article, search_text

pytestmark = pytest.mark.django_db

SEARCH = "/zh-hans/search/"



def results(client, query, url=SEARCH):
    return client.get(url, {"q": query}).content.decode()


def test_simplified_query_finds_traditional_article_and_back(client, site):
    html = results(client, "潍坊 培训班")
    assert "潍坊市劳模工匠学院举办" in html  # stored in Traditional
    assert '<h3 class="card-title">' in html  # result cards sit under the page's h2 sections
    assert "上海大零号湾工匠学院挂牌" in results(client, "大零號灣")  # stored in Simplified


def test_half_converted_text_is_found_by_either_script(client, site):
    html = results(client, "勞動模範")  # stored as 勞動模范 by the reprint site
    assert "潍坊市劳模工匠学院举办" in html


def test_records_are_found_by_name_in_either_script(client, site):
    html = results(client, "濰坊")
    assert "潍坊市劳模工匠学院</a>" in html
    assert "王曙群</a>" in results(client, "王曙群")


def test_drafts_are_never_found(client, site, make_article):
    make_article(title="草稿里的劳模新闻", status=Article.Status.DRAFT)
    assert "草稿里的劳模新闻" not in results(client, "劳模")


def test_every_term_must_match(client, site):
    html = results(client, "潍坊 闵行")
    assert "潍坊市劳模工匠学院举办" not in html and "上海大零号湾工匠学院挂牌" not in html
    assert "没有与“潍坊 闵行”相符的新闻" in html


def test_search_page_reads_well_and_is_noindex(client, site):
    html = client.get(SEARCH).content.decode()
    assert '<meta name="robots" content="noindex">' in html and "请输入要搜索的词语" in html
    tw = results(client, "劳模", "/zh-tw/search/")
    assert "搜尋" in tw and "勞模工匠學院" in tw


def test_query_is_escaped(client, site):
    assert "<script>alert(1)</script>" not in results(client, "<script>alert(1)</script>")


def test_fixture_search_text_matches_what_save_writes(site):
    for article in Article.objects.all():
        assert article.search_text == search_text(article)


@pytest.mark.parametrize("size", [3, 300])
def test_search_costs_the_same_whatever_the_size(client, many_articles, django_assert_max_num_queries, size):
    many_articles(size)
    client.get(SEARCH, {"q": "批量"})  # glossary warm-up
    with django_assert_max_num_queries(7):  # count, page, tags, three kinds of record
        response = client.get(SEARCH, {"q": "批量 新闻"})
    assert response.status_code == 200
