"""Issue 8 item 2: interface text has one owner. It is written once in Simplified; the Taiwan and Hong Kong
catalogues are derived from it (variants/regional.py), and the page pass converts it like content while
keeping the region's own words. An interface word and the same word in an article are each right."""
import shutil

import pytest
from django.core.management import CommandError, call_command

from variants.regional import regional_text
from zhtext.variants import HANT_HK, HANT_TW, KEEP_CLOSE, KEEP_OPEN, Converter

pytestmark = pytest.mark.django_db
MARKS = (KEEP_OPEN, KEEP_CLOSE, "\\ue001", "\\ue002")


def test_committed_catalogues_are_derived_from_the_simplified_one():
    call_command("derive_catalogues", "--check")


def test_a_hand_edit_of_a_derived_catalogue_fails_the_check(settings, tmp_path):
    shutil.copytree(settings.LOCALE_PATHS[0], tmp_path / "locale")
    settings.LOCALE_PATHS = [tmp_path / "locale"]
    po = tmp_path / "locale" / "zh_TW" / "LC_MESSAGES" / "django.po"
    po.write_text(po.read_text(encoding="utf-8").replace('msgstr "工会"', 'msgstr "工會"'), encoding="utf-8")
    with pytest.raises(CommandError, match="zh_TW"):
        call_command("derive_catalogues", "--check")
    call_command("derive_catalogues")  # rewriting puts it right
    call_command("derive_catalogues", "--check")


def test_regional_phrases_are_kept_and_the_rest_is_converted():
    text = regional_text("请输入要搜索的词语，暂无信息。", HANT_TW)
    assert text == f"请输入要{KEEP_OPEN}搜尋{KEEP_CLOSE}的词语，{KEEP_OPEN}尚無{KEEP_CLOSE}{KEEP_OPEN}資訊{KEEP_CLOSE}。"
    assert Converter(HANT_TW).convert(text) == "請輸入要搜尋的詞語，尚無資訊。"
    assert Converter(HANT_HK).convert(regional_text("暂无信息", HANT_HK)) == "暫無資料"
    # OpenCC alone would overrule the region: 发布 → 發佈. Kept, the interface says 發布.
    assert Converter(HANT_TW).convert("发布") == "發佈"
    assert Converter(HANT_TW).convert(regional_text("发布", HANT_TW)) == "發布"
    # Longest phrase first: 定时发布 is one row, not 定时 + 发布.
    assert regional_text("定时发布", HANT_TW) == f"{KEEP_OPEN}排程發布{KEEP_CLOSE}"


def test_stray_marks_never_reach_a_reader():
    assert Converter(HANT_TW).convert(f"信息{KEEP_OPEN}网络") == "信息網絡"
    assert Converter(HANT_TW).convert(f"{KEEP_CLOSE}abc") == "abc"


def test_interface_word_and_article_word_are_each_converted_by_their_owner(client, site, make_article):
    make_article(title="学院发布课程信息和搜索指南")
    tw = client.get("/zh-tw/news/").content.decode()
    # The interface: the region's words (依, 發布; 搜尋 in the navigation and the search box's label).
    assert "勞模工匠學院的全部新聞，依發布時間排列。" in tw
    assert '<a href="/zh-tw/search/">搜尋</a>' in tw
    assert '<label for="search-page-q">搜尋新聞、學院和人物</label>' in client.get("/zh-tw/search/").content.decode()
    # The article: converted character by character, its words as the editor wrote them.
    assert "學院發佈課程信息和搜索指南" in tw
    hk = client.get("/zh-hk/news/").content.decode()
    assert "學院發佈課程信息和搜索指南" in hk and '<a href="/zh-hk/search/">搜尋</a>' in hk
    hans = client.get("/zh-hans/news/").content.decode()
    assert "按发布时间排列" in hans and "学院发布课程信息和搜索指南" in hans


@pytest.mark.parametrize("path", ["/", "/news/", "/academies/", "/people/", "/training-bases/", "/events/",
                                  "/courses/", "/news/feed/rss/", "/news/feed/atom/", "/no-such-page/", "/search/?q=信息"])
@pytest.mark.parametrize("variant", ["zh-tw", "zh-hk"])
def test_no_keep_mark_reaches_any_page(client, site, variant, path):
    response = client.get(f"/{variant}{path}")
    assert response.status_code in (200, 404)
    content = response.content.decode()
    assert not any(mark in content for mark in MARKS)
