"""What a reader does: follow links from the home page, page through the news, use the phone menu,
get around with the keyboard alone, walk from an academy to a lecture and the article about it."""
import re

import pytest
from playwright.sync_api import expect

from news.models import Article
from tests.browser.helpers import PHONE, new_context, outline

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def main(page):
    return page.locator("main")


def test_home_to_article_to_tag_to_another_article(page, url):
    page.goto(url("news:home"))
    expect(page).to_have_title("劳模工匠学院")
    featured = main(page).locator(".featured-card .card-title a").first
    first_title = featured.inner_text()
    featured.click()
    expect(page.locator("h1")).to_have_text(first_title)
    expect(page.locator(".breadcrumbs [aria-current=page]")).to_have_text(first_title)

    tag = page.locator(".article-footer .tag-list a").first
    tag_name = tag.inner_text()
    tag.click()
    expect(page.locator("h1")).to_have_text(f"标签：{tag_name}")
    titles = page.locator(".article-list .card-title a")
    expect(titles.first).to_be_visible()
    assert first_title in titles.all_inner_texts()

    # The other article under the same tag, if there is one; otherwise the article's next/previous link.
    others = [t for t in titles.all_inner_texts() if t != first_title]
    if others:
        titles.filter(has_text=others[0]).click()
    else:
        page.go_back()
        page.go_back()
        page.locator(".prev-next a").first.click()
    second_title = page.locator("h1").inner_text()
    assert second_title != first_title
    expect(page.locator(".prose p").first).to_be_visible()


def test_news_list_pages_through_every_article_once(page, url):
    created = {f"分页测试新闻{n:02d}" for n in range(23)}  # 2 fixture articles + 23 = 25: three pages of ten
    for title in created:
        Article.objects.create(title=title, body="<p>正文</p>", status=Article.Status.PUBLISHED)
    page.goto(url("news:list"))
    seen = []
    for number in (1, 2, 3):
        pagination = page.get_by_role("navigation", name="分页")
        expect(pagination.locator("[aria-current=page]")).to_have_text(str(number))
        expect(pagination).to_contain_text(f"第 {number} / 3 页，共 25 条")
        seen += page.locator(".article-list .card-title a").all_inner_texts()
        if number < 3:
            pagination.get_by_role("link", name="下一页").click()
    # Every article once (the fixture titles may be shown converted to the reader's script).
    assert len(seen) == len(set(seen)) == 25 and created <= set(seen)
    expect(page).to_have_title(re.compile("第 3 页"))
    assert page.get_by_role("navigation", name="分页").get_by_role("link", name="下一页").count() == 0
    page.get_by_role("navigation", name="分页").get_by_role("link", name="上一页").click()
    expect(page.get_by_role("navigation", name="分页").locator("[aria-current=page]")).to_have_text("2")
    # A page past the end is a 404, not a silent first page.
    assert page.goto(url("news:list", query="page=4")).status == 404


def test_phone_menu_opens_is_reachable_and_closes_with_escape(browser, url):
    context = new_context(browser, PHONE)
    page = context.new_page()
    page.goto(url("news:home"))
    toggle = page.get_by_role("button", name="菜单")
    nav = page.get_by_role("navigation", name="主导航")
    expect(toggle).to_be_visible()
    expect(toggle).to_have_attribute("aria-expanded", "false")
    expect(nav).to_be_hidden()
    # Nothing wider than the phone: no sideways scrolling.
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]

    toggle.click()
    expect(toggle).to_have_attribute("aria-expanded", "true")
    expect(nav).to_be_visible()
    links = nav.get_by_role("link")
    assert links.count() >= 2
    for i in range(links.count()):
        box = links.nth(i).bounding_box()
        assert box and box["height"] >= 24 and box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"]
    # The links come next in the tab order, right after the toggle.
    page.keyboard.press("Tab")
    first = links.first.inner_text()
    assert page.evaluate("document.activeElement.textContent.trim()") == first

    page.keyboard.press("Escape")
    expect(toggle).to_have_attribute("aria-expanded", "false")
    expect(nav).to_be_hidden()
    expect(toggle).to_be_focused()

    # The menu takes the reader somewhere.
    toggle.click()
    nav.get_by_role("link", name="新闻").click()
    expect(page.locator("h1")).to_have_text("新闻")
    context.close()


def test_keyboard_only_skip_link_focus_and_tab_order(page, url):
    page.goto(url("news:home"))
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="跳到正文")
    expect(skip).to_be_focused()
    box = skip.bounding_box()
    assert box and box["y"] >= 0 and box["x"] >= 0, "the skip link must be on screen when focused"
    assert outline(page) != "none", "the focused skip link must show a focus outline"

    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    # The next Tab lands inside main, on the first link of the content, with a visible outline.
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.closest('main') !== null")
    assert outline(page) != "none"

    # Tab order from the top follows the page: skip link, brand, then the main navigation, in order
    # and without a gap (whatever else the header holds before it).
    page.goto(url("news:home"))
    nav_labels = [label.strip() for label in page.get_by_role("navigation", name="主导航").get_by_role("link").all_inner_texts()]
    order = []
    for _ in range(len(nav_labels) + 8):
        page.keyboard.press("Tab")
        order.append(page.evaluate("document.activeElement.textContent.trim()"))
    assert order[0] == "跳到正文"
    assert "劳模工匠学院" in order[1]
    start = order.index(nav_labels[0])
    assert order[start:start + len(nav_labels)] == nav_labels, order

    # Enter on a focused card link opens the article.
    page.goto(url("news:home"))
    link = main(page).locator(".card-title a").first
    title = link.inner_text()
    link.focus()
    assert outline(page) != "none"
    page.keyboard.press("Enter")
    expect(page.locator("h1")).to_have_text(title)


def test_academy_to_training_base_to_mentor_to_lecture_to_article(page, url):
    page.goto(url("news:home"))
    page.get_by_role("navigation", name="主导航").get_by_role("link", name="学院").click()
    expect(page.locator("h1")).to_have_text("学院")
    main(page).get_by_role("link", name="上海大零号湾工匠学院").first.click()
    expect(page.locator("h1")).to_have_text("上海大零号湾工匠学院")
    academy_url = page.url

    bases = page.locator("section[aria-labelledby=bases-title]")
    bases.get_by_role("link", name="上海航天技术研究院").click()
    expect(page.locator("h1")).to_have_text("上海航天技术研究院")
    expect(main(page)).to_contain_text("上海大零号湾工匠学院")
    # From the training base back to its academy, and on to a mentor there.
    main(page).get_by_role("link", name="上海大零号湾工匠学院").first.click()
    assert page.url == academy_url

    page.locator("section[aria-labelledby=people-title]").get_by_role("link", name="包起帆").click()
    expect(page.locator("h1")).to_have_text("包起帆")
    lecture = page.locator("section[aria-labelledby=lectures-title]").get_by_role("link").first
    lecture_title = lecture.inner_text()
    lecture.click()
    expect(page.locator("h1")).to_have_text(lecture_title)
    expect(main(page)).to_contain_text("包起帆")

    report = page.locator("section[aria-labelledby=news-title]").get_by_role("link").first
    article_title = report.inner_text()
    report.click()
    expect(page.locator("h1")).to_have_text(article_title)
    expect(page.locator(".prose")).to_contain_text("包起帆")


def test_course_catalogue_filters(page, url):
    page.goto(url("academy:course-list"))
    cards = main(page).locator(".card-title a")
    everything = cards.count()
    assert everything >= 3

    page.get_by_label("学院").select_option(label="上海大零号湾工匠学院")
    page.get_by_role("button", name="筛选").click()
    expect(page).to_have_url(re.compile(r"academy="))
    assert 0 < cards.count() < everything
    expect(cards.first).to_be_visible()
    # The chosen filter stays selected on the filtered page.
    assert page.get_by_label("学院").evaluate("s => s.options[s.selectedIndex].text") == "上海大零号湾工匠学院"

    # A teacher's name, typed (names are suggested as one types): every course shown is one they teach.
    page.get_by_label("学院").select_option(index=0)
    teacher = "包起帆"
    page.get_by_label("授课人").press_sequentially("包起")
    expect(page.locator("#filter-teacher-names option")).to_have_count(1)
    assert page.locator("#filter-teacher-names option").first.get_attribute("value") == teacher
    page.get_by_label("授课人").fill(teacher)
    page.get_by_role("button", name="筛选").click()
    expect(page).to_have_url(re.compile(r"teacher="))
    courses = main(page).locator("article")
    assert courses.count() >= 1
    for i in range(courses.count()):
        expect(courses.nth(i)).to_contain_text(teacher)
