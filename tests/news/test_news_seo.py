"""Search engines and social apps understand every news page."""
import json
import re

import pytest

pytestmark = pytest.mark.django_db

SHANGHAI = "/zh-hans/news/da-ling-hao-wan-gong-jiang-xue-yuan-gua-pai/"


def jsonld(html):
    return [json.loads(block) for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html)]


def meta(html, prop):
    found = re.search(rf'<meta (?:property|name)="{re.escape(prop)}" content="([^"]*)"', html)
    return found and found.group(1)



def test_article_page_describes_itself(client, site):
    html = client.get(SHANGHAI).content.decode()
    assert meta(html, "og:type") == "article"
    assert meta(html, "og:title").startswith("上海大零号湾工匠学院挂牌")
    assert meta(html, "og:url") == f"http://testserver{SHANGHAI}"
    assert meta(html, "og:locale") == "zh_CN"
    assert meta(html, "twitter:card") == "summary"  # no image in the fixtures
    assert meta(html, "description").startswith("4月26日")
    blocks = {b["@type"]: b for b in jsonld(html)}
    article = blocks["NewsArticle"]
    assert article["headline"].startswith("上海大零号湾工匠学院挂牌")
    assert article["datePublished"].startswith("2024-04-26")
    assert article["dateModified"] >= article["datePublished"]
    assert article["publisher"]["logo"]["url"].endswith("/static/img/logo.png")
    assert article["author"]["@type"] == "Organization"
    about = {(a["@type"], a["name"]) for a in article["about"]}
    assert ("EducationalOrganization", "上海大零号湾工匠学院") in about
    assert ("Person", "王曙群") in about
    crumbs = blocks["BreadcrumbList"]["itemListElement"]
    assert [c["position"] for c in crumbs] == [1, 2, 3] and crumbs[-1]["item"] == f"http://testserver{SHANGHAI}"


def test_byline_becomes_the_author(client, site):
    html = client.get("/zh-hans/news/wei-fang-lao-mo-gong-jiang-xue-yuan-pei-xun-ban/").content.decode()
    article = next(b for b in jsonld(html) if b["@type"] == "NewsArticle")
    assert article["author"] == {"@type": "Person", "name": "薛蕊"}


def test_structured_data_is_in_the_readers_script(client, site):
    html = client.get(SHANGHAI.replace("zh-hans", "zh-tw")).content.decode()
    article = next(b for b in jsonld(html) if b["@type"] == "NewsArticle")
    assert "學院" in article["headline"] and "/zh-tw/news/" in article["mainEntityOfPage"]
    assert meta(html, "og:locale") == "zh_TW"


@pytest.mark.parametrize("url", ["/zh-hans/", "/zh-hans/news/", "/zh-hans/news/tag/lao-mo-gong-jiang-xue-yuan/",
                                 "/zh-hans/news/archive/2024/", "/zh-hans/news/archive/2024/4/"])
def test_every_page_has_its_own_title_description_and_breadcrumbs(client, site, url):
    html = client.get(url).content.decode()
    assert re.search(r"<title>[^<]+</title>", html) and meta(html, "description")
    assert meta(html, "og:title") and meta(html, "og:url") == f"http://testserver{url}"
    assert any(b["@type"] == "BreadcrumbList" for b in jsonld(html))
    assert 'name="robots"' not in html


def test_titles_differ_between_pages(client, site):
    titles = {re.search(r"<title>([^<]+)</title>", client.get(u).content.decode()).group(1)
              for u in ("/zh-hans/", "/zh-hans/news/", SHANGHAI, "/zh-hans/news/archive/2024/")}
    assert len(titles) == 4


def test_later_list_pages_and_previews_are_noindex(client, many_articles, editor_client, make_article):
    many_articles(15)
    assert '<meta name="robots" content="noindex">' in client.get("/zh-hans/news/?page=2").content.decode()
    draft = make_article(status="draft")
    html = editor_client.get(f"/zh-hans/news/preview/{draft.pk}/").content.decode()
    assert '<meta name="robots" content="noindex">' in html


def test_cover_image_is_shared(client, make_article):
    import io

    from django.core.files.uploadedfile import SimpleUploadedFile
    from PIL import Image

    from news.images import make_renditions

    buffer = io.BytesIO()
    Image.new("RGB", (1600, 900), (1, 2, 3)).save(buffer, "PNG")
    article = make_article(cover_alt="挂牌现场")
    article.cover_image.save("c.png", SimpleUploadedFile("c.png", buffer.getvalue()), save=True)
    article.cover_renditions = make_renditions(article)
    article.save()
    html = client.get(article.get_absolute_url()).content.decode()
    assert meta(html, "og:image").startswith("http://testserver/media/renditions/")
    assert meta(html, "og:image:alt") == "挂牌现场" and meta(html, "twitter:card") == "summary_large_image"
    assert next(b for b in jsonld(html) if b["@type"] == "NewsArticle")["image"][0] == meta(html, "og:image")


def test_json_ld_cannot_break_out_of_its_script(client, make_article):
    article = make_article(title="</script><script>alert(1)</script>")
    html = client.get(article.get_absolute_url()).content.decode()
    assert "</script><script>alert(1)" not in html
