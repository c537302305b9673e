"""Every page type in all three variants: right script, lang, hreflang, canonical and switcher."""
import re

import pytest
from django.urls import reverse

from academy.models import Academy, Course, Event, Organisation, Person, TrainingBase
from news.models import Article

pytestmark = pytest.mark.django_db

VARIANTS = {"zh-hans": "zh-Hans", "zh-tw": "zh-Hant-TW", "zh-hk": "zh-Hant-HK"}
WEIFANG = "wei-fang-lao-mo-gong-jiang-xue-yuan-pei-xun-ban"
SHANGHAI = "da-ling-hao-wan-gong-jiang-xue-yuan-gua-pai"


def page_paths():
    """One path of every public page type, without the variant prefix."""
    def strip(url):
        return re.sub(r"^/zh-hans", "", url)

    return [
        "/", "/news/", f"/news/{SHANGHAI}/", "/news/tag/lao-mo-gong-jiang-xue-yuan/", "/news/archive/2024/",
        "/news/archive/2024/8/", "/academies/", strip(Academy.objects.first().get_absolute_url()),
        "/courses/", strip(Course.objects.first().get_absolute_url()), "/people/",
        strip(Person.objects.get(name="王曙群").get_absolute_url()), "/training-bases/",
        strip(TrainingBase.objects.first().get_absolute_url()), "/events/",
        strip(Event.objects.first().get_absolute_url()),
        strip(Organisation.objects.first().get_absolute_url()),
    ]


@pytest.mark.parametrize("code, tag", VARIANTS.items())
def test_every_page_type_in_every_variant(client, site, code, tag):
    for path in page_paths():
        response = client.get(f"/{code}{path}")
        assert response.status_code == 200, path
        html = response.content.decode()
        assert f'<html lang="{tag}">' in html, path
        assert f'<link rel="canonical" href="http://testserver/{code}{path}">' in html, path
        for other, other_tag in VARIANTS.items():
            assert f'hreflang="{other_tag}" href="http://testserver/{other}{path}"' in html, path
            if other != code:  # the switcher leads to the same page in the other variant
                assert f'href="/variant/{other}/?next=/{other}{path}"' in html, path
        assert response["Content-Language"] == code


def test_half_converted_traditional_reads_correctly_everywhere(client, site):
    tw = client.get(f"/zh-tw/news/{WEIFANG}/").content.decode()
    hk = client.get(f"/zh-hk/news/{WEIFANG}/").content.decode()
    for page in (tw, hk):
        for right in ("並同期召開", "勞動模範", "傑出", "聚焦於", "220餘人", "勞動關係"):
            assert right in page
        for wrong in ("并同期", "勞動模范", "杰出", "聚焦于", "220余人", "關系"):
            assert wrong not in page
    hans = client.get(f"/zh-hans/news/{WEIFANG}/").content.decode()
    assert "劳动关系" in hans and "潍坊市劳模工匠学院" in hans and "濰坊" not in hans
    # Viewing changes nothing stored.
    assert "勞動模范" in Article.objects.get(slug=WEIFANG).body


def test_names_survive_conversion(client, site):
    tw = client.get(f"/zh-tw/news/{SHANGHAI}/").content.decode()
    hk = client.get(f"/zh-hk/news/{SHANGHAI}/").content.decode()
    assert "于朝陽" in tw and "於朝陽" not in tw
    assert "王曙群" in hk and "王曙羣" not in hk
    assert "上海電氣電站設備有限公司" in tw and "電站裝置" not in tw and "智慧製造" not in tw
    hans = client.get(f"/zh-hans/news/{WEIFANG}/").content.decode()
    assert "贡献着" in hans and "贡献著" not in hans


def test_editor_glossary_overrides_opencc(client, site, editor_client):
    response = editor_client.post(reverse("admin:variants_glossaryterm_add"), {"hans": "新质生产力", "tw": "新質生產力（測試）", "hk": ""})
    assert response.status_code == 302
    assert "新質生產力（測試）" in client.get(f"/zh-tw/news/{SHANGHAI}/").content.decode()
    assert "新質生產力（測試）" in client.get(f"/zh-hk/news/{SHANGHAI}/").content.decode()  # blank HK = TW


def test_urls_and_machinery_are_never_converted(client, site):
    html = client.get(f"/zh-tw/news/{SHANGHAI}/").content.decode()
    assert 'href="/zh-tw/news/tag/lao-mo-gong-jiang-xue-yuan/"' in html
    assert "勞模工匠學院" in html  # the tag's text is converted
    for href in re.findall(r'href="([^"]+)"', html):
        assert not re.search(r"[\u4e00-\u9fff]", href) or "/tag/" in href


def test_admin_keeps_what_the_editor_wrote(admin_client, site):
    article = Article.objects.get(slug=WEIFANG)
    html = admin_client.get(reverse("admin:news_article_change", args=[article.pk]), HTTP_ACCEPT_LANGUAGE="zh-TW")
    assert "勞動模范" in html.content.decode()


@pytest.mark.parametrize("code", VARIANTS)
def test_feeds_exist_per_variant(client, site, code):
    rss = client.get(f"/{code}/news/feed/rss/").content.decode()
    assert f"<language>{code}</language>" in rss
    assert f"http://testserver/{code}/news/" in rss
    assert ("濰坊" in rss) == (code != "zh-hans")


def test_sitemaps_per_variant_with_alternates(client, site):
    index = client.get("/sitemap.xml").content.decode()
    for code in VARIANTS:
        assert f"<loc>http://testserver/{code}/sitemap-articles.xml</loc>" in index
    tw = client.get("/zh-tw/sitemap-articles.xml").content.decode()
    assert f"<loc>http://testserver/zh-tw/news/{SHANGHAI}/</loc>" in tw
    assert f"<loc>http://testserver/zh-hans/news/{SHANGHAI}/</loc>" not in tw
    assert f'hreflang="zh-Hans" href="http://testserver/zh-hans/news/{SHANGHAI}/"' in tw
    assert f'hreflang="zh-Hant-HK" href="http://testserver/zh-hk/news/{SHANGHAI}/"' in tw


def test_traditional_pages_use_corner_quotes_wherever_people_read(client, make_article):
    article = make_article(
        title="“劳模工匠助企行”启动", summary="“匠心”", body="<p>他说：“要做‘大国工匠’。”China’s best.</p>",
    )
    path = article.get_absolute_url().removeprefix("/zh-hans")
    simplified = client.get(f"/zh-hans{path}").content.decode()
    assert "“劳模工匠助企行”启动" in simplified and "‘大国工匠’" in simplified
    for code in ("zh-tw", "zh-hk"):
        html = client.get(f"/{code}{path}").content.decode()
        body = html.split("<body", 1)[1]
        assert "「勞模工匠助企行」啓動" in body or "「勞模工匠助企行」啟動" in body, code  # the h1 (content)
        assert "『大國工匠』" in body and "China’s best." in body, code
        head = html.split("<body", 1)[0]
        assert '<title>「勞模工匠助企行」' in head, code  # the page title is text too
        # The description, Open Graph and JSON-LD read as the h1 does (search results, shared cards).
        assert 'content="「勞模工匠助企行」' in head and "“" not in head, code
        jsonld = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
        assert "「勞模工匠助企行」" in jsonld and "“" not in jsonld, code
