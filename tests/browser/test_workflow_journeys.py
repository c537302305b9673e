"""The editorial workflow in the browser, as issue 12 lists it: an editor writes and submits and cannot
publish (no button; a forged POST is refused); a reviewer finds it on the desk, compares it with the previous
revision and sends it back with a comment; the editor fixes and resubmits; the reviewer publishes. The editor
edits the live article and the public page does not change until the reviewer publishes again. Roll back to
the first revision; change the slug (the old address redirects); schedule an expiry and let it pass (with a
clock the test controls). vnu and axe on the desk, the history and the compare pages."""
import datetime
from unittest import mock

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from news.models import Article
from tests.browser.helpers import DESKTOP, axe, describe, new_context, screenshot, vnu

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]

TITLE = "工作流测试：劳模工匠进车间"
FIXED_TITLE = "工作流测试：劳模工匠进车间（修订）"
BODY = "劳模工匠走进车间，为学员讲授第一课。共有120名学员参加。"
FIXED_BODY = "劳模工匠走进车间，为学员讲授第一课。共有128名学员参加，数字已与主办方核实。"


def body(page):
    """The rich body editor (the textarea behind it is hidden)."""
    return page.locator("[contenteditable=true][aria-label=\"正文\"]")




def button(page, name):
    return page.get_by_role("button", name=name, exact=True).first


def set_datetime(page, field, when):
    local = timezone.localtime(when)
    page.locator(f"#id_{field}_0").fill(local.strftime("%Y-%m-%d"))
    page.locator(f"#id_{field}_1").fill(local.strftime("%H:%M:%S"))


def forged_publish(page):
    """POST the change form as it is, plus the reviewer's 发布 button, from the editor's own session."""
    return page.evaluate(
        """async () => { const form = document.querySelector('#article_form');
             const data = new FormData(form); data.append('_publish', '发布');
             const response = await fetch(form.action || location.href, {method: 'POST', body: data});
             return response.status; }"""
    )


def check_admin_page(page, name, pages):
    """axe on the page as the browser shows it; its server HTML kept for one vnu run."""
    screenshot(page, name)
    violations = axe(page, name)  # through DevTools: the page keeps the admin's CSP
    assert not violations, f"{name}: {violations}"
    assert page.evaluate("document.documentElement.scrollWidth") <= page.viewport_size["width"], name
    pages[name] = page.request.get(page.url).text()


def test_write_review_send_back_publish_edit_live_rollback_redirect_expire(editor_page, reviewer_page, visitor, url):
    editor, reviewer, checked = editor_page, reviewer_page, {}

    # The editor writes from the desk, saves a draft, then submits it.
    editor.goto(url("admin:index"))
    editor.get_by_role("link", name="写文章").click()
    editor.locator("#id_title").fill(TITLE)
    editor.get_by_label("摘要").fill("全国劳模走进车间。")
    body(editor).fill(BODY)
    button(editor, "保存草稿").click()
    expect(editor.locator(".messagelist")).to_contain_text("成功")
    article = Article.objects.get(title=TITLE)
    body(editor).fill(BODY.replace("第一课", "开学第一课"))
    button(editor, "提交审核").click()
    expect(editor.locator(".messagelist")).to_contain_text("成功")
    article.refresh_from_db()
    assert article.review_state == "pending" and article.status == "draft"

    # No publish button for an editor, and a forged POST with one is refused.
    editor.goto(url("admin:news_article_change", article.pk))
    assert editor.get_by_role("button", name="发布", exact=True).count() == 0
    assert forged_publish(editor) == 403
    article.refresh_from_db()
    assert article.status == "draft"
    assert visitor.goto(url(article)).status == 404

    # The reviewer sees it on the desk, compares it with the previous revision, and sends it back.
    reviewer.goto(url("admin:index"))
    waiting = reviewer.locator(".desk-review")
    expect(waiting.locator(".desk-count")).to_have_text("1")
    check_admin_page(reviewer, "admin-desk", checked)
    waiting.get_by_role("link", name=TITLE).click()
    reviewer.get_by_role("link", name="历史").click()
    expect(reviewer.locator(".revision-table tbody tr")).to_have_count(2)
    check_admin_page(reviewer, "admin-history", checked)
    button(reviewer, "比较所选版本").click()
    expect(reviewer.locator(".diff-table ins")).to_contain_text(["开学"])
    check_admin_page(reviewer, "admin-compare", checked)
    reviewer.go_back()
    reviewer.go_back()
    reviewer.get_by_label("审核意见").fill("第二段的人数请与主办方核实。")
    button(reviewer, "退回修改").click()
    expect(reviewer.locator(".messagelist")).to_contain_text("成功")

    # The editor finds it sent back with the comment, fixes it and resubmits.
    editor.goto(url("admin:index"))
    returned = editor.locator(".desk-returned")
    expect(returned).to_contain_text("第二段的人数请与主办方核实。")
    returned.get_by_role("link", name=TITLE).click()
    body(editor).fill(FIXED_BODY)
    button(editor, "提交审核").click()
    expect(editor.locator(".messagelist")).to_contain_text("成功")

    # The reviewer publishes: never live before, so it is dated now.
    reviewer.goto(url("admin:news_article_change", article.pk))
    button(reviewer, "发布").click()
    expect(reviewer.locator(".messagelist")).to_contain_text("发布时间已设为现在")
    article.refresh_from_db()
    assert article.is_public and article.reviewer == "审核员"
    visitor.goto(url(article))
    expect(visitor.locator(".prose")).to_contain_text("128名学员")

    # The editor edits the live article: the public page is unchanged until the reviewer publishes again.
    editor.goto(url("admin:news_article_change", article.pk))
    editor.locator("#id_title").fill(FIXED_TITLE)
    button(editor, "提交审核").click()
    expect(editor.locator(".messagelist")).to_contain_text("网站上仍显示已发布的版本")
    visitor.goto(url(article))
    expect(visitor.locator("h1")).to_have_text(TITLE)
    reviewer.goto(url("admin:news_article_change", article.pk))
    expect(reviewer.locator("#id_title")).to_have_value(FIXED_TITLE)
    button(reviewer, "发布修改").click()
    visitor.goto(url(article))
    expect(visitor.locator("h1")).to_have_text(FIXED_TITLE)

    # Roll back to the first revision: a draft of the old text until it is published.
    reviewer.goto(url("admin:news_article_history", article.pk))
    reviewer.get_by_role("link", name="回滚到第 1 版").click()
    button(reviewer, "确认回滚").click()
    expect(reviewer.locator("#id_title")).to_have_value(TITLE)
    expect(body(reviewer)).to_have_text(BODY)
    visitor.goto(url(article))
    expect(visitor.locator("h1")).to_have_text(FIXED_TITLE)
    button(reviewer, "发布修改").click()
    visitor.goto(url(article))
    expect(visitor.locator("h1")).to_have_text(TITLE)

    # Change the slug: the old address answers with a redirect to the new one, in every variant.
    old_address = {variant: url(article, variant=variant) for variant in ("zh-hans", "zh-tw", "zh-hk")}
    reviewer.goto(url("admin:news_article_change", article.pk))
    reviewer.get_by_label("网址标识").fill("lao-mo-gong-jiang-jin-che-jian")
    button(reviewer, "发布修改").click()
    article.refresh_from_db()
    assert article.slug == "lao-mo-gong-jiang-jin-che-jian"
    for variant, address in old_address.items():
        response = visitor.request.get(address, max_redirects=0)
        assert response.status == 301 and response.headers["location"].endswith(
            f"/{variant}/news/lao-mo-gong-jiang-jin-che-jian/"), variant
        visitor.goto(address)
        assert visitor.url == url(article, variant=variant)

    # Schedule an expiry an hour ahead; when that hour has passed (the clock is the test's) it is gone.
    reviewer.goto(url("admin:news_article_change", article.pk))
    expires = timezone.now() + datetime.timedelta(hours=1)
    set_datetime(reviewer, "expires_at", expires)
    button(reviewer, "发布修改").click()
    assert visitor.goto(url(article)).status == 200
    later = expires + datetime.timedelta(minutes=1)
    with mock.patch("django.utils.timezone.now", return_value=later):
        assert visitor.goto(url(article)).status == 404
        visitor.goto(url("news:home"))
        assert visitor.get_by_role("link", name=TITLE).count() == 0
        assert TITLE not in visitor.request.get(url("news:feed-rss")).text()

    found = vnu(checked, Path_for_vnu())
    errors = {name: [describe(m) for m in messages] for name, messages in found.items() if messages}
    assert not errors, errors


def Path_for_vnu():  # noqa: N802 - where vnu's copies of the pages go
    from tests.browser.helpers import SCREENSHOTS

    return SCREENSHOTS / "vnu-workflow"


@pytest.mark.parametrize("model", ["academy", "person", "event", "organisation", "course"])
def test_academy_change_pages_fit_1280_without_sideways_scrolling(browser, url, site, django_user_model, model):
    """The academy change page was 1751 px wide: its inline tables and autocompletes now fit the screen."""
    from django.apps import apps

    from tests.browser.helpers import sign_in

    admin_user = django_user_model.objects.create_superuser("chief", "chief@example.com", "browser-chief-pass-9")
    admin_user.raw_password = "browser-chief-pass-9"
    context = new_context(browser, DESKTOP)
    page = context.new_page()
    sign_in(page, url, admin_user)
    # The record with the most inline rows, so the widest page of its kind.
    Model = apps.get_model("academy", model)
    record = max(Model.objects.all(), key=lambda r: len(str(r.__dict__)))
    page.goto(url(f"admin:academy_{model}_change", record.pk))
    expect(page.locator("#content-main form")).to_be_visible()
    width = page.evaluate("document.documentElement.scrollWidth")
    screenshot(page, f"admin-{model}-change")
    context.close()
    assert width <= DESKTOP["width"], f"{model} change page is {width} px wide"
