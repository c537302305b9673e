"""Issue 9 items 5, 10, 11: NUL bytes and other control characters are a 400 or a form error, never a 500;
Django's NUL message is worded correctly; a tag only drafts carry does not exist for the public."""
import datetime
from urllib.parse import quote

import pytest
from django.urls import reverse
from django.utils import timezone, translation
from ops_helpers import VARIANTS

from config.validators import CONTROL_CHARACTERS
from tests.admin_forms import article_form_data

pytestmark = pytest.mark.django_db

LIST_PAGES = [
    "news:home", "news:list", "news:search", "academy:academy-list", "academy:course-list",
    "academy:person-list", "academy:base-list", "academy:event-list", "academy:organisation-list",
]
# Every query parameter a public page reads, plus one it does not.
PARAMETERS = ["q", "page", "academy", "field", "teacher", "format", "honour", "role", "kind", "year", "unknown"]
REFUSED = ["\x00", "\x01", "\x08", "\x1b", "\x1f", "\x7f"]


def urls(name):
    for variant in VARIANTS:
        with translation.override(variant):
            yield reverse(name)


@pytest.mark.parametrize("name", LIST_PAGES)
def test_nul_in_any_query_parameter_is_a_400(client, site, name):
    for url in urls(name):
        for parameter in PARAMETERS:
            for bad in ("%00", "abc%00", "%E5%8A%B3%00%E6%A8%A1"):
                response = client.get(f"{url}?{parameter}={bad}")
                assert response.status_code == 400, (url, parameter, bad)
            assert client.get(f"{url}?{parameter}%00=1").status_code == 400  # in the name, too
    assert "请求有误" in response.content.decode()


@pytest.mark.parametrize("char", REFUSED)
def test_control_characters_in_queries_and_paths_are_a_400(client, site, char):
    encoded = quote(char)
    for variant in VARIANTS:
        for path in (f"/{variant}/search/?q=劳模{encoded}", f"/{variant}/courses/?academy={encoded}",
                     f"/{variant}/news/tag/{encoded}/", f"/{variant}/news/{encoded}/",
                     f"/{variant}/academies/a{encoded}b/", f"/{variant}/news/archive/2025/?page=1{encoded}"):
            assert client.get(path).status_code == 400, path
    assert client.get(f"/admin/news/article/?q={encoded}").status_code == 400


def test_ordinary_whitespace_in_a_query_is_fine(client, site):
    assert client.get("/zh-hans/search/", {"q": "劳模\t工匠\r\n"}).status_code == 200


def test_the_400_page_has_the_security_headers(client, site):
    response = client.get("/zh-tw/news/tag/%00/")
    assert response.status_code == 400
    assert response["Content-Security-Policy"] and response["X-Frame-Options"] == "DENY"


def test_validator_covers_exactly_the_c0_controls_and_del():
    assert CONTROL_CHARACTERS == {chr(c) for c in range(32)} - {"\t", "\n", "\r"} | {"\x7f"}


# --- forms: control characters are a form error, never a 500 --------------------------------------------

ARTICLE = article_form_data(tags="")


@pytest.mark.parametrize("char", ["\x01", "\x07", "\x1b", "\x7f"])
def test_control_characters_in_admin_fields_are_a_form_error(editor_client, char):
    from news.models import Article

    response = editor_client.post(reverse("admin:news_article_add"), {**ARTICLE, "title": f"劳模{char}工匠"})
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert "title" in errors and f"U+{ord(char):04X}" in str(errors["title"])
    assert "第 3 个字符是看不见的控制字符" in str(errors["title"])
    assert not Article.objects.exists()


def test_control_characters_in_the_body_are_a_form_error(editor_client):
    response = editor_client.post(reverse("admin:news_article_add"),
                                  {**ARTICLE, "title": "标题", "body": "<p>正文\x0c</p>"})
    assert response.status_code == 200 and "body" in response.context["adminform"].form.errors


def test_line_breaks_and_tabs_in_forms_are_kept(editor_client):
    from news.models import Article

    response = editor_client.post(reverse("admin:news_article_add"),
                                  {**ARTICLE, "title": "标题", "summary": "第一行\r\n\t第二行"})
    assert response.status_code == 302
    assert Article.objects.get().summary == "第一行\r\n\t第二行"


NUL_MESSAGE = "不能包含空字符（NUL，U+0000）。这种看不见的字符常由复制粘贴带入，请删除后再提交。"


def test_nul_in_an_admin_form_says_what_is_wrong_in_plain_chinese(editor_client):
    """Item 10: Django's own Simplified text reads 不允许是用空字符串 (wrong word, wrong meaning)."""
    response = editor_client.post(reverse("admin:news_article_add"), {**ARTICLE, "title": "劳模\x00工匠"})
    assert response.status_code == 200
    errors = [str(e) for e in response.context["adminform"].form.errors["title"]]
    assert errors == [NUL_MESSAGE]
    assert "不允许是用空字符串" not in response.content.decode()


def test_nul_in_the_login_form_is_a_form_error(client, editor):
    response = client.post(reverse("admin:login"), {"username": "editor\x00", "password": "x"})
    assert response.status_code == 200
    assert NUL_MESSAGE in response.content.decode()


@pytest.mark.parametrize("variant", VARIANTS)
def test_nul_message_in_every_variant(variant):
    from django import forms

    with translation.override(variant):
        form = forms.Form()
        field = forms.CharField()
        with pytest.raises(forms.ValidationError) as caught:
            field.clean("a\x00b")
    assert "U+0000" in str(caught.value.messages[0]) and "不允许是用" not in str(caught.value.messages[0])
    assert form is not None


# --- item 11: a tag used only by drafts (or scheduled articles) does not exist for the public -------------


def test_tag_used_only_by_drafts_is_a_404(client, make_article):
    from news.models import Article

    make_article(status=Article.Status.DRAFT, tags=["内部草稿标签"])
    make_article(published_at=timezone.now() + datetime.timedelta(days=3), tags=["定时标签"])
    make_article(tags=["公开标签"])
    from taggit.models import Tag

    for variant in VARIANTS:
        for name, status in (("内部草稿标签", 404), ("定时标签", 404), ("公开标签", 200)):
            slug = Tag.objects.get(name=name).slug
            response = client.get(f"/{variant}/news/tag/{slug}/")
            assert response.status_code == status, (variant, name)
            if status == 404:
                assert name not in response.content.decode()


def test_tag_page_costs_no_extra_query(client, make_article, django_assert_max_num_queries):
    make_article(tags=["公开标签"])
    from taggit.models import Tag

    slug = Tag.objects.get().slug
    client.get(f"/zh-hans/news/tag/{slug}/")
    with django_assert_max_num_queries(8):
        assert client.get(f"/zh-hans/news/tag/{slug}/").status_code == 200
