"""ARTICLE_SUBJECTS is the one description of what an article can be about, and it is complete."""
from django.apps import apps

from academy.subjects import ARTICLE_SUBJECTS
from news import subjects


def test_every_record_that_names_an_article_is_a_subject():
    article = apps.get_model("news", "Article")
    reverse_relations = {
        rel.get_accessor_name()
        for rel in article._meta.related_objects
        if rel.related_model._meta.app_label == "academy" and rel.many_to_many and not rel.hidden
    }
    assert reverse_relations == {s.relation for s in ARTICLE_SUBJECTS}


def test_news_reads_the_definition_academy_registered():
    assert subjects.article_subjects() == ARTICLE_SUBJECTS
    public = subjects.article_subjects(public_only=True)
    assert all(s.schema_type for s in public)
    assert [s.relation for s in public] == [
        "academies", "events", "courses", "people", "training_bases", "organisations",
    ]


def test_registering_again_replaces_rather_than_repeats():
    subjects.register(ARTICLE_SUBJECTS)
    assert subjects.article_subjects() == ARTICLE_SUBJECTS
