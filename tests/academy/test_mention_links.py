"""Linked first mentions: news.body_links on the sanitised body (text nodes only), and the article page
in every variant, at a constant query count."""
import random
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from mention_helpers import filler

from academy.models import ArticleMention, Organisation, Person
from academy.services import article_mentions_refresh, decide_mention
from news.body_links import BodyLink, link_first_mentions

A = BodyLink(("郑海涛",), "/zh-hans/people/zheng-hai-tao/")
B = BodyLink(("闵行区总工会", "区总工会"), "/zh-hans/organisations/min-hang/")
LINK = re.compile(r'<a class="mention-link" href="([^"]+)">([^<]+)</a>')


def links_in(html):
    return LINK.findall(html)


def test_only_the_first_mention_is_linked_and_the_text_is_kept():
    html = "<p>郑海涛出席。郑海涛说&lt;好&gt;。</p>"
    out = link_first_mentions(html, [A])
    assert links_in(out) == [(A.url, "郑海涛")]
    assert re.sub(r"</?a[^>]*>", "", out) == html  # the stored text, unchanged around the link


@pytest.mark.parametrize("html", [
    "<h2>郑海涛谈工匠精神</h2><p>郑海涛出席。</p>",
    '<p><a href="https://example.com/">郑海涛的专访</a>，郑海涛出席。</p>',
    "<h3><strong>郑海涛</strong></h3><p>郑海涛出席。</p>",
    "<figure><img src=\"/x.png\" alt=\"\"><figcaption>郑海涛在现场</figcaption></figure><p>郑海涛出席。</p>",
])
def test_never_inside_a_heading_a_link_or_a_caption(html):
    out = link_first_mentions(html, [A])
    assert out.count("mention-link") == 1
    assert out.endswith('<p><a class="mention-link" href="/zh-hans/people/zheng-hai-tao/">郑海涛</a>出席。</p>') or \
        '，<a class="mention-link" href="/zh-hans/people/zheng-hai-tao/">郑海涛</a>出席。' in out


def test_never_in_the_credit_line():
    out = link_first_mentions("<p>撰稿：郑海涛</p><p>（责任编辑：郑海涛）</p>", [A])
    assert "mention-link" not in out
    out = link_first_mentions("<p><strong>撰稿：</strong>郑海涛</p><p>郑海涛出席。</p>", [A])
    assert out.count("mention-link") == 1 and "<p><a class" in out


def test_longest_name_wins_and_aliases_link():
    short = BodyLink(("闵行区",), "/zh-hans/organisations/district/")
    out = link_first_mentions("<p>闵行区总工会与闵行区合作，区总工会……</p>", [short, B])
    assert links_in(out) == [(B.url, "闵行区总工会"), (short.url, "闵行区")]


def test_a_short_form_inside_a_longer_name_is_not_linked():
    out = link_first_mentions("<p>市属開發區總工會负责人出席。闵行区总工会……</p>", [B])
    assert links_in(out) == [(B.url, "闵行区总工会")]


def test_traditional_body_links_a_simplified_name_and_stays_traditional():
    out = link_first_mentions("<p>市總工會常務副主席賈平致辭。</p>", [BodyLink(("贾平",), "/p/")])
    assert links_in(out) == [("/p/", "賈平")]


@pytest.mark.parametrize(("html", "linked"), [
    ("<p>李明确表示支持。李明说，要带好徒弟。</p>", "。<a"),        # 李 + 明确 is skipped for the next 李明
    ("<p>会上李明白了。</p><p>李明出席。</p>", "<p><a"),
    ("<p>李明确表示支持。</p>", None),                              # no place reads as the name: no link
])
def test_a_persons_name_is_linked_where_it_reads_as_the_name(html, linked):
    out = link_first_mentions(html, [BodyLink(("李明",), "/p/", "person")])
    if linked is None:
        assert "mention-link" not in out
    else:
        assert links_in(out) == [("/p/", "李明")] and f'{linked} class="mention-link" href="/p/">李明</a>' in out


def test_other_kinds_are_linked_wherever_they_stand():
    out = link_first_mentions("<p>马力全开。</p>", [BodyLink(("马力",), "/o/", "organisation")])
    assert links_in(out) == [("/o/", "马力")]


def test_two_linked_records_of_one_name_link_neither():
    out = link_first_mentions("<p>王建国获奖。</p>", [BodyLink(("王建国",), "/a/"), BodyLink(("王建国",), "/b/")])
    assert "mention-link" not in out


@pytest.mark.parametrize("seed", range(8))
def test_generated_bodies(seed):
    """Names at random places, some in headings and links: each record is linked once, at its first
    occurrence outside them."""
    rng = random.Random(seed)
    names = ["郑海涛", "邵明远", "乔志刚", "临沂职业学院"]
    links = [BodyLink((n,), f"/r/{i}/") for i, n in enumerate(names)]
    blocks, expected = [], {}
    for _ in range(14):
        name = rng.choice(names)
        where = rng.choice(["h2", "a", "p", "p", "p"])
        text = filler(rng, rng.randint(5, 20))
        if where == "h2":
            blocks.append(f"<h2>{name}{text}</h2>")
        elif where == "a":
            blocks.append(f'<p>{text}<a href="/x/">{name}</a>{text}</p>')
        else:
            blocks.append(f"<p>{text}{name}{text}</p>")
            expected.setdefault(name, len(blocks) - 1)
    out = link_first_mentions("".join(blocks), links)
    assert sorted(t for _url, t in links_in(out)) == sorted(expected)
    out_blocks = re.findall(r"<(?:p|h2)>.*?</(?:p|h2)>", out)
    for name, index in expected.items():
        assert f'">{name}</a>' in out_blocks[index] and "mention-link" in out_blocks[index]


# --- the article page -----------------------------------------------------------------------------


@pytest.fixture
def page(make_article):
    person = Person.objects.create(name="郑海涛")
    org = Organisation.objects.create(name="临沂职业学院")
    article = make_article(body="<h2>郑海涛谈技能</h2><p>临沂职业学院举办开放日，郑海涛出席。</p><p>撰稿：郑海涛</p>")
    article_mentions_refresh(article)
    return article, person, org


def prose(html):
    return re.search(r'<div class="prose">(.*?)</div>', html, re.S).group(1)


@pytest.mark.parametrize("variant", ["zh-hans", "zh-tw", "zh-hk"])
def test_article_page_links_first_mentions_in_every_variant(client, page, variant):
    article, person, org = page
    url = article.get_absolute_url().replace("/zh-hans/", f"/{variant}/")
    body = prose(client.get(url).content.decode())
    found = links_in(body)
    assert [href for href, _ in found] == [f"/{variant}/organisations/{org.slug}/", f"/{variant}/people/{person.slug}/"]
    assert body.count("mention-link") == 2 and "<h2>" in body and "撰稿" in body
    assert found[0][1] == ("临沂职业学院" if variant == "zh-hans" else "臨沂職業學院")  # converted on the way out
    article.refresh_from_db()
    assert "mention-link" not in article.body  # the stored body is untouched


def test_a_rejected_mention_is_not_linked(client, page):
    article, person, org = page
    decide_mention(ArticleMention.objects.get(person=person), ArticleMention.Status.REJECTED)
    body = prose(client.get(article.get_absolute_url()).content.decode())
    assert [t for _h, t in links_in(body)] == ["临沂职业学院"]


def _page_queries(client, url):
    client.get(url)  # the glossary is built once
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_article_page_query_count_does_not_grow_with_linked_records(client, make_article, settings):
    settings.PAGE_CACHE_ENABLED = False
    names = [f"临沂{filler(random.Random(i), 4)[:4]}研究院" for i in range(60)]
    orgs = [Organisation.objects.create(name=n) for n in dict.fromkeys(names)]
    small = make_article(body=f"<p>{orgs[0].name}举办开放日。</p>")
    large = make_article(body="".join(f"<p>{o.name}举办开放日。</p>" for o in orgs))
    article_mentions_refresh(small)
    article_mentions_refresh(large)
    assert ArticleMention.objects.filter(article=large, status="accepted").count() == len(orgs) > 40
    small_count = _page_queries(client, small.get_absolute_url())
    assert small_count == _page_queries(client, large.get_absolute_url()) > 5  # rendered, not a cache hit
    assert prose(client.get(large.get_absolute_url()).content.decode()).count("mention-link") == len(orgs)


@pytest.mark.parametrize("dot", ["‧", "・", "•", "."])
def test_a_transliterated_name_links_whichever_dot_the_body_printed(dot):
    out = link_first_mentions(f"<p>自治區主席努爾{dot}白克力出席。</p>", [BodyLink(("努尔·白克力",), "/p/", "person")])
    assert links_in(out) == [("/p/", f"努爾{dot}白克力")]


def test_a_name_printed_full_width_or_in_lower_case_is_linked_as_printed():
    link = BodyLink(("ABB(中国)有限公司",), "/o/", "organisation")
    for printed in ("ＡＢＢ（中国）有限公司", "abb（中国）有限公司"):
        assert links_in(link_first_mentions(f"<p>由{printed}承办。</p>", [link])) == [("/o/", printed)]


def _links_from_records(article):
    """The links as built before they were read as rows: each mention's whole record, its own methods."""
    from academy.mentions import usable_names

    mentions = ArticleMention.objects.filter(article=article).accepted().shown().with_records().order_by("pk")
    return [BodyLink(usable_names(m.record), m.record.get_absolute_url(), m.kind) for m in mentions]


@pytest.mark.parametrize("language", ["zh-hans", "zh-tw", "zh-hk"])
def test_accepted_links_are_what_the_records_themselves_say(site, language):
    from django.utils import translation

    from academy.mentions import accepted_links
    from news.models import Article

    with translation.override(language):
        for article in Article.objects.all():
            links = accepted_links(article)
            assert len({link.kind for link in links}) >= 3 and len(links) >= 20
            assert links == _links_from_records(article)
        article = Article.objects.get(slug="da-ling-hao-wan-gong-jiang-xue-yuan-gua-pai")
        person = next(m.person for m in article.mentions.filter(kind="person", status="accepted"))
        Person.objects.filter(pk=person.pk).update(published=False)       # a draft is never linked
        rejected = article.mentions.filter(kind="organisation", status="accepted").first()
        decide_mention(rejected, ArticleMention.Status.REJECTED)          # nor a rejected mention
        links = accepted_links(article)
        assert links == _links_from_records(article)
        assert all(link.url != person.get_absolute_url() for link in links)
        assert all(link.url != rejected.record.get_absolute_url() for link in links)
        with CaptureQueriesContext(connection) as queries:
            accepted_links(article)
        assert len(queries) == 1


def test_a_long_body_of_doubtful_places_links_the_one_clear_place():
    html = "<p>" + "工匠高峰论坛开幕" * 32_000 + "全国劳模高峰出席。</p>"
    out = link_first_mentions(html, [BodyLink(("高峰",), "/p/", "person")])
    assert links_in(out) == [("/p/", "高峰")] and out.endswith('<a class="mention-link" href="/p/">高峰</a>出席。</p>')
