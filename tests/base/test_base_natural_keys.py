"""Natural keys are declared on each model and built once by base.natural_keys (no rebinding)."""
import pytest
from django.apps import apps
from django.core import serializers

from base.natural_keys import NaturalKeyModel

MODELS = [m for m in apps.get_models() if issubclass(m, NaturalKeyModel)]


def test_every_model_with_a_natural_key_declares_it():
    assert {m._meta.label for m in MODELS} >= {
        "news.Article", "news.ArticleTag", "news.KnownInjection", "variants.GlossaryTerm",
        "academy.Person", "academy.PersonHonour", "academy.EventSession",
    }
    for model in MODELS:
        declared = list(model.natural_key_dependencies)
        found = model.natural_key.dependencies
        # Django's serializers.sort_dependencies appends a model's related models to an empty list in place
        # (a dumpdata or a natural-key serialisation earlier in the run): only those may follow.
        related = {f.remote_field.model for f in [*model._meta.fields, *model._meta.many_to_many] if f.remote_field}
        assert found[:len(declared)] == declared, model
        assert all(extra in related for extra in found[len(declared):]), model
    # Each model has its own function: dependencies never leak from one model to another.
    assert len({model.natural_key for model in MODELS}) == len(MODELS)


def test_dependencies_name_real_models():
    for model in MODELS:
        for label in model.natural_key_dependencies:
            assert apps.get_model(label), (model, label)


@pytest.mark.django_db
def test_keys_round_trip_through_a_fixture(make_article):
    from academy.models import Honour, Person, PersonHonour

    article = make_article(title="荣誉报道", tags=["劳模"])
    person, honour = Person.objects.create(name="王曙群"), Honour.objects.create(name="全国劳动模范")
    row = PersonHonour.objects.create(person=person, honour=honour)
    row.source_articles.add(article)
    assert row.natural_key() == (person.slug, honour.slug)
    assert PersonHonour.objects.get_by_natural_key(*row.natural_key()) == row
    data = serializers.serialize("json", [row], use_natural_foreign_keys=True, use_natural_primary_keys=True)
    (loaded,) = serializers.deserialize("json", data, handle_forward_references=True)
    assert loaded.object.pk == row.pk  # found by its natural key, not duplicated
    tag = article.tagged_items.get()
    assert tag.natural_key() == (article.slug, "劳模")
