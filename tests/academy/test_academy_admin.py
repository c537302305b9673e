"""The admin: every academy model registered, in Chinese, every record in its changelist for a superuser and
for the 编辑 group, autocomplete for every relation, and links to the public pages."""
import re

import pytest
from academy_helpers import ACADEMY_MODELS, SOURCED_MODELS
from django.contrib import admin
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import models
from django.urls import reverse


def changelist(model):
    return reverse(f"admin:academy_{model._meta.model_name}_changelist")


def change(obj):
    return reverse(f"admin:academy_{obj._meta.model_name}_change", args=[obj.pk])


@pytest.mark.parametrize("model", ACADEMY_MODELS, ids=lambda m: m.__name__)
def test_registered_in_chinese_with_autocomplete_everywhere(model):
    assert admin.site.is_registered(model)
    assert any("\u4e00" <= ch <= "\u9fff" for ch in str(model._meta.verbose_name))
    model_admin = admin.site._registry[model]
    assert model_admin.search_fields
    relations = [
        f.name for f in model._meta.get_fields()
        if isinstance(f, models.ForeignKey | models.ManyToManyField) and f.editable
        and not (isinstance(f, models.ManyToManyField) and not f.remote_field.through._meta.auto_created)
    ]
    for name in relations:
        assert name in model_admin.autocomplete_fields, f"{model.__name__}.{name}"
    for inline in model_admin.inlines:
        for field in inline.fields:
            if isinstance(inline.model._meta.get_field(field), models.ForeignKey) and field != inline.fk_name:
                assert field in inline.autocomplete_fields, f"{inline.__name__}.{field}"
    for field in model._meta.get_fields():
        if getattr(field, "verbose_name", None) and field.concrete and not field.auto_created:
            assert any("\u4e00" <= ch <= "\u9fff" for ch in str(field.verbose_name)), f"{model.__name__}.{field.name}"


@pytest.mark.django_db
def test_admin_checks_pass():
    call_command("check", verbosity=0)


@pytest.mark.django_db
@pytest.mark.parametrize("who", ["superuser", "editor"])
def test_every_fixture_record_in_its_changelist(client, loaded, request, who):
    client.force_login(request.getfixturevalue(who))
    for model in ACADEMY_MODELS:
        response = client.get(changelist(model))
        assert response.status_code == 200, model
        html = response.content.decode()
        for obj in model.objects.all():
            assert change(obj) in html, f"{model.__name__} {obj}"


@pytest.mark.django_db
@pytest.mark.parametrize("who", ["superuser", "editor"])
def test_change_and_add_forms_open(client, loaded, request, who):
    """Every record the fixtures hold (photo rows: tests/academy/test_academy_pictures.py)."""
    client.force_login(request.getfixturevalue(who))
    for model in SOURCED_MODELS:
        obj = model.objects.first()
        html = client.get(change(obj)).content.decode()
        assert "viewsitelink" in html, model  # 在站点上查看
        assert client.get(reverse(f"admin:academy_{model._meta.model_name}_add")).status_code == 200


@pytest.mark.django_db
def test_every_aria_reference_on_a_change_form_names_an_element(client, loaded, superuser):
    """A tabular inline's input names its help text (aria-describedby=…_helptext), which Django prints only once in
    the column's heading, with no id: templates/admin/edit_inline/tabular.html gives each row its own."""
    from news.models import Article

    client.force_login(superuser)
    pages = [reverse("admin:news_article_change", args=[Article.objects.first().pk]), reverse("admin:news_article_add")]
    for model in SOURCED_MODELS:
        pages += [change(model.objects.first()), reverse(f"admin:academy_{model._meta.model_name}_add")]
    checked = 0
    for url in pages:
        html = client.get(url).content.decode()
        ids = set(re.findall(r'\sid="([^"]+)"', html))
        for names in re.findall(r'aria-(?:describedby|labelledby)="([^"]*)"', html):
            for name in names.split():
                checked += 1
                assert name in ids, f"{url}: {name}"
    assert checked > 20


@pytest.mark.django_db
def test_view_on_site_reaches_the_public_page(client, loaded, superuser):
    from academy.models import Person

    client.force_login(superuser)
    person = Person.objects.get(name="包起帆")
    html = client.get(change(person)).content.decode()
    assert "在站点上查看" in html
    content_type = ContentType.objects.get_for_model(Person)
    response = client.get(reverse("admin:view_on_site", args=[content_type.pk, person.pk]))
    assert response.status_code == 302 and response["Location"].endswith(person.get_absolute_url())


@pytest.mark.django_db
def test_editor_group_may_edit_every_academy_model():
    group = Group.objects.get(name="编辑")
    codenames = set(group.permissions.filter(content_type__app_label="academy").values_list("codename", flat=True))
    for model in ACADEMY_MODELS:
        for action in ("add", "change", "delete", "view"):
            assert f"{action}_{model._meta.model_name}" in codenames


@pytest.mark.django_db
def test_editor_edits_through_inlines(client, loaded, editor):
    from academy.models import Event, EventSession, Person

    client.force_login(editor)
    event = Event.objects.get(slug="geng-hao-wei-fang-jiang-xin-lun-tan")
    assert "王樹軍" in client.get(change(event)).content.decode()
    response = client.get(reverse("admin:autocomplete"), {"app_label": "academy", "model_name": "eventsession", "field_name": "speaker", "term": "王"})
    assert response.status_code == 200
    names = {r["text"] for r in response.json()["results"]}
    assert {"王樹軍", "王曙群", "王浩名"} <= names
    assert EventSession.objects.filter(event=event).count() == 5
    assert Person.objects.filter(name="王樹軍").exists()


# --- The article's change form lists the academy records that name it ------------------------------------

ARTICLE_SUBJECTS = ("academies", "people", "organisations", "events", "courses", "programmes", "training_bases")


@pytest.mark.django_db
def test_article_change_form_lists_what_it_is_about(client, loaded, editor):
    from news.models import Article

    client.force_login(editor)
    for article in Article.objects.all():
        html = client.get(reverse("admin:news_article_change", args=[article.pk])).content.decode()
        assert "本文涉及" in html
        named = 0
        for relation in ARTICLE_SUBJECTS:
            for obj in getattr(article, relation).all():
                assert change(obj) in html, f"{article.slug}: {relation} {obj}"
                named += 1
        assert named > 10, article.slug
    seed_000 = Article.objects.get(slug="da-ling-hao-wan-gong-jiang-xue-yuan-gua-pai")
    assert seed_000.programmes.exists() and seed_000.training_bases.exists()
    assert client.get(reverse("admin:news_article_add")).status_code == 200


@pytest.mark.django_db
def test_article_changelist_queries_do_not_grow_with_subjects(client, loaded, superuser, django_assert_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from academy.models import Organisation
    from news.models import Article

    client.force_login(superuser)
    url = reverse("admin:news_article_changelist")
    with CaptureQueriesContext(connection) as before:
        html = client.get(url).content.decode()
    assert "本文涉及" not in html
    for article in Article.objects.all():
        for i in range(30):
            Organisation.objects.create(name=f"新增机构{article.pk}-{i}").source_articles.add(article)
    with django_assert_num_queries(len(before.captured_queries)):
        client.get(url)
