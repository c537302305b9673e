"""The admin import page: review every repair, save what was accepted, keep the whole log; bad input
gets a form error (never a 500), a paste too large for the server gets this page with the limit."""
import datetime as dt
import re

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from news.models import Article

pytestmark = pytest.mark.django_db

URL = "admin:news_article_import"
REPRINT = "\n".join([
    "济宁市总工会举办职工技能大赛颁奖仪式  发布时间：2024-11-05 09:30  来源：济宁日报  阅读：356",
    "【字体：大 中 小】【打印】【关闭】",
    "11月5日上午🎉🙋🏻‍♂️,济宁市总工会举办职工技能大赛颁奖仪式。某职业学院xpj88总支书记出席并致辞。",
    "本次大赛共有来自全市的三百余名职工参加，各级工会给予了大力支持。天天开奖稳赚不赔工会主席在总结时表示,,大赛将每年举办。",
    "关键词：技能大赛 工会",
    "（记者 张三 通讯员 李四；责任编辑：王五）",
])


def preview(client, text, **extra):
    return client.post(reverse(URL), {"text": text, "action": "preview", **extra})


def row_id(html, before):
    """The repair id of the row whose original text is *before*."""
    for row in re.findall(r"<tr class=\"repair-.*?</tr>", html, re.S):
        if f"<del>{before}</del>" in row:
            return re.search(r'name="shown" value="([^"]+)"', row).group(1)
    raise AssertionError(before)


def test_header_line_becomes_fields_and_review_decisions_are_applied(editor_client):
    html = preview(editor_client, REPRINT).content.decode()
    assert '<span class="import-title">济宁市总工会举办职工技能大赛颁奖仪式</span>（取自原文）' in html
    assert "济宁日报" in html and "2024年11月5日 09:30" in html
    shown = re.findall(r'name="shown" value="([^"]+)"', html)
    checked = set(re.findall(r'name="accept" value="([^"]+)" id="[^"]+" checked', html))
    assert shown and checked <= set(shown)
    # reject the removal of the betting slogan: its text must stay in the draft
    slogan = row_id(html, "天天开奖稳赚不赔")
    assert slogan in checked
    accepted = sorted(checked - {slogan})
    response = editor_client.post(reverse(URL), {
        "text": REPRINT, "action": "save", "shown": shown, "accept": accepted,
    })
    article = Article.objects.get()
    assert response.status_code == 302
    assert article.title == "济宁市总工会举办职工技能大赛颁奖仪式"
    assert article.source_name == "济宁日报" and (article.byline, article.reviewer) == ("张三、李四", "王五")
    assert timezone.localtime(article.published_at).replace(tzinfo=None) == dt.datetime(2024, 11, 5, 9, 30)
    assert "天天开奖稳赚不赔" in article.body  # the rejected repair's text
    for gone in ("xpj88", "🎉", "阅读：356", "字体", "关键词", ",,"):
        assert gone not in article.body
    log = article.import_report
    decided = {r["id"]: r["accepted"] for r in log["repairs"]}
    assert decided[slogan] is False and all(decided[i] for i in accepted if i in decided)
    assert {"before", "after", "certain", "accepted"} <= set(log["repairs"][0])
    assert any(w["kind"] == "missing" and "▲" in w["excerpt"] for w in log["warnings"])


def test_the_import_log_reads_in_chinese_on_the_article(editor_client):
    editor_client.post(reverse(URL), {"text": REPRINT, "action": "save"})
    article = Article.objects.get()
    page = editor_client.get(reverse("admin:news_article_change", args=[article.pk])).content.decode()
    assert "逐项修改记录" in page and "已采纳" in page and "可能缺字" in page
    log_html = page[page.index("逐项修改记录") - 200 :]
    for key in ("headline：", "metadata", "injection", "missing：", "chrome"):
        assert key not in log_html


def test_sentence_deletions_start_rejected_and_stand_out(editor_client):
    text = "某市举办劳模表彰大会。\n凡本站注明稿件来源的所有文字，版权均属本网所有，未经授权不得转载。\n会上表彰了五十名劳动模范，他们来自全市各行各业。"
    html = preview(editor_client, text).content.decode()
    row = re.search(r'<tr class="repair-notice repair-uncertain repair-sentence">(.*?)</tr>', html, re.S).group(1)
    assert "删除整句" in row and " checked" not in row


@pytest.mark.parametrize("text", ["，。、；！？……——", "   ", "【打印】【关闭】"])
def test_text_without_an_article_is_a_form_error(editor_client, text):
    response = editor_client.post(reverse(URL), {"text": text, "action": "save"})
    assert response.status_code == 200
    assert "errornote" in response.content.decode()
    assert not Article.objects.exists()


def test_model_errors_become_form_errors(editor_client, monkeypatch):
    from django.core.exceptions import ValidationError

    from news import reprints

    def broken(*args, **kwargs):
        raise ValidationError({"title": ["标题过长。"], "source_url": ["网址无效。"]})

    monkeypatch.setattr(reprints, "import_reprint", broken)
    response = editor_client.post(reverse(URL), {"text": REPRINT, "action": "save"})
    html = response.content.decode()
    assert response.status_code == 200 and "标题：标题过长。" in html and "原文链接：网址无效。" in html


def test_too_long_text_gets_the_limit(editor_client):
    from news.reprints import MAX_CHARS

    response = editor_client.post(reverse(URL), {"text": "字" * (MAX_CHARS + 1), "action": "preview"})
    html = response.content.decode()
    assert response.status_code == 200 and f"{MAX_CHARS:,}" in html and "超过导入上限" in html
    assert 'maxlength' not in html.split('id="id_text"')[0].rsplit("<textarea", 1)[-1]


def test_a_paste_too_large_for_the_server_gets_this_page_with_the_limit(editor_client, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1024 * 1024
    response = editor_client.post(reverse(URL), {"text": "字" * 600_000, "action": "preview"})
    html = response.content.decode()
    assert response.status_code == 413
    assert "导入转载文章" in html and "超过网站一次能接收的 1 MB" in html and "200,000 字" in html


def test_csrf_is_still_checked(editor):
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    response = client.post(reverse(URL), {"text": REPRINT, "action": "save"})
    assert response.status_code == 403 and not Article.objects.exists()


def test_upload_of_a_gbk_file_and_an_html_page(editor_client):
    from django.core.files.uploadedfile import SimpleUploadedFile

    gbk = SimpleUploadedFile("r.txt", REPRINT.replace("🎉🙋🏻‍♂️", "").encode("gb18030"))
    html = editor_client.post(reverse(URL), {"file": gbk, "action": "preview"}).content.decode()
    assert "济宁日报" in html and "某职业学院总支书记" in html
    page = (
        "<html><head><title>站名</title><script>alert(1)</script></head><body><nav>首页</nav><article>"
        "<h1>劳模进校园</h1><p>5月8日，劳模走进职业学院，为学员讲授第一课。</p><h2>带徒传技</h2>"
        "<ul><li>焊接实训</li><li>数控加工</li></ul><p><img src='https://example.org/a.jpg' alt='授课'></p></article></body></html>"
    )
    upload = SimpleUploadedFile("r.html", page.encode("utf-8"))
    editor_client.post(reverse(URL), {"file": upload, "action": "save"})
    article = Article.objects.get(title="劳模进校园")
    assert "<h2>带徒传技</h2>" in article.body and "<li>焊接实训</li>" in article.body
    assert "alert" not in article.body and "首页" not in article.body
    assert article.import_report["images"][0]["src"] == "https://example.org/a.jpg"


def test_an_html_pages_table_of_data_is_saved_as_a_table(editor_client):
    """A list of names in a <table> becomes a table in the draft (its header cells th scope=col, every cell
    escaped and sanitised), not a paragraph a cell."""
    from django.core.files.uploadedfile import SimpleUploadedFile

    page = (
        "<html><body><article><h1>优秀学员名单公布</h1><p>第三期研修班评选出优秀学员，现将名单公布如下：</p>"
        "<table><thead><tr><th>序号</th><th>姓名</th><th>单位</th></tr></thead><tbody>"
        "<tr><td>1</td><td>王强</td><td>潍柴动力&lt;script&gt;</td></tr><tr><td>2</td><td>李明</td><td></td></tr>"
        "</tbody></table><p>希望受表彰的学员珍惜荣誉，发挥示范带动作用。</p></article></body></html>"
    )
    editor_client.post(reverse(URL), {"file": SimpleUploadedFile("r.html", page.encode()), "action": "save"})
    body = Article.objects.get(title="优秀学员名单公布").body
    assert ('<table><tbody>\n<tr><th scope="col">序号</th><th scope="col">姓名</th><th scope="col">单位</th></tr>\n'
            "<tr><td>1</td><td>王强</td><td>潍柴动力&lt;script&gt;</td></tr>\n<tr><td>2</td><td>李明</td><td></td></tr>\n"
            "</tbody></table>") in body
    assert "<script>" not in body and "<p>1</p>" not in body


MARKDOWN = "\n\n".join([
    "## 某市劳模工匠学院举办首期技能提升培训班",
    "> 来源：某市总工会 | 作者：李明 | 2024-03-16 10:20",
    "**3月15日**，某市劳模工匠学院首期技能提升培训班开班。来自全市20家企业的60名一线职工参加培训。",
    "![开班仪式现场](https://example.com/img/a.jpg)",
    "### 劳模授课",
    "培训班邀请了[全国劳动模范张伟](https://example.com/zhangwei)等5名劳模工匠担任授课老师。",
    "- 理论课程：安全生产与质量管理。\n- 实操课程：数控车床编程与操作。",
])


def test_a_markdown_paste_is_saved_as_headings_lists_and_text(editor_client):
    html = preview(editor_client, MARKDOWN).content.decode()
    assert "Markdown 标记" in html  # the proposal, named for the editor
    shown = re.findall(r'name="shown" value="([^"]+)"', html)
    checked = re.findall(r'name="accept" value="([^"]+)" id="[^"]+" checked', html)
    editor_client.post(reverse(URL), {"text": MARKDOWN, "action": "save", "shown": shown, "accept": checked})
    article = Article.objects.get()
    assert article.title == "某市劳模工匠学院举办首期技能提升培训班"
    assert (article.source_name, article.byline) == ("某市总工会", "李明")
    assert "<h2>劳模授课</h2>" in article.body or "<h3>劳模授课</h3>" in article.body
    assert "<li>理论课程：安全生产与质量管理。</li>" in article.body
    assert "3月15日，某市劳模工匠学院" in article.body and "全国劳动模范张伟等5名" in article.body
    for mark in ("**", "](", "![", "## ", "> "):
        assert mark not in article.body and mark not in article.title
