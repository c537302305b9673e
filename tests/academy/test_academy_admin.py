"""The admin: every academy model registered, in Chinese, every record in its changelist for a superuser and
for the 编辑 group, autocomplete for every relation, and links to the public pages."""
import pytest
from django.apps import apps
from django.contrib import admin
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import models
from django.urls import reverse

ACADEMY_MODELS = list(apps.get_app_config("academy").get_models())


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
    client.force_login(request.getfixturevalue(who))
    for model in ACADEMY_MODELS:
        obj = model.objects.first()
        html = client.get(change(obj)).content.decode()
        assert "viewsitelink" in html, model  # 在站点上查看
        assert client.get(reverse(f"admin:academy_{model._meta.model_name}_add")).status_code == 200


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
