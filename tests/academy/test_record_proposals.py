"""可新建的记录: proposals of new records from an article's text, accepted into real records or dismissed."""
import datetime
from io import StringIO

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from academy.models import (
    ArticleMention,
    Event,
    EventOrganisation,
    Honour,
    Organisation,
    Person,
    PersonHonour,
    Position,
    RecordProposal,
)
from academy.proposal_services import article_proposals_refresh, proposal_accept, proposal_dismiss
from tests.admin_forms import article_form_data

pytestmark = pytest.mark.django_db
Status = RecordProposal.Status

# Generated text (no real report): a person with two titles, an honour, an event with 主办/承办, date and place.
TEXT = (
    "<p>上海航天技术研究院副院长、工会主席李昕出席。</p>"
    "<p>由上海市总工会主办、上海闵行职业技术学院承办的“首届青年工匠技能大赛”于2024年4月26日在上海闵行职业技术学院举行。</p>"
    "<p>全国劳动模范王海波介绍经验。</p>"
)


def proposals(article, **filters):
    return {(p.kind, p.name): p for p in RecordProposal.objects.filter(article=article, **filters)}


def proposal(article, kind, name):
    return RecordProposal.objects.get(article=article, kind=kind, name=name)


@pytest.fixture
def article(make_article):
    article = make_article(title="大赛报道", status="draft", body=TEXT)
    article_proposals_refresh(article)
    return article


def test_refresh_proposes_people_with_titles_organisations_honours_and_events(article):
    got = proposals(article)
    assert set(got) >= {
        ("person", "李昕"), ("person", "王海波"), ("organisation", "上海航天技术研究院"),
        ("organisation", "上海市总工会"), ("organisation", "上海闵行职业技术学院"), ("honour", "全国劳动模范"),
        ("event", "首届青年工匠技能大赛"),
    }
    assert all(p.status == Status.PROPOSED for p in got.values())
    li = got[("person", "李昕")]
    assert li.details["positions"] == [
        {"organisation": "上海航天技术研究院", "title": "副院长"},
        {"organisation": "上海航天技术研究院工会", "title": "主席"},
    ]
    assert li.context == "上海航天技术研究院副院长、工会主席李昕出席。"
    # 上海航天技术研究院工会 is not written out (工会主席 in the chain): the sentence of its organisation.
    assert got[("organisation", "上海航天技术研究院工会")].context == li.context
    event = got[("event", "首届青年工匠技能大赛")].details
    assert (event["hosts"], event["organisers"]) == (["上海市总工会"], ["上海闵行职业技术学院"])
    assert (event["date"], event["place"]) == ("2024-04-26", "上海闵行职业技术学院")
    assert got[("person", "王海波")].details["honours"] == ["全国劳动模范"]


def test_names_already_in_the_directory_are_not_proposed(make_article):
    Person.objects.create(name="李昕")
    Organisation.objects.create(name="上海市总工会有限", aliases="上海市总工会")  # known by its alias
    Honour.objects.create(name="全国劳动模范")
    article = make_article(status="draft", body=TEXT)
    article_proposals_refresh(article)
    got = proposals(article)
    assert ("person", "李昕") not in got and ("organisation", "上海市总工会") not in got
    assert ("honour", "全国劳动模范") not in got and ("person", "王海波") in got


def test_a_traditional_article_proposes_names_as_it_writes_them(make_article):
    article = make_article(status="draft", body="<p>上海航天技術研究院副院長、工會主席李昕出席。</p>")
    article_proposals_refresh(article)
    got = proposals(article)
    assert ("organisation", "上海航天技術研究院") in got
    assert got[("person", "李昕")].details["positions"][0] == {"organisation": "上海航天技術研究院", "title": "副院長"}


def test_accepting_a_person_creates_the_person_organisations_positions_and_the_mention(article, editor):
    person = proposal_accept(proposal(article, "person", "李昕"), by=editor)
    assert isinstance(person, Person) and person.name == "李昕"
    assert list(person.source_articles.all()) == [article]
    assert "《大赛报道》" in person.editor_note and "bianji" in person.editor_note and "采纳" in person.editor_note
    positions = {(p.organisation.name, p.title) for p in Position.objects.filter(person=person)}
    assert positions == {("上海航天技术研究院", "副院长"), ("上海航天技术研究院工会", "主席")}
    institute = Organisation.objects.get(name="上海航天技术研究院")
    assert institute.kind == Organisation.Kind.INSTITUTE and list(institute.source_articles.all()) == [article]
    assert "《大赛报道》" in institute.editor_note
    assert all(list(p.source_articles.all()) == [article] for p in Position.objects.filter(person=person))
    row = proposal(article, "person", "李昕")
    assert (row.status, row.person, row.decided_by) == (Status.ACCEPTED, person, editor) and row.decided_at
    mention = ArticleMention.objects.get(article=article, person=person)
    assert mention.status == ArticleMention.Status.ACCEPTED
    # The institute is in the directory now: its undecided proposal is gone.
    assert ("organisation", "上海航天技术研究院") not in proposals(article)


def test_accepting_an_honoured_person_creates_the_honour_row(article, editor):
    person = proposal_accept(proposal(article, "person", "王海波"), by=editor)
    row = PersonHonour.objects.get(person=person)
    assert (row.honour.name, row.as_stated) == ("全国劳动模范", "全国劳动模范")
    assert ("honour", "全国劳动模范") not in proposals(article, status=Status.PROPOSED)


def test_accepting_an_event_creates_its_roles_date_and_venue(article, editor):
    event = proposal_accept(proposal(article, "event", "首届青年工匠技能大赛"), by=editor)
    assert isinstance(event, Event) and list(event.source_articles.all()) == [article]
    assert event.starts_on == datetime.date(2024, 4, 26) and event.venue.name == "上海闵行职业技术学院"
    roles = {(r.organisation.name, r.role, r.as_stated) for r in EventOrganisation.objects.filter(event=event)}
    assert roles == {("上海市总工会", EventOrganisation.Role.HOST, "主办"),
                     ("上海闵行职业技术学院", EventOrganisation.Role.ORGANISER, "承办")}
    assert Organisation.objects.get(name="上海市总工会").kind == Organisation.Kind.UNION
    assert ArticleMention.objects.get(article=article, event=event).status == ArticleMention.Status.ACCEPTED


def test_an_event_without_a_full_date_gets_none_and_a_place_that_is_no_organisation_goes_in_the_note(make_article):
    article = make_article(status="draft", body="<p>由上海市总工会主办的“青年工匠论坛”于5月在上海举行。</p>")
    article_proposals_refresh(article)
    event = proposal_accept(proposal(article, "event", "青年工匠论坛"))
    assert (event.starts_on, event.venue, event.kind) == (None, None, Event.Kind.FORUM)
    assert "原文地点：上海" in event.editor_note


def test_a_post_at_an_academy_is_left_to_the_editor_in_the_note_not_made_an_organisation(make_article):
    article = make_article(status="draft", body="<p>甲市工匠学院院长、甲市总工会副主席周某明出席。</p>")
    article_proposals_refresh(article)
    assert ("academy", "甲市工匠学院") in proposals(article) and ("organisation", "甲市工匠学院") not in proposals(article)
    person = proposal_accept(proposal(article, "person", "周某明"))
    assert {(p.organisation.name, p.title) for p in Position.objects.filter(person=person)} == {("甲市总工会", "副主席")}
    assert not Organisation.objects.filter(name="甲市工匠学院").exists()
    assert "学院职务未建，请在学院任职中核对：甲市工匠学院院长" in person.editor_note


def test_accepting_an_existing_organisation_name_reuses_it(article):
    existing = Organisation.objects.create(name="上海航天技术研究院")
    person = proposal_accept(proposal(article, "person", "李昕"))
    assert Position.objects.get(person=person, title="副院长").organisation == existing
    assert Organisation.objects.filter(name="上海航天技术研究院").count() == 1


def test_a_dismissal_is_remembered_across_refreshes_and_text_changes(article, editor):
    proposal_dismiss(proposal(article, "person", "王海波"), by=editor)
    article_proposals_refresh(article)
    assert proposal(article, "person", "王海波").status == Status.DISMISSED
    article.body = "<p>上海航天技术研究院副院长、工会主席李昕出席。</p>"
    article_proposals_refresh(article)  # the name left the text: the decision stays
    article.body = TEXT
    article_proposals_refresh(article)
    assert proposal(article, "person", "王海波").status == Status.DISMISSED
    assert RecordProposal.objects.filter(article=article, name="王海波").count() == 1


def test_undecided_proposals_vanish_when_the_name_leaves_the_text_or_enters_the_directory(article):
    article.body = "<p>全国劳动模范王海波介绍经验。</p>"
    article_proposals_refresh(article)
    assert ("person", "李昕") not in proposals(article) and ("person", "王海波") in proposals(article)
    Person.objects.create(name="王海波")
    article_proposals_refresh(article)
    assert ("person", "王海波") not in proposals(article)


def test_accepting_is_all_or_nothing(article, monkeypatch):
    import academy.proposal_services as services

    def broken(*args, **kwargs):
        raise RuntimeError("mid-way")

    monkeypatch.setattr(services, "article_mentions_refresh", broken)  # after the records were created
    with pytest.raises(RuntimeError):
        proposal_accept(proposal(article, "person", "李昕"))
    assert not Person.objects.exists() and not Organisation.objects.exists() and not Position.objects.exists()
    assert proposal(article, "person", "李昕").status == Status.PROPOSED


def test_saving_an_article_refreshes_its_proposals(make_article, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        article = make_article(status="draft", body=TEXT)
    assert ("person", "李昕") in proposals(article)


def test_refresh_mentions_command_refreshes_proposals_too(make_article):
    article = make_article(status="draft", body=TEXT)
    assert not RecordProposal.objects.exists()
    call_command("refresh_mentions", stdout=StringIO())
    assert ("event", "首届青年工匠技能大赛") in proposals(article)


# --- the admin inline ---------------------------------------------------------------------------------


def _post(client, article, decisions):
    rows = list(RecordProposal.objects.filter(article=article).order_by("pk"))
    data = article_form_data(title=article.title, slug=article.slug, body=article.body, status="draft")
    data.update({"record_proposals-TOTAL_FORMS": str(len(rows)), "record_proposals-INITIAL_FORMS": str(len(rows))})
    for i, row in enumerate(rows):
        data.update({f"record_proposals-{i}-id": row.pk, f"record_proposals-{i}-article": article.pk,
                     f"record_proposals-{i}-status": decisions.get(row.name, row.status)})
    return client.post(f"/admin/news/article/{article.pk}/change/", data)


def test_an_editor_accepts_one_and_dismisses_another_with_one_save(client, editor, article):
    client.force_login(editor)
    response = _post(client, article, {"李昕": Status.ACCEPTED, "王海波": Status.DISMISSED})
    assert response.status_code == 302, response.content.decode()[:3000]
    person = Person.objects.get(name="李昕")
    assert list(person.source_articles.all()) == [article] and Position.objects.filter(person=person).count() == 2
    assert proposal(article, "person", "王海波").status == Status.DISMISSED
    assert not Person.objects.filter(name="王海波").exists()
    html = client.get(f"/admin/news/article/{article.pk}/change/").content.decode()
    group = html[html.index('id="record_proposals-group"'):]
    assert f"/admin/academy/person/{person.pk}/change/" in group[:group.index("</fieldset>")]


def test_the_inline_shows_details_readably_and_escapes_everything(client, superuser, make_article):
    article = make_article(status="draft", body="<p>&lt;script&gt;alert(1)&lt;/script&gt;上海航天技术研究院副院长、工会主席李昕出席。</p>")
    article_proposals_refresh(article)
    RecordProposal.objects.create(
        article=article, kind="person", name="<script>alert(2)</script>", context="<img src=x onerror=alert(3)>",
        details={"positions": [{"organisation": "<b>机构</b>", "title": "主席"}], "honours": ["<i>劳模</i>"]})
    client.force_login(superuser)
    html = client.get(f"/admin/news/article/{article.pk}/change/").content.decode()
    group = html[html.index('id="record_proposals-group"'):]
    group = group[:group.index("</fieldset>")]
    assert "上海航天技术研究院 · 副院长；上海航天技术研究院工会 · 主席" in group
    assert "<mark>李昕</mark>出席。" in group and "&lt;script&gt;alert(1)&lt;/script&gt;" in group
    assert "&lt;script&gt;alert(2)&lt;/script&gt;" in group and "&lt;b&gt;机构&lt;/b&gt; · 主席" in group
    assert "<script>alert" not in html and "<img src=x" not in html and "<b>机构" not in html and "<i>劳模" not in html


def _proposals_for(article, n):
    people = Person.objects.bulk_create([Person(name=f"测试人{i}", slug=f"ceshi-{article.pk}-{i}") for i in range(n)])
    RecordProposal.objects.bulk_create(
        [RecordProposal(article=article, kind="person", name=f"新人{i}", context=f"新人{i}出席。",
                        details={"positions": [{"organisation": "某某研究院", "title": "院长"}]}) for i in range(n)]
        + [RecordProposal(article=article, kind="person", name=p.name, status=Status.ACCEPTED, person=p) for p in people])


def test_the_change_page_costs_the_same_with_1_or_20_proposals(client, superuser, make_article):
    small, large = make_article(status="draft"), make_article(status="draft")
    _proposals_for(small, 1)
    _proposals_for(large, 20)
    client.force_login(superuser)
    counts = []
    for article in (small, large):
        client.get(f"/admin/news/article/{article.pk}/change/")  # warm caches (content types, sessions)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(f"/admin/news/article/{article.pk}/change/")
        assert response.status_code == 200
        counts.append(len(queries))
    assert response.content.decode().count("/admin/academy/person/") >= 20
    assert counts[0] == counts[1], counts
