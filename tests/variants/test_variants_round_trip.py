"""Every fixture text, converted to each variant and back, gives back the names it contains."""
import pytest

from academy.models import Academy, Organisation, Person
from news.models import Article
from variants.glossary import converter_for
from zhtext.variants import HANS, HANT_HK, HANT_TW, name_forms

pytestmark = pytest.mark.django_db


def fixture_texts():
    for article in Article.objects.all():
        yield article.title
        yield article.summary
        yield article.body
    for model in (Person, Academy, Organisation):
        for obj in model.objects.all():
            yield from (getattr(obj, f, "") or "" for f in ("name", "editor_note", "description"))


def named():
    for model, person in ((Person, True), (Academy, False), (Organisation, False)):
        for name in model.objects.values_list("name", flat=True):
            yield name, name_forms(name, person=person)


def test_names_come_back_unchanged(site):
    names = list(named())
    texts = list(fixture_texts())
    checked = 0
    for variant in (HANT_TW, HANT_HK):
        there, back_to = converter_for(variant), {HANS: converter_for(HANS), variant: converter_for(variant)}
        for text in texts:
            converted = there.convert(text)
            for name, forms in names:
                if name not in text:
                    continue
                script = HANS if forms[HANS] == name else variant
                assert forms[variant] in converted, (name, variant)
                assert name in back_to[script].convert(converted), (name, variant)
                checked += 1
    assert checked > 100  # the texts really do name these people and bodies
