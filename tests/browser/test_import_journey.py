"""The reprint importer as an editor uses it: paste a reprint with a header line, page chrome and a
word replaced by a betting token; reject one repair, accept all the others; save. The draft has the
title, date and source from the header line, the rejected repair's text, and the whole log."""
import datetime as dt

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from news.models import Article
from tests.browser.helpers import axe, screenshot

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

REPRINT = "\n".join([
    "济宁市总工会举办职工技能大赛颁奖仪式  发布时间：2024-11-05 09:30  来源：济宁日报  阅读：356",
    "【字体：大 中 小】【打印】【关闭】",
    "11月5日上午🎉🙋🏻‍♂️,济宁市总工会举办职工技能大赛颁奖仪式。某职业学院xpj88总支书记出席并致辞。",
    "本次大赛共有来自全市的三百余名职工参加，各级工会给予了大力支持。天天开奖稳赚不赔工会主席在总结时表示,,大赛将每年举办。",
    "关键词：技能大赛 工会",
    "凡本网注明来源的作品，版权均属本网所有，未经本网授权不得转载。",
])


def test_review_each_repair_and_keep_the_log(editor_page, url):
    page = editor_page
    page.goto(url("admin:news_article_import"))
    page.get_by_label("转载原文").fill(REPRINT)
    # The first repair of byte damage loads jieba's dictionary (seconds on a busy machine).
    with page.expect_navigation(timeout=120_000):
        page.get_by_role("button", name="清理并预览").click(no_wait_after=True)

    # The header line became fields; the uncertain proposal (the notice, a whole sentence) starts rejected.
    expect(page.locator(".import-title")).to_have_text("济宁市总工会举办职工技能大赛颁奖仪式")
    expect(page.locator(".import-meta")).to_contain_text("济宁日报")
    expect(page.locator(".import-meta")).to_contain_text("2024年11月5日 09:30")
    sentence = page.locator("tr.repair-sentence")
    expect(sentence).to_have_count(1)
    expect(sentence.get_by_role("checkbox")).not_to_be_checked()
    expect(page.locator(".import-warnings")).to_contain_text("此处可能缺字")
    assert axe(page, "admin-import-preview") == []
    screenshot(page, "admin-import-preview")

    # Accept everything, then reject the removal of the betting slogan.
    for box in page.locator("input[name=accept]").all():
        box.check()
    slogan = page.locator("tr.repair-injection").filter(has_text="天天开奖稳赚不赔")
    slogan.get_by_role("checkbox").uncheck()
    page.get_by_role("button", name="保存为草稿").first.click()
    expect(page.locator(".messagelist")).to_contain_text("已保存为草稿")

    article = Article.objects.get(title="济宁市总工会举办职工技能大赛颁奖仪式")
    assert article.status == Article.Status.DRAFT and article.source_name == "济宁日报"
    assert timezone.localtime(article.published_at).replace(tzinfo=None) == dt.datetime(2024, 11, 5, 9, 30)
    assert "天天开奖稳赚不赔" in article.body  # the rejected repair kept the text
    for gone in ("xpj88", "🎉", "阅读", "字体", "关键词", "版权均属本网"):
        assert gone not in article.body
    repairs = article.import_report["repairs"]
    assert [r["accepted"] for r in repairs if r["before"] == "天天开奖稳赚不赔"] == [False]
    assert all(r["accepted"] for r in repairs if r["before"] != "天天开奖稳赚不赔")

    # The log reads in Chinese on the article, long after the import.
    page.locator("summary").filter(has=page.get_by_role("heading", name="记录", exact=True)).click()
    log = page.locator(".import-log")
    log.locator("summary").click()
    expect(log).to_contain_text("未采纳（保留原文）")
    expect(log).to_contain_text("植入的广告")
    expect(log).not_to_contain_text("injection")


def test_an_over_limit_paste_is_refused_before_sending_and_stays(editor_page, url):
    page = editor_page
    page.goto(url("admin:news_article_import"))
    box = page.get_by_label("转载原文")
    # the real limit is 200,000 characters; the script reads it from the box, so a small one tests it
    box.evaluate("el => el.setAttribute('data-max-chars', '20')")
    text = "劳模工匠学院开班。" * 5
    box.fill(text)
    requests = []
    page.on("request", lambda r: requests.append(r) if r.method == "POST" else None)
    page.get_by_role("button", name="清理并预览").click()
    expect(page.locator(".import-size-error")).to_be_visible()
    expect(page.locator(".import-size-error")).to_contain_text("超过导入上限")
    expect(box).to_have_value(text)
    assert requests == []
