"""The admin as an editors' desk: the front page, the menu, the guide, the audit trail, either-script search
in every admin list, and revisions with optimistic locking for academy records."""
import pytest
from django.contrib import admin
from django.urls import reverse

from editorial.models import AuditEntry, Revision
from editorial.revisions import latest_id
from editorial.search import EitherScriptSearchMixin
from news.models import Article
from tests.admin_forms import article_form_data

pytestmark = pytest.mark.django_db


def test_desk_counts_and_lists_what_waits_for_whom(editor_client, reviewer_client, editor, make_article):
    make_article(title="等审核的稿子", status=Article.Status.DRAFT, review_state="pending", owner=editor)
    make_article(title="退回的稿子", status=Article.Status.DRAFT, review_state="returned", owner=editor,
                 review_comment="请补充来源")
    make_article(title="我的草稿", status=Article.Status.DRAFT, owner=editor)
    make_article(title="定时的稿子", days_ago=-3)
    make_article(title="刚发布的稿子")
    desk = reviewer_client.get(reverse("admin:index")).content.decode()
    assert "编辑工作台" in desk and "写文章" in desk and "导入转载" in desk
    assert "等我审核" in desk and "等审核的稿子" in desk and "定时的稿子" in desk and "刚发布的稿子" in desk
    mine = editor_client.get(reverse("admin:index")).content.decode()
    assert "等我审核" not in mine  # editors do not review
    assert "退回给我修改" in mine and "请补充来源" in mine and "我的草稿" in mine
    assert "有 1 篇文章在等你处理" in mine


def test_menu_puts_news_first_and_hides_link_tables(admin_client):
    html = admin_client.get(reverse("admin:index")).content.decode()
    assert html.index('id="desk-') < html.index("app-news") < html.index("app-academy") < html.index("app-auth")
    for hidden in ("academyorganisation", "personhonour", "position", "academyrole", "eventorganisation", "eventsession"):
        assert f"/admin/academy/{hidden}/" not in html
    # Still editable where the inline links to them.
    assert admin_client.get(reverse("admin:academy_position_changelist")).status_code == 200


def test_guide_is_linked_from_every_admin_page(editor_client):
    guide = reverse("admin:guide")
    for url in (reverse("admin:index"), reverse("admin:news_article_changelist"), reverse("admin:news_article_add")):
        assert f'href="{guide}"' in editor_client.get(url).content.decode()
    assert "一篇文章怎样上网" in editor_client.get(guide).content.decode()


def test_audit_history_is_for_administrators_and_filterable(admin_client, editor_client, make_article):
    response = editor_client.post(
        reverse("admin:news_article_add"), article_form_data(title="记一笔", summary="", tags="", _submit="1"),
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    assert AuditEntry.objects.filter(action="submit", user__username="editor").exists()
    url = reverse("admin:editorial_auditentry_changelist")
    assert editor_client.get(url).status_code == 403
    html = admin_client.get(url, {"action__exact": "submit"}).content.decode()
    assert "记一笔" in html and "提交审核" in html
    assert "记一笔" not in admin_client.get(url, {"action__exact": "publish"}).content.decode()


def test_every_admin_list_searches_in_either_script():
    for model, model_admin in admin.site._registry.items():
        if model_admin.search_fields:
            assert isinstance(model_admin, EitherScriptSearchMixin), model


@pytest.mark.parametrize(("query", "stored"), [("潍坊", "濰坊"), ("谭泓", "譚泓"), ("濰坊", "潍坊")])
def test_admin_search_finds_the_other_script(admin_client, make_article, query, stored):
    make_article(title=f"{stored}的新闻")
    make_article(title="别的新闻")
    html = admin_client.get(reverse("admin:news_article_changelist"), {"q": query}).content.decode()
    assert f"{stored}的新闻" in html and "别的新闻" not in html


def test_academy_admin_search_in_either_script(admin_client):
    from academy.models import Person

    Person.objects.create(name="譚泓", slug="tan-hong")
    html = admin_client.get(reverse("admin:academy_person_changelist"), {"q": "谭泓"}).content.decode()
    assert "譚泓" in html


def test_academy_record_revisions_and_stale_save(admin_client, django_user_model, client):
    from academy.models import Organisation

    org = Organisation.objects.create(name="测试机构", slug="ce-shi-ji-gou")
    url = reverse("admin:academy_organisation_change", args=[org.pk])
    data = {
        "name": "测试机构", "slug": "ce-shi-ji-gou", "aliases": "", "short_name": "", "kind": "other", "city": "",
        "description": "", "editor_note": "", "status": "published",
        "positions-TOTAL_FORMS": "0", "positions-INITIAL_FORMS": "0", "base_revision": "0",
    }
    assert admin_client.post(url, {**data, "city": "上海"}).status_code == 302
    assert Revision.objects.for_object(org).count() == 1
    other = django_user_model.objects.create_superuser("other", "o@example.com", "correct-horse-battery")
    client.force_login(other)
    response = client.post(url, {**data, "description": "基于旧版本"})
    assert response.status_code == 200 and "保存未成功" in response.content.decode() and "城市" in response.content.decode()
    org.refresh_from_db()
    assert org.city == "上海" and org.description == ""
    response = client.post(url, {**data, "city": "上海", "description": "知情后覆盖", "base_revision": latest_id(org)})
    assert response.status_code == 302
    compare = admin_client.get(reverse("admin:academy_organisation_history", args=[org.pk])).content.decode()
    assert "第 2 版" in compare


@pytest.mark.parametrize("variant", ["zh-hans", "zh-hk"])
def test_academy_record_old_slug_redirects(client, variant):
    from academy.models import Person

    person = Person.objects.create(name="谭泓", slug="tan-hong")
    old_url = person.get_absolute_url().replace("/zh-hans/", f"/{variant}/")
    person.slug = "tan-hong-2"
    person.save()
    response = client.get(old_url)
    assert response.status_code == 301
    assert response["Location"] == old_url.replace("tan-hong", "tan-hong-2")
    assert client.get(response["Location"]).status_code == 200
