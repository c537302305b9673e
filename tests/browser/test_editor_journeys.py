"""What an editor does in the admin, signed in through the real login form as a member of 编辑:
write an article with a cover and tags, preview it, schedule it, publish it, unpublish it; import a
reprint and publish the cleaned draft. And what an editor cannot do: manage users."""
import datetime
import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.utils import timezone
from PIL import Image
from playwright.sync_api import expect

from news.models import Article

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

REPRINT = Path(__file__).resolve().parents[1] / "zhtext" / "data" / "002_293ca45ebbd2af73.txt"
TITLE = "浏览器测试：劳模工匠进校园"
ALT = "劳模在实训车间为学员演示焊接"




def save_and_continue(page):
    page.get_by_role("button", name="保存草稿").first.click()


def set_published_at(page, when):
    local = timezone.localtime(when)
    page.locator("#id_published_at_0").fill(local.strftime("%Y-%m-%d"))
    page.locator("#id_published_at_1").fill(local.strftime("%H:%M:%S"))


def public_state(visitor, url, article):
    """What an anonymous reader finds: the article page's status, and whether home and feed list it."""
    status = visitor.goto(url(article)).status
    visitor.goto(url("news:home"))
    on_home = visitor.get_by_role("link", name=article.title).count() > 0
    feed = visitor.request.get(url("news:feed-rss")).text()
    return status, on_home, article.title in feed


def test_write_preview_schedule_publish_unpublish(editor_page, reviewer_page, visitor, url, tmp_path):
    page = editor_page
    cover = tmp_path / "cover.png"
    Image.new("RGB", (1600, 900), (159, 29, 32)).save(cover, "PNG")

    page.goto(url("admin:index"))
    page.get_by_role("link", name="写文章").click()  # the desk's button
    page.locator("#id_title").fill(TITLE)
    # The URL slug is prefilled from the title while typing (pinyin; Django's own would be empty).
    expect(page.get_by_label("网址标识")).to_have_value("liu-lan-qi-ce-shi-lao-mo-gong-jiang-jin-xiao-yuan")
    page.get_by_label("摘要").fill("全国劳模走进职业院校，为学员讲授第一课。")
    body = page.locator(".tiptap.ProseMirror")  # the body editor (its toolbar has its own journey)
    body.click()
    page.keyboard.type("劳模工匠走进校园，和学员一起在车间里练基本功。")
    page.get_by_label("标签").fill("劳模工匠学院, 浏览器测试")
    page.get_by_label("封面图片").set_input_files(cover)
    save_and_continue(page)
    # A cover without alt text is refused, with the reason next to the field.
    expect(page.locator(".errorlist")).to_contain_text("必须填写替代文字")
    page.get_by_label("封面图片").set_input_files(cover)
    page.get_by_label("封面替代文字").fill(ALT)
    save_and_continue(page)
    expect(page.locator(".messagelist")).to_contain_text("成功")
    article = Article.objects.get(title=TITLE)
    assert article.status == Article.Status.DRAFT and article.cover_renditions
    assert {t.name for t in article.tags.all()} == {"劳模工匠学院", "浏览器测试"}

    # Preview a draft: the editor sees it, marked as a draft; the public does not.
    with page.context.expect_page() as popup:
        page.goto(url("admin:news_article_changelist"))
        page.get_by_role("row").filter(has_text=TITLE).get_by_role("link", name="预览").click()
    preview = popup.value
    preview.wait_for_load_state()
    expect(preview.locator("h1")).to_have_text(TITLE)
    expect(preview.locator(".preview-banner")).to_contain_text("草稿")
    expect(preview.get_by_role("img", name=ALT)).to_be_visible()
    preview.close()
    assert public_state(visitor, url, article) == (404, False, False)
    # The preview address itself sends a reader to the login page.
    visitor.goto(url("news:preview", article.pk))
    expect(visitor).to_have_url(re.compile(re.escape(url("admin:login"))))

    # An editor cannot publish: a reviewer schedules it, published but from tomorrow. It stays hidden until then.
    page.goto(url("admin:news_article_change", article.pk))
    assert page.get_by_role("button", name="发布", exact=True).count() == 0
    page = reviewer_page
    page.goto(url("admin:news_article_change", article.pk))
    set_published_at(page, timezone.now() + datetime.timedelta(days=1))
    page.get_by_role("button", name="发布", exact=True).first.click()
    expect(page.locator(".messagelist")).to_contain_text("已定时发布")
    article.refresh_from_db()
    assert article.is_scheduled
    assert public_state(visitor, url, article) == (404, False, False)
    page.goto(url("admin:news_article_change", article.pk))
    page.get_by_role("link", name="在站点上查看").click()
    expect(page.locator(".preview-banner")).to_contain_text("定时发布")

    # Publish now, with the admin's own 今天 / 现在 shortcuts: on the home page and in the feed.
    page.goto(url("admin:news_article_change", article.pk))
    page.locator(".datetime").first.get_by_role("link", name="今天").click()
    page.locator(".datetime").first.get_by_role("link", name="现在").click()
    page.get_by_role("button", name="发布修改").first.click()
    expect(page.locator(".messagelist")).to_contain_text("成功")
    article.refresh_from_db()
    assert article.is_public
    assert public_state(visitor, url, article) == (200, True, True)
    visitor.goto(url("news:home"))
    # Not a top story, so on the home page it is a headline, and its cover is in the 图片新闻 strip.
    expect(visitor.locator(".headline-list").get_by_role("link", name=TITLE)).to_be_visible()
    card = visitor.locator(".picture-strip li").filter(has_text=TITLE)
    image = card.get_by_role("img", name=ALT)
    expect(image).to_be_visible()
    assert image.evaluate("img => img.complete && img.naturalWidth > 0"), "the cover image must load"
    card.get_by_role("link", name=TITLE).click()
    expect(visitor.locator("h1")).to_have_text(TITLE)
    expect(visitor.locator(".article-footer")).to_contain_text("浏览器测试")
    assert visitor.locator(".preview-banner").count() == 0

    # Unpublish from the list with the actions menu: gone from the page, the home page and the feed.
    page.goto(url("admin:news_article_changelist"))
    page.get_by_role("row").filter(has_text=TITLE).get_by_role("checkbox").check()
    page.locator("select[name=action]").select_option(label="撤回所选文章（改为草稿）")
    page.get_by_role("button", name="执行").click()
    expect(page.locator(".messagelist")).to_contain_text("已撤回 1 篇文章")
    assert public_state(visitor, url, article) == (404, False, False)


def test_import_a_reprint_and_publish_the_cleaned_draft(editor_page, reviewer_page, visitor, url):
    page = editor_page
    before = set(Article.objects.values_list("pk", flat=True))
    page.goto(url("admin:news_article_changelist"))
    page.get_by_role("link", name="导入转载文章").click()
    expect(page.locator("h1")).to_have_text("导入转载文章")
    page.get_by_label("转载原文").fill(REPRINT.read_text(encoding="utf-8"))
    page.get_by_label("来源").fill("山东科技职业学院")
    # The first repair of byte damage loads jieba's dictionary (seconds on a busy machine).
    with page.expect_navigation(timeout=120_000):
        page.get_by_role("button", name="清理并预览").click(no_wait_after=True)
    expect(page.locator("#repairs-title")).to_contain_text("逐项修改")
    expect(page.locator(".import-body")).not_to_contain_text("學(xué)")
    title = page.locator(".import-title").inner_text()
    assert title and not Article.objects.exclude(pk__in=before).exists(), "a preview saves nothing"
    # Uncertain repairs start rejected; the editor checks the two uncertain byte repairs and accepts them.
    uncertain = page.locator("tr.repair-gbk.repair-uncertain input[name=accept]")
    expect(uncertain).to_have_count(2)
    for box in uncertain.all():
        expect(box).not_to_be_checked()
        box.check()

    page.get_by_role("button", name="保存为草稿").first.click()
    expect(page.locator(".messagelist")).to_contain_text("已保存为草稿")
    article = Article.objects.exclude(pk__in=before).get()
    assert article.status == Article.Status.DRAFT and article.import_report["repairs"]
    assert page.url == url("admin:news_article_change", article.pk)
    assert visitor.goto(url(article)).status == 404

    # The editor checks the title and submits it; a reviewer publishes it (dated now: it never went live).
    expect(page.locator("#id_title")).to_have_value(title)
    page.get_by_role("button", name="提交审核").first.click()
    expect(page.locator(".messagelist")).to_contain_text("成功")
    page = reviewer_page
    page.goto(url("admin:news_article_change", article.pk))
    page.get_by_role("button", name="发布", exact=True).first.click()
    expect(page.locator(".messagelist")).to_contain_text("发布时间已设为现在")

    # The reader finds it on the home page (its title possibly converted to the reader's script).
    visitor.goto(url("news:home"))
    link = visitor.locator(f'main a[href="{urlsplit(url(article)).path}"]').first
    expect(link).to_be_visible()
    shown_title = link.inner_text()
    link.click()
    expect(visitor.locator("h1")).to_have_text(shown_title)
    prose = visitor.locator(".prose")
    expect(prose).to_contain_text(re.compile("濰坊|潍坊"))
    for damage in ("(xué)", "(x", "?"):  # no pinyin annotations, no GBK question marks left
        expect(prose).not_to_contain_text(damage)


def test_editor_cannot_reach_user_management(editor_page, url):
    page = editor_page
    page.goto(url("admin:index"))
    expect(page.locator("#content-main")).to_contain_text("文章")
    assert page.locator("#content-main").get_by_role("link", name="用户").count() == 0
    for name in ("admin:auth_user_changelist", "admin:auth_group_changelist", "admin:auth_user_add"):
        assert page.goto(url(name)).status == 403, name
