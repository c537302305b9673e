"""#15 acceptance: an editor imports a reprint about a new event, accepts three proposed records and two
mention links, and the article is published; the new records' pages link to the article and the article's
first mentions link to them (and to the two records already in the directory), in 简体 and 繁體."""
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from academy.models import ArticleMention, Event, Person
from news.models import Article

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

# A fictional report: one new event with its 主办/承办, two new people with titles, and two records the
# site content already has (上海市总工会, 王曙群).
REPRINT = "\n".join([
    "苏州市举办青年工匠论坛",
    "5月8日，由苏州市总工会主办、苏州工业职业技术学院承办的“苏州青年工匠论坛”在苏州工业职业技术学院举行。",
    "苏州精工机械有限公司总经理、工会主席周立群，全国技术能手韩志远出席论坛。",
    "上海市总工会兼职副主席王曙群作主旨报告，介绍了上海工匠培养的做法。",
    "韩志远表示，论坛为青年职工搭建了交流平台。",
])
ACCEPTED = ("苏州青年工匠论坛", "周立群", "韩志远")
KNOWN = ("上海市总工会", "王曙群")


def decide(page, column, name, choice):
    """Tick `choice` (采纳 …) in the inline row whose `column` cell (the proposal's name, the mention's
    record) reads `name`; other rows' sentences may name it too."""
    cell = page.locator(f"td.field-{column}").filter(has_text=name).filter(
        has=page.get_by_text(name, exact=True)
    )
    row = page.locator("tr.form-row").filter(has=cell).first
    row.get_by_label(choice, exact=True).check()


def path(url, target, variant):
    return urlsplit(url(target, variant=variant)).path


def test_import_accept_records_and_links_then_publish(editor_page, reviewer_page, visitor, url):
    page = editor_page
    before = set(Article.objects.values_list("pk", flat=True))
    page.goto(url("admin:news_article_import"))
    page.get_by_label("转载原文").fill(REPRINT)
    with page.expect_navigation(timeout=120_000):  # the first repair loads jieba's dictionary
        page.get_by_role("button", name="清理并预览").click(no_wait_after=True)
    page.get_by_role("button", name="保存为草稿").first.click()
    expect(page.locator(".messagelist")).to_contain_text("已保存为草稿")
    article = Article.objects.exclude(pk__in=before).get()

    # The change page proposes what the directory lacks and lists what it already knows.
    page.goto(url("admin:news_article_change", article.pk))
    for name in ACCEPTED:
        expect(page.locator(".inline-group").filter(has_text="可新建的记录")).to_contain_text(name)
    for name in ACCEPTED:
        decide(page, "name_display", name, "采纳")
    for name in KNOWN:
        decide(page, "record_link", name, "采纳")
    page.get_by_role("button", name="保存草稿").first.click()
    expect(page.locator(".messagelist")).to_contain_text("成功")

    event, person = Event.objects.get(name="苏州青年工匠论坛"), Person.objects.get(name="周立群")
    assert Person.objects.filter(name="韩志远").exists()
    assert article in event.source_articles.all() and article in person.source_articles.all()
    assert "采纳" in person.editor_note  # the record says where it came from, for the editor to check
    accepted = ArticleMention.objects.filter(article=article, status=ArticleMention.Status.ACCEPTED)
    assert accepted.count() >= 5

    page.get_by_role("button", name="提交审核").first.click()
    expect(page.locator(".messagelist")).to_contain_text("成功")
    reviewer_page.goto(url("admin:news_article_change", article.pk))
    reviewer_page.get_by_role("button", name="发布", exact=True).first.click()
    expect(reviewer_page.locator(".messagelist")).to_contain_text("发布")

    known = {name: Person.objects.filter(name=name).first() for name in KNOWN}
    known["上海市总工会"] = accepted.get(organisation__name="上海市总工会").organisation
    for variant in ("zh-hans", "zh-tw"):
        assert visitor.goto(url(article, variant=variant)).status == 200
        prose = visitor.locator(".prose")
        for record in (event, person, *known.values()):
            # Exactly one link per record in the body: its first mention.
            expect(prose.locator(f'a[href="{path(url, record, variant)}"]')).to_have_count(1)
        expect(prose.locator("h2 a, h3 a")).to_have_count(0)
        for record in (event, person):
            visitor.goto(url(record, variant=variant))
            expect(visitor.locator(f'a[href="{path(url, article, variant)}"]').first).to_be_visible()
    visitor.goto(url(article, variant="zh-tw"))
    expect(visitor.locator(".prose")).to_contain_text("蘇州青年工匠論壇")
