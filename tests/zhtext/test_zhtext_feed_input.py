"""An RSS or Atom item pasted as it is reads as the page it stands for: headline, date (in Beijing time), source and
the article, whose HTML sits in a CDATA section or is escaped once. A CDATA section in a page is text too."""
import datetime as dt
import html

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from zhtext_helpers import PAGE_BODY

from zhtext.feed_input import feed_page
from zhtext.reprint import clean_reprint
from zhtext.script import s2t

HEADLINE = "杭州市劳模工匠学院举办技能提升班"
SETTINGS = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
WHEN = dt.datetime(2024, 9, 10, 10, 20)  # Beijing time


def _rss(title, paragraphs, body_tag="description", cut=False, more=0):
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    item = (f"<item><title><![CDATA[{title}]]></title><link>https://example.cn/a/1.html</link>"
            f"<pubDate>Tue, 10 Sep 2024 10:20:00 +0800</pubDate><dc:creator>杭州市总工会</dc:creator>"
            f"<{body_tag}><![CDATA[{body}]]></{body_tag}>")
    extra = "".join(f"<item><title>其他新闻{n}</title></item>" for n in range(more))
    feed = ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">'
            f"<channel><title>杭州工会</title>{item}</item>{extra}</channel></rss>")
    return feed[:feed.index("</item>")] if cut else feed


def _atom(title, paragraphs):
    body = html.escape("".join(f"<p>{p}</p>" for p in paragraphs))
    return ('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>杭州工会</title>'
            f"<entry><title>{title}</title><published>2024-09-10T02:20:00Z</published>"
            f'<author><name>杭州市总工会</name></author><content type="html">{body}</content></entry></feed>')


@SETTINGS
@given(st.sampled_from([str, s2t]), st.sampled_from(["rss", "rss content:encoded", "rss cut off", "atom"]))
def test_a_feed_item_reads_as_its_page(script, kind):
    paragraphs = [script(p) for p in PAGE_BODY]
    feed = {"rss": lambda: _rss(script(HEADLINE), paragraphs),
            "rss content:encoded": lambda: _rss(script(HEADLINE), paragraphs, "content:encoded"),
            "rss cut off": lambda: _rss(script(HEADLINE), paragraphs, cut=True),
            "atom": lambda: _atom(script(HEADLINE), paragraphs)}[kind]()
    result = clean_reprint(feed)
    assert result.title == script(HEADLINE)
    assert [b.text for b in result.blocks] == paragraphs
    assert (result.published_at, result.source) == (WHEN, "杭州市总工会")


def test_only_the_first_of_several_items_is_read_and_the_editor_is_told():
    result = clean_reprint(_rss(HEADLINE, PAGE_BODY, more=3))
    assert [b.text for b in result.blocks] == PAGE_BODY
    assert any("4 条" in w.message for w in result.warnings)


@pytest.mark.parametrize("text", ["<p>学院开班</p>", "劳模工匠学院开班\n<item>是一个词", "<channel>", "<rss>没有条目</rss>"])
def test_what_is_no_feed_item_is_left_to_the_other_readers(text):
    assert feed_page(text) is None


def test_a_cdata_section_in_a_page_is_text():
    result = clean_reprint(f"<h1>{HEADLINE}</h1><div><p>{PAGE_BODY[0]}</p><![CDATA[{PAGE_BODY[1]}]]></div>")
    assert [b.text for b in result.blocks] == PAGE_BODY[:2]


@pytest.mark.parametrize("hostile", ["<rss><item>" + "<title>" * 30000, "<rss>" + "<item>" * 30000,
                                     "<feed><entry><content>" + "<content>" * 30000])
def test_a_feed_full_of_unclosed_tags_is_read_in_one_pass(hostile):
    """Each element is found with one search and one find (a lazy match per unclosed tag was quadratic)."""
    page, items = feed_page(hostile)
    assert items == 1 and page.startswith("<html>")
