"""本文提到的记录 in the article admin: shown with count and context (escaped), accepted or rejected there."""
import pytest

from academy.models import ArticleMention, Person
from academy.services import article_mentions_refresh
from tests.admin_forms import article_form_data

pytestmark = pytest.mark.django_db
Status = ArticleMention.Status


@pytest.fixture
def article_with_mentions(make_article):
    a, b = Person.objects.create(name="王建国"), Person.objects.create(name="王建国")
    zheng = Person.objects.create(name="郑海涛")
    article = make_article(status="draft", body="<p>郑海涛说&lt;script&gt;alert(1)&lt;/script&gt;。工人王建国获奖。</p>")
    article_mentions_refresh(article)
    return article, zheng, a, b


def test_the_change_form_lists_mentions_with_count_context_and_ambiguity(client, superuser, article_with_mentions):
    article, zheng, a, b = article_with_mentions
    client.force_login(superuser)
    html = client.get(f"/admin/news/article/{article.pk}/change/").content.decode()
    assert "本文提到的记录" in html and "有歧义" in html
    assert "<mark>郑海涛</mark>说&lt;script&gt;alert(1)&lt;/script&gt;。" in html and "<script>alert(1)" not in html
    assert html.count(f"/admin/academy/person/{a.pk}/change/") >= 1


def test_a_long_traditional_sentence_is_cut_around_the_name_and_marked(client, superuser, make_article):
    person = Person.objects.create(name="贾平")
    article = make_article(status="draft", body=f"<p>{'很' * 200}市總工會常務副主席賈平{'好' * 200}。</p>")
    article_mentions_refresh(article)
    client.force_login(superuser)
    html = client.get(f"/admin/news/article/{article.pk}/change/").content.decode()
    group = html[html.index('id="mentions-group"'):]
    group = group[:group.index("</fieldset>")]
    assert "<mark>賈平</mark>" in group and "很" * 30 in group and "很" * 150 not in group
    assert person.mentions.count() == 1


def _post(client, article, decisions):
    rows = list(ArticleMention.objects.filter(article=article).order_by("-count", "pk"))
    data = article_form_data(title=article.title, slug=article.slug, body=article.body, status="draft")
    data.update({"mentions-TOTAL_FORMS": str(len(rows)), "mentions-INITIAL_FORMS": str(len(rows))})
    for i, row in enumerate(rows):
        data.update({f"mentions-{i}-id": row.pk, f"mentions-{i}-article": article.pk,
                     f"mentions-{i}-status": decisions.get(row.person_id, row.status)})
    return client.post(f"/admin/news/article/{article.pk}/change/", data)


def test_editor_accepts_one_namesake_and_rejects_the_other(client, editor, article_with_mentions):
    article, zheng, a, b = article_with_mentions
    client.force_login(editor)
    response = _post(client, article, {a.pk: Status.ACCEPTED, b.pk: Status.REJECTED, zheng.pk: Status.REJECTED})
    assert response.status_code == 302, response.content.decode()[:2000]
    got = {m.person_id: (m.status, m.decided) for m in ArticleMention.objects.filter(article=article)}
    assert got == {a.pk: (Status.ACCEPTED, True), b.pk: (Status.REJECTED, True), zheng.pk: (Status.REJECTED, True)}
    assert list(article.people.all()) == [a]
    article_mentions_refresh(article)  # a later refresh keeps all three decisions
    assert {m.person_id: m.status for m in ArticleMention.objects.filter(article=article)} == {
        a.pk: Status.ACCEPTED, b.pk: Status.REJECTED, zheng.pk: Status.REJECTED}


def test_a_doubtful_mention_says_why_to_the_editor(client, superuser, make_article):
    Person.objects.create(name="高峰")
    article = make_article(status="draft", body="<p>工匠高峰论坛在沪开幕。</p>")
    article_mentions_refresh(article)
    client.force_login(superuser)
    html = client.get(f"/admin/news/article/{article.pk}/change/").content.decode()
    group = html[html.index('id="mentions-group"'):]
    assert "存疑：“高峰”在这里也可能是“高峰论坛”的一部分，请核实是否指此人" in group


def test_a_padded_name_is_marked_in_its_context():
    from academy.mention_admin import marked_context

    assert marked_context("出席的有王\u3000强、李明等。", "王强") == "出席的有<mark>王\u3000强</mark>、李明等。"
    assert marked_context("出席的有王 強、李明等。", "王强") == "出席的有<mark>王 強</mark>、李明等。"
    assert marked_context("没有这个名字。", "王强") == "没有这个名字。"


def test_a_transliterated_name_is_marked_whichever_dot_was_printed():
    from academy.mention_admin import marked_context

    assert marked_context("主席努爾‧白克力出席。", "努尔·白克力") == "主席<mark>努爾‧白克力</mark>出席。"


def test_a_name_printed_full_width_is_marked():
    from academy.mention_admin import marked_context

    assert marked_context("由ＡＢＢ（中国）有限公司承办。", "ABB(中国)有限公司") == "由<mark>ＡＢＢ（中国）有限公司</mark>承办。"
    assert marked_context("由Siemens AG承办。", "Siemens AG") == "由<mark>Siemens AG</mark>承办。"
