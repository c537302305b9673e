"""academy.services: mentions stored, accepted or proposed, linked both ways, editors' decisions kept."""
import random
from io import StringIO

import pytest
from django.core.management import call_command
from mention_helpers import embed

from academy.models import Academy, ArticleMention, Organisation, Person
from academy.services import article_mentions_refresh, decide_mention

pytestmark = pytest.mark.django_db
Status = ArticleMention.Status


def mention(article, record):
    return ArticleMention.objects.get(article=article, **{ArticleMention.Kind(record_kind(record)).value: record})


def record_kind(record):
    return {Person: "person", Organisation: "organisation", Academy: "academy"}[type(record)]


def test_unambiguous_mentions_start_accepted_and_link_both_ways(make_article):
    person = Person.objects.create(name="郑海涛")
    org = Organisation.objects.create(name="临沂市总工会", aliases="市总工会")
    article = make_article(body="<p>临沂市总工会主席郑海涛出席。郑主席说，市总工会将继续支持。</p>")
    article_mentions_refresh(article)
    m = mention(article, person)
    assert (m.status, m.count, m.ambiguous, m.linked) == (Status.ACCEPTED, 2, False, True)
    assert m.context == "临沂市总工会主席郑海涛出席。"
    assert mention(article, org).count == 2
    assert list(person.source_articles.all()) == [article]
    assert list(article.people.all()) == [person] and list(article.organisations.all()) == [org]


def test_two_people_of_one_name_stay_proposed_marked_and_unlinked(make_article):
    a, b = Person.objects.create(name="王建国"), Person.objects.create(name="王建国")
    article = make_article(body="<p>工人王建国获奖。</p>")
    article_mentions_refresh(article)
    rows = ArticleMention.objects.filter(article=article)
    assert {(r.person_id, r.status, r.ambiguous) for r in rows} == {(a.pk, Status.PROPOSED, True), (b.pk, Status.PROPOSED, True)}
    assert not article.people.exists()
    decide_mention(mention(article, a), Status.ACCEPTED)
    assert list(article.people.all()) == [a]


def test_editor_decisions_survive_a_refresh(make_article):
    person = Person.objects.create(name="郑海涛")
    a, b = Person.objects.create(name="王建国"), Person.objects.create(name="王建国")
    article = make_article(body="<p>郑海涛与王建国交流。</p>")
    article_mentions_refresh(article)
    decide_mention(mention(article, person), Status.REJECTED)
    decide_mention(mention(article, a), Status.ACCEPTED)
    decide_mention(mention(article, b), Status.REJECTED)
    article.body = "<p>郑海涛与王建国交流。郑海涛说……</p>"
    article_mentions_refresh(article)
    assert mention(article, person).status == Status.REJECTED and mention(article, person).count == 2
    assert (mention(article, a).status, mention(article, b).status) == (Status.ACCEPTED, Status.REJECTED)
    assert list(article.people.all()) == [a]


def test_rejecting_removes_only_the_link_the_mention_made(make_article):
    person = Person.objects.create(name="郑海涛")
    article = make_article(body="<p>郑海涛出席。</p>")
    person.source_articles.add(article)  # an editor linked them on the person's page first
    article_mentions_refresh(article)
    assert mention(article, person).linked is False
    decide_mention(mention(article, person), Status.REJECTED)
    assert list(person.source_articles.all()) == [article]


def test_a_name_gone_from_the_text(make_article):
    kept, dropped = Person.objects.create(name="郑海涛"), Person.objects.create(name="邵明远")
    article = make_article(body="<p>郑海涛与邵明远交流。</p>")
    article_mentions_refresh(article)
    decide_mention(mention(article, kept), Status.ACCEPTED)
    article.body = "<p>会议圆满结束。</p>"
    article_mentions_refresh(article)
    assert not ArticleMention.objects.filter(person=dropped).exists()  # undecided: gone with its link
    assert not dropped.source_articles.exists()
    assert (mention(article, kept).count, mention(article, kept).status) == (0, Status.ACCEPTED)  # remembered


def test_traditional_text_finds_simplified_records_and_title_and_summary_count(make_article):
    person = Person.objects.create(name="贾平")
    article = make_article(title="贾平出席", summary="摘要", body="<p>市總工會常務副主席賈平致辭。</p>")
    article_mentions_refresh(article)
    assert mention(article, person).count == 2


@pytest.mark.parametrize("seed", range(5))
def test_generated_text_with_names_at_random_places(make_article, seed):
    rng = random.Random(seed)
    people = [Person.objects.create(name=n) for n in ("郑海涛", "邵明远", "乔志刚")]
    org = Organisation.objects.create(name="临沂职业学院")
    times = {p.pk: rng.randint(1, 4) for p in people}
    names = [p.name for p in people for _ in range(times[p.pk])] + ["临沂职业学院"]
    article = make_article(body=f"<p>{embed(rng, names)}</p>")
    article_mentions_refresh(article)
    assert {m.person_id: m.count for m in ArticleMention.objects.filter(kind="person")} == times
    assert mention(article, org).count == 1
    assert ArticleMention.objects.count() == 4


def test_saving_an_article_finds_its_mentions_after_commit(make_article, django_capture_on_commit_callbacks):
    person = Person.objects.create(name="郑海涛")
    with django_capture_on_commit_callbacks(execute=True):
        article = make_article(body="<p>郑海涛出席。</p>")
    assert mention(article, person).status == Status.ACCEPTED


def test_importing_a_reprint_finds_its_mentions(db, django_capture_on_commit_callbacks):
    from news import reprints

    person = Person.objects.create(name="郑海涛")
    with django_capture_on_commit_callbacks(execute=True):
        article, _ = reprints.import_reprint("临沂举行工匠大会\n\n临沂市总工会主席郑海涛出席会议并讲话。", "", "")
    assert mention(article, person).status == Status.ACCEPTED  # (the summary may repeat the sentence)


def test_refresh_mentions_command_after_an_alias_is_added(make_article):
    org = Organisation.objects.create(name="临沂职业学院")
    article = make_article(body="<p>临沂职院举办开放日。</p>")
    article_mentions_refresh(article)
    assert not ArticleMention.objects.exists()
    org.aliases = "临沂职院"
    org.save()
    out = StringIO()
    call_command("refresh_mentions", stdout=out)
    assert mention(article, org).count == 1 and "重新识别" in out.getvalue()


def test_one_name_across_kinds_is_not_ambiguous(make_article):
    """An organisation and the training base it hosts share a name: both are meant, both accepted."""
    from academy.models import TrainingBase

    org = Organisation.objects.create(name="临沂锅炉厂有限公司")
    academy = Academy.objects.create(name="临沂劳模工匠学院")
    base = TrainingBase.objects.create(name="临沂锅炉厂有限公司", academy=academy, host=org, kind="enterprise")
    article = make_article(body="<p>学员走进临沂锅炉厂有限公司。</p>")
    article_mentions_refresh(article)
    rows = {(m.kind, m.status, m.ambiguous) for m in ArticleMention.objects.filter(article=article)}
    assert rows == {("organisation", Status.ACCEPTED, False), ("training_base", Status.ACCEPTED, False)}
    assert org.source_articles.exists() and base.source_articles.exists()


def test_a_deictic_alias_names_no_one_in_another_article(make_article):
    """我校 is kept as an alias of the school that wrote the seed article; in other text it is the writer."""
    Organisation.objects.create(name="临沂职业学院", aliases="我校\n临沂职院")
    article = make_article(body="<p>我校举办开放日。</p>")
    article_mentions_refresh(article)
    assert not ArticleMention.objects.exists()


def test_a_save_that_leaves_the_text_alone_does_not_refresh(make_article, django_capture_on_commit_callbacks):
    Person.objects.create(name="郑海涛")
    article = make_article(body="<p>郑海涛出席。</p>")
    def refreshes(callbacks):  # other work runs after a commit too (news.archive forgets its counts)
        return [c for c in callbacks if c.__qualname__.startswith("refresh_on_article_save.")]

    with django_capture_on_commit_callbacks() as callbacks:
        article.save(update_fields=["featured"])
    assert refreshes(callbacks) == []
    with django_capture_on_commit_callbacks() as callbacks:
        article.save(update_fields=["body"])
    assert len(refreshes(callbacks)) == 1


def test_a_name_that_reads_as_other_words_everywhere_stays_proposed_with_why(make_article):
    """李明 in 李明确表示 is 李 + 明确 as likely as the person: an editor decides, and nothing links meanwhile."""
    person = Person.objects.create(name="李明")
    article = make_article(body="<p>会上，李明确表示支持技能培训。</p>")
    article_mentions_refresh(article)
    m = mention(article, person)
    assert (m.status, m.linked, m.ambiguous) == (Status.PROPOSED, False, False)
    assert m.doubt == "“李明确”也可读作“李/明确”"
    assert not person.source_articles.exists()
    decide_mention(m, Status.ACCEPTED)  # the editor says it is him
    assert list(person.source_articles.all()) == [article]
    article.body = "<p>会上，李明确表示支持技能培训。李明表示，要带好徒弟。</p>"
    article.save()
    article_mentions_refresh(article)
    m.refresh_from_db()
    assert (m.status, m.doubt, m.count) == (Status.ACCEPTED, "", 2)


def test_a_clear_place_makes_the_mention_accepted(make_article):
    person = Person.objects.create(name="高峰")
    article = make_article(body="<p>工匠高峰论坛开幕。全国劳模高峰出席。</p>")
    article_mentions_refresh(article)
    m = mention(article, person)
    assert (m.status, m.doubt, m.context) == (Status.ACCEPTED, "", "全国劳模高峰出席。")
    assert list(person.source_articles.all()) == [article]


def test_a_padded_name_in_a_list_is_found(make_article):
    wang, li = Person.objects.create(name="王强"), Person.objects.create(name="李明")
    article = make_article(body="<p>出席的有王\u3000强、李\u3000明等劳模代表。</p>")
    article_mentions_refresh(article)
    assert mention(article, wang).status == mention(article, li).status == Status.ACCEPTED


def test_a_part_of_a_name_alone_stays_proposed_and_unlinked_until_an_editor_accepts(client, make_article):
    """劳模工匠学院 alone is the general term: it must not put 潍坊市劳模工匠学院 on the article's page."""
    academy = Academy.objects.create(name="潍坊市劳模工匠学院", slug="wei-fang", aliases="劳模工匠学院")
    article = make_article(body="<p>香港衞生署與勞模工匠學院合辦課程，各地劳模工匠学院纷纷开班。</p>")
    article_mentions_refresh(article)
    m = mention(article, academy)
    assert (m.status, m.linked, m.count) == (Status.PROPOSED, False, 2)
    assert "只有简称“劳模工匠学院”" in m.doubt
    assert not article.academies.exists()
    html = client.get(article.get_absolute_url()).content.decode()
    assert academy.get_absolute_url() not in html
    decide_mention(m, Status.ACCEPTED)
    assert list(article.academies.all()) == [academy]
    other = make_article(body="<p>潍坊市劳模工匠学院举办培训班。劳模工匠学院负责人出席。</p>")
    article_mentions_refresh(other)
    assert (mention(other, academy).status, mention(other, academy).doubt) == (Status.ACCEPTED, "")
