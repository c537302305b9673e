"""A story found only in a web archive or a search engine's cache any more (2026-12-08): the Wayback Machine's
toolbar, archive.today's header, Google's cache and 百度快照's banners, copied over the page."""
import pytest
from zhtext_helpers import PAGE_BODY

from zhtext.reprint import clean_reprint
from zhtext.script import s2t
from zhtext.web_archives import is_archive_line

HEADLINE = "杭州劳模工匠学院第三期技能提升班开班"
ORIGINAL = "http://www.example.gov.cn/news/123.html"
WAYBACK = [f"The Wayback Machine - https://web.archive.org/web/20240910102345/{ORIGINAL}", "12 captures",
           "10 Sep 2024 - 12 Oct 2024", "Sep OCT Nov", "10", "2023 2024 2025", "success", "fail", "About this capture",
           "COLLECTED BY", "Organization: Internet Archive", "TIMESTAMPS"]
ARCHIVE_TODAY = ["archive.today webpage capture", f"Saved from {ORIGINAL}", "search 10 Sep 2024 10:23:45 UTC",
                 "All snapshots from host www.example.gov.cn", "Webpage Screenshot", "share download .zip report bug or abuse"]
GOOGLE = [f"这是 Google 对 {ORIGINAL} 的缓存。这是该网页在 2024年9月10日 10:23:45 GMT 的快照。", "完整版本 纯文字版本 查看源代码"]
BAIDU = ["百度快照", f"(百度和网页{ORIGINAL}的作者无关，不对其内容负责。百度快照谨为网络故障时之索引，不代表被搜索网站的即时页面。)"]


@pytest.mark.parametrize("traditional", [False, True])
@pytest.mark.parametrize("banner", [WAYBACK, ARCHIVE_TODAY, GOOGLE, BAIDU], ids=["wayback", "archive.today", "google", "baidu"])
def test_an_archives_banner_goes_and_the_original_address_is_logged(banner, traditional):
    convert = s2t if traditional else (lambda s: s)
    res = clean_reprint("\n".join(banner + [convert(HEADLINE), *[convert(p) for p in PAGE_BODY]]))
    assert res.title == convert(HEADLINE)
    assert [b.text for b in res.blocks] == [convert(p) for p in PAGE_BODY]
    assert any(r.kind == "metadata" and ORIGINAL in r.label for r in res.repairs)


def test_the_banners_sentences_are_proposed_and_the_headline_under_them_is_the_headline():
    lines = ["当前页在此期间可能已经更改。了解详情", "提示：要在此页面上快速找到您的搜索字词，请按 Ctrl+F 或者 ⌘-F（Mac），然后使用查找栏搜索。"]
    res = clean_reprint("\n".join([GOOGLE[0], *lines, HEADLINE, *PAGE_BODY]))
    assert res.title == HEADLINE
    assert [r.before for r in res.repairs if not r.accepted] == lines
    assert [b.text for b in clean_reprint("\n".join([GOOGLE[0], *lines, HEADLINE, *PAGE_BODY]), accept_all=True).blocks] == PAGE_BODY


def test_lines_with_no_chinese_stay_on_a_page_that_is_no_archives():
    page = [HEADLINE, "Skills for the Future", "2023 2024 2025", *PAGE_BODY]
    assert [b.text for b in clean_reprint("\n".join(page)).blocks][:2] == ["Skills for the Future", "2023 2024 2025"]


@pytest.mark.parametrize("line", ["Wayback Machine 是一个网页存档网站，学院的旧新闻可以在那里找到。", "百度快照里还能看到这篇报道的全文，大家可以去看看。"])
def test_a_sentence_about_an_archive_is_no_banner(line):
    assert not is_archive_line(line)
    assert line in [b.text for b in clean_reprint("\n".join([HEADLINE, *PAGE_BODY, line])).blocks]
