"""Site settings edited in the admin: the footer (主办单位, 承办单位, address, telephone, e-mail, ICP备案号,
公安备案号), 关于我们 and 联系我们. Empty by default: nothing is invented, and what is empty is not shown."""
import pytest

from pages.models import SiteSettings, current

pytestmark = pytest.mark.django_db


def test_nothing_is_shown_until_an_editor_fills_it_in(client):
    html = client.get("/zh-hans/").content.decode()
    assert "beian" not in html and "主办单位" not in html and "关于我们" not in html and "联系我们" not in html
    assert client.get("/zh-hans/about/").status_code == 404
    assert client.get("/zh-hans/contact/").status_code == 404


def test_footer_about_and_contact_show_what_editors_entered(client):
    SiteSettings(
        sponsor="某市总工会", organiser="某职业技术学院", address="某路1号", telephone="021 1234 5678",
        email="office@example.org", icp_number="沪ICP备12345678号-1", police_number="沪公网安备31011202000001号",
        about="第一段<script>alert(1)</script>\n\n第二段", contact_note="工作日接待。",
    ).save()
    html = client.get("/zh-tw/news/").content.decode()
    footer = html[html.index('<footer class="site-footer">'):]
    for text in ("主辦單位：某市總工會", "承辦單位：某職業技術學院", "地址：某路1號", "office@example.org", "滬ICP備12345678號-1"):
        assert text in footer, text
    assert '<a href="https://beian.miit.gov.cn/"' in footer
    assert 'href="https://beian.mps.gov.cn/#/query/webSearch?code=31011202000001"' in footer
    assert 'href="tel:02112345678"' in footer
    about = client.get("/zh-hans/about/").content.decode()
    assert "<p>第一段&lt;script&gt;alert(1)&lt;/script&gt;</p>" in about and "<p>第二段</p>" in about
    contact = client.get("/zh-hk/contact/").content.decode()
    assert "工作日接待。" in contact and "mailto:office@example.org" in contact


def test_a_saved_change_shows_at_once(client):
    client.get("/zh-hans/")
    SiteSettings(sponsor="甲单位").save()
    assert "甲单位" in client.get("/zh-hans/").content.decode()
    settings = current()
    settings.sponsor = "乙单位"
    settings.save()
    assert "乙单位" in client.get("/zh-hans/").content.decode()
    assert SiteSettings.objects.count() == 1


def test_settings_cost_no_query_per_request(client, django_assert_num_queries):
    SiteSettings(sponsor="某单位").save()
    client.get("/zh-hans/notices/")  # the first request of a process (or after a change) reads them
    with django_assert_num_queries(0):  # the list's count is kept (news.archive), nothing for the footer
        client.get("/zh-hans/notices/")


def test_filing_numbers_refuse_markup(editor_client):
    response = editor_client.post("/admin/pages/sitesettings/add/", {"icp_number": '<a href="x">'})
    assert response.status_code == 200 and "请只填写备案号本身" in response.content.decode()
    assert editor_client.get("/admin/pages/sitesettings/").status_code == 200
