"""Public academy pages: every fixture record appears on its page, filters work, unknown slugs are 404,
empty states read well, and pages link both ways with the news."""
import re

import pytest
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.html import escape

from academy.models import (
    Academy,
    AcademyOrganisation,
    AcademyRole,
    Course,
    Event,
    EventOrganisation,
    EventSession,
    Field,
    Honour,
    Organisation,
    Person,
    PersonHonour,
    Position,
    Programme,
    TrainingBase,
)
from news.models import Article


def page(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, url
    return response.content.decode()


def as_shown(text, variant="zh-hans"):
    """Text as a page in this script variant shows it: pages are converted on the way out (variants app)."""
    from variants.conversion import as_shown as shown_in

    return shown_in(text, variant)


def assert_on_page(html, *texts, where=""):
    for text in texts:
        assert escape(as_shown(text)) in html, f"{text!r} missing on {where}"


# --- Walking the fixtures: every entity of each kind on its public page ----------------------------------


@pytest.mark.django_db
def test_every_academy_on_list_and_detail(client, loaded):
    listing = page(client, reverse("academy:academy-list"))
    for academy in Academy.objects.all():
        assert_on_page(listing, academy.name, where="academy list")
        detail = page(client, academy.get_absolute_url())
        assert_on_page(detail, academy.name, where=academy.slug)
        for role in AcademyOrganisation.objects.filter(academy=academy):
            assert_on_page(detail, role.organisation.name, role.get_role_display(), where=academy.slug)
        for base in TrainingBase.objects.filter(academy=academy):
            assert base.get_absolute_url() in detail
        for programme in Programme.objects.filter(academy=academy):
            assert_on_page(detail, programme.name, programme.lecturers_stated, programme.courses_stated)
        for role in AcademyRole.objects.filter(academy=academy, role__in=AcademyRole.LEADER_ROLES):
            assert role.person.get_absolute_url() in detail
        for event in Event.objects.filter(academy=academy):
            assert event.get_absolute_url() in detail


@pytest.mark.django_db
def test_every_organisation_on_list_and_detail(client, loaded):
    listing = page(client, reverse("academy:organisation-list"))
    for organisation in Organisation.objects.all():
        assert organisation.get_absolute_url() in listing
        detail = page(client, organisation.get_absolute_url())
        assert_on_page(detail, organisation.name, where=organisation.slug)
        if organisation.parent:
            assert organisation.parent.get_absolute_url() in detail
        for position in Position.objects.filter(organisation=organisation):
            assert position.person.get_absolute_url() in detail


@pytest.mark.django_db
def test_every_person_on_directory_and_profile(client, loaded):
    directory = page(client, reverse("academy:person-list"))
    for person in Person.objects.all():
        assert person.get_absolute_url() in directory
        profile = page(client, person.get_absolute_url())
        assert_on_page(profile, person.name, where=person.slug)
        for position in Position.objects.filter(person=person):
            assert_on_page(profile, position.title, position.organisation.name, where=person.slug)
        for item in PersonHonour.objects.filter(person=person):
            assert_on_page(profile, item.honour.name, where=person.slug)
        for role in AcademyRole.objects.filter(person=person):
            assert_on_page(profile, role.get_role_display(), role.academy.name, where=person.slug)
        for course in person.courses.all():
            assert course.get_absolute_url() in profile
        for article in person.source_articles.all():
            assert reverse("news:article", kwargs={"slug": article.slug}) in profile


@pytest.mark.django_db
def test_every_course_in_catalogue_and_detail(client, loaded):
    catalogue = page(client, reverse("academy:course-list"))
    for course in Course.objects.all():
        assert course.get_absolute_url() in catalogue
        detail = page(client, course.get_absolute_url())
        assert_on_page(detail, course.name, course.academy.name, where=course.slug)
        for teacher in course.teachers.all():
            assert teacher.get_absolute_url() in detail
    for field in Field.objects.all():
        assert_on_page(catalogue, field.name, where="course filter")


@pytest.mark.django_db
def test_every_training_base_grouped_and_detailed(client, loaded):
    listing = page(client, reverse("academy:base-list"))
    assert_on_page(listing, "企业实训基地", "院校实训中心", "上海大零号湾工匠学院")
    for base in TrainingBase.objects.all():
        assert_on_page(listing, base.name, where="base list")
        detail = page(client, base.get_absolute_url())
        assert_on_page(detail, base.name, base.host.name, base.academy.name, where=base.slug)
        assert base.host.get_absolute_url() in detail


@pytest.mark.django_db
def test_every_event_listed_and_detailed(client, loaded):
    listing = page(client, reverse("academy:event-list"))
    for event in Event.objects.all():
        assert event.get_absolute_url() in listing
        detail = page(client, event.get_absolute_url())
        assert_on_page(detail, event.name, where=event.slug)
        for role in EventOrganisation.objects.filter(event=event):
            assert_on_page(detail, role.organisation.name, role.get_role_display(), where=event.slug)
        for session in EventSession.objects.filter(event=event):
            assert_on_page(detail, session.speaker.name, session.title, where=event.slug)
        for article in event.source_articles.all():
            assert reverse("news:article", kwargs={"slug": article.slug}) in detail
    training = page(client, reverse("academy:event-detail", args=["xin-shi-dai-gong-jiang-ren-cai-zhuan-ti-pei-xun-ban"]))
    assert_on_page(training, "220余人", "2024年8月28日", "29日")


@pytest.mark.django_db
def test_every_honour_is_a_directory_filter(client, loaded):
    directory = page(client, reverse("academy:person-list"))
    for honour in Honour.objects.all():
        assert_on_page(directory, honour.name, where="honour filter")
        filtered = page(client, reverse("academy:person-list") + f"?honour={honour.slug}")
        for item in PersonHonour.objects.filter(honour=honour):
            assert item.person.get_absolute_url() in filtered


# --- Filters ---------------------------------------------------------------------------------------------


def course_links(html):
    return {c.slug for c in Course.objects.all() if c.get_absolute_url() in html}


@pytest.mark.django_db
def test_course_catalogue_filters(client, loaded):
    url = reverse("academy:course-list")
    weifang = Academy.objects.get(name="濰坊市勞模工匠學院")
    html = page(client, f"{url}?academy={weifang.slug}")
    assert course_links(html) == set(Course.objects.filter(academy=weifang).values_list("slug", flat=True))
    assert f'value="{weifang.slug}" selected' in html

    bao = Person.objects.get(name="包起帆")
    assert course_links(page(client, f"{url}?teacher={bao.slug}")) == {"zai-chuang-xin-zhong-jian-xing-he-xin-jia-zhi-guan"}

    lectures = page(client, f"{url}?format=lecture&academy={weifang.slug}")
    assert len(course_links(lectures)) == 3

    field = Field.objects.get(name="劳模工匠精神")
    html = page(client, f"{url}?field={field.slug}")
    assert course_links(html) == set()
    assert "没有符合这些条件的课程" in html
    course = Course.objects.get(name="新時代勞模工匠的責任與擔當")
    course.fields.add(field)
    assert course_links(page(client, f"{url}?field={field.slug}")) == {course.slug}
    assert course_links(page(client, f"{url}?field={field.slug}&teacher={bao.slug}")) == set()


@pytest.mark.django_db
def test_course_catalogue_form_is_labelled(client, loaded):
    html = page(client, reverse("academy:course-list"))
    for name in ("academy", "field", "teacher", "format"):
        assert f'<label for="filter-{name}"' in html and f'id="filter-{name}" name="{name}"' in html


@pytest.mark.django_db
def test_course_catalogue_paginates_and_keeps_filters(client, big_data):
    academy = big_data["academy"]
    html = page(client, reverse("academy:course-list") + f"?academy={academy.slug}")
    assert f"academy={academy.slug}&amp;page=2" in html
    page(client, reverse("academy:course-list") + f"?academy={academy.slug}&page=2")
    page(client, reverse("academy:course-list") + "?page=999", status=404)


def person_links(html):
    return {p.name for p in Person.objects.all() if p.get_absolute_url() in html}


@pytest.mark.django_db
def test_people_directory_filters(client, loaded):
    url = reverse("academy:person-list")
    dlhw = Academy.objects.get(name="上海大零号湾工匠学院")
    assert person_links(page(client, f"{url}?academy={dlhw.slug}")) == {"包起帆", "王曙群", "杨其景"}
    weifang = Academy.objects.get(name="濰坊市勞模工匠學院")
    assert person_links(page(client, f"{url}?academy={weifang.slug}")) >= {"彭維鋒", "逯萍", "譚泓", "王樹軍", "劉福玉"}
    model_worker = Honour.objects.get(name="全国劳动模范")
    assert person_links(page(client, f"{url}?honour={model_worker.slug}")) == {"王曙群", "包起帆", "王樹軍"}
    assert person_links(page(client, f"{url}?role=mentor-any")) == {"包起帆", "彭維鋒", "逯萍", "譚泓"}
    assert person_links(page(client, f"{url}?role=forum_speaker")) == {"王樹軍", "王浩名", "楊漢亮", "譚泓", "董傳民"}
    assert person_links(page(client, f"{url}?role=president&academy={dlhw.slug}")) == {"王曙群"}
    html = page(client, f"{url}?honour={model_worker.slug}&academy={weifang.slug}")
    assert person_links(html) == {"王樹軍"}
    html = page(client, f"{url}?honour=no-such-honour")
    assert person_links(html) == set() and "没有符合这些条件的人物" in html


@pytest.mark.django_db
def test_mentors_queryset(loaded):
    dlhw = Academy.objects.get(name="上海大零号湾工匠学院")
    assert set(Person.objects.mentors(dlhw).values_list("name", flat=True)) == {"包起帆"}
    assert "王樹軍" not in set(Person.objects.mentors().values_list("name", flat=True))


@pytest.mark.django_db
def test_base_and_event_filters(client, loaded):
    html = page(client, reverse("academy:base-list") + "?kind=college")
    assert "上海闵行职业技术学院服装实训中心" in html and "上海锅炉厂有限公司" not in html
    html = page(client, reverse("academy:event-list") + "?kind=lecture")
    training = Event.objects.get(slug="xin-shi-dai-gong-jiang-ren-cai-zhuan-ti-pei-xun-ban")
    assert "“全国劳模”第一课" in html and escape(as_shown(training.name)) not in html
    assert training.get_absolute_url() not in html


# --- 404s, empty states, breadcrumbs --------------------------------------------------------------------

DETAIL_NAMES = ("academy-detail", "course-detail", "person-detail", "base-detail", "event-detail", "organisation-detail")


@pytest.mark.django_db
@pytest.mark.parametrize("name", DETAIL_NAMES)
def test_unknown_slug_is_404(client, loaded, name):
    page(client, reverse(f"academy:{name}", args=["no-such-thing"]), status=404)


@pytest.mark.django_db
@pytest.mark.parametrize("name, message", [
    ("academy-list", "暂无学院信息。"), ("course-list", "暂无课程信息。"), ("person-list", "暂无人物信息。"),
    ("base-list", "暂无实训基地信息。"), ("event-list", "暂无活动信息。"), ("organisation-list", "暂无机构信息。"),
])
def test_empty_lists_read_well(client, db, name, message):
    assert message in page(client, reverse(f"academy:{name}"))


@pytest.mark.django_db
def test_academy_with_nothing_yet_gets_a_compact_page(client, loaded):
    """Empty sections and unknown values are left out, not printed as 暂无… boxes or 暂无记录."""
    html = page(client, Academy.objects.get(name="上海工匠学院").get_absolute_url())
    assert "empty-state" not in html and "暂无" not in html
    assert 'id="courses-title"' not in html and 'id="bases-title"' not in html and 'id="events-title"' not in html
    assert "包起帆" in html  # what is known is there
    bare = Academy.objects.create(name="新学院")
    html = page(client, bare.get_absolute_url())
    assert "empty-state" not in html and "暂无" not in html and "未标注" not in html
    assert 'class="detail-aside"' not in html  # one column: no aside holding nothing


@pytest.mark.django_db
def test_zero_counters_are_hidden(client, loaded):
    html = page(client, reverse("academy:academy-list"))
    card = html[html.index("上海工匠学院</a>"):]
    card = card[:card.index("</article>")]
    assert "academy-stats" not in card  # 0 门课程 / 0 个实训基地 / 0 项活动 read as broken


@pytest.mark.django_db
def test_editor_notes_and_source_quotes_stay_in_the_admin(client, loaded):
    from academy.models import AcademyOrganisation, Person, TrainingBase

    for academy in Academy.objects.all():
        html = page(client, academy.get_absolute_url())
        assert "原文" not in html and 'class="quote"' not in html
        for role in AcademyOrganisation.objects.filter(academy=academy).exclude(as_stated=""):
            assert f"“{role.as_stated}”" not in html
        roles = [r for r in html.split("<dt>")[1:]]
        assert len(roles) == len(set(roles)), "a row is repeated"
        for note in academy.__class__.objects.filter(pk=academy.pk).values_list("editor_note", flat=True):
            assert not note or note not in html
    base = TrainingBase.objects.exclude(as_stated="").first()
    assert "原文" not in page(client, base.get_absolute_url())
    for person in Person.objects.all():
        assert 'class="quote"' not in page(client, person.get_absolute_url())


@pytest.mark.django_db
def test_attendees_in_protocol_order(client, loaded):
    from academy.models import Event

    event = Event.objects.get(slug="da-ling-hao-wan-gong-jiang-xue-yuan-gua-pai-yi-shi")
    html = page(client, event.get_absolute_url())
    section = html[html.index('id="attendees-title"'):]
    assert section.index("王曙群") < section.index("包起帆") < section.index("杨其景") < section.index("于朝阳")


@pytest.mark.django_db
def test_organisation_kinds_unions_first(client, loaded):
    html = page(client, reverse("academy:organisation-list"))
    headings = re.findall(r'<h2 id="kind-\d+" class="section-title">([^<]+)</h2>', html)
    assert headings[0] == "工会" and len(headings) == len(set(headings))


@pytest.mark.django_db
def test_every_page_has_breadcrumbs_and_one_h1(client, loaded):
    urls = [reverse(f"academy:{n}") for n in ("academy-list", "course-list", "person-list", "base-list", "event-list", "organisation-list")]
    urls += [m.objects.first().get_absolute_url() for m in (Academy, Course, Person, TrainingBase, Event, Organisation)]
    for url in urls:
        html = page(client, url)
        assert 'aria-label="面包屑导航"' in html, url
        assert html.count("<h1") == 1, url
        assert 'aria-current="page"' in html, url


@pytest.mark.django_db
def test_breadcrumbs_of_an_event_part_go_through_its_parent(client, loaded):
    part = Event.objects.get(name="“全国劳模”第一课")
    response = client.get(part.get_absolute_url())
    labels = [c["label"] for c in response.context["breadcrumbs"]]
    assert labels == ["活动", part.parent.name, part.name]


# --- Both ways with the news ----------------------------------------------------------------------------


@pytest.mark.django_db
def test_article_subjects_include_links_to_every_subject(loaded, django_assert_num_queries):
    article = Article.objects.prefetch_related(
        "academies", "people", "organisations", "events", "courses", "training_bases",
    ).get(slug="da-ling-hao-wan-gong-jiang-xue-yuan-gua-pai")
    with django_assert_num_queries(0):
        html = render_to_string("academy/includes/article_subjects.html", {"article": article})
    assert "本文涉及" in html
    for related in (article.academies, article.people, article.organisations, article.events, article.courses,
                    article.training_bases):
        for obj in related.all():
            assert obj.get_absolute_url() in html


@pytest.mark.django_db
def test_article_subjects_include_is_empty_for_an_article_about_nothing(make_article):
    article = make_article()
    html = render_to_string("academy/includes/article_subjects.html", {"article": article})
    assert "本文涉及" not in html


@pytest.mark.django_db
def test_home_academies_include(loaded, django_assert_num_queries):
    with django_assert_num_queries(2):
        academies = Academy.objects.for_home()
    html = render_to_string("academy/includes/home_academies.html", {"academies": academies})
    for academy in Academy.objects.all():
        assert academy.get_absolute_url() in html
    assert "暂无学院信息。" in render_to_string("academy/includes/home_academies.html", {"academies": []})


@pytest.mark.django_db
def test_sitemap_lists_academy_pages(client, loaded):
    xml = "".join(
        page(client, reverse("sitemap-section", kwargs={"section": section}))
        for section in ("academy-pages", "academies", "people", "courses", "events", "training-bases", "organisations")
    )
    for obj in (Academy.objects.first(), Person.objects.first(), Course.objects.first(), Event.objects.first(),
                TrainingBase.objects.first(), Organisation.objects.first()):
        assert obj.get_absolute_url() in xml
    assert reverse("academy:course-list") in xml


@pytest.mark.django_db
def test_no_page_shows_the_reprints_dash_between_numerals(client, loaded):
    """The reprint's 第七——研究所 (一一 printed as a dash) is shown nowhere; pages print 第七一一研究所."""
    urls = [reverse("news:home")] + [reverse(f"academy:{n}") for n in (
        "academy-list", "course-list", "person-list", "base-list", "event-list", "organisation-list",
    )]
    for model in (Academy, Course, Person, TrainingBase, Event, Organisation):
        urls += [obj.get_absolute_url() for obj in model.objects.all()]
    urls += [reverse("news:article", kwargs={"slug": a.slug}) for a in Article.objects.all()]
    for url in urls:
        html = page(client, url)
        assert not re.search("[〇一二三四五六七八九十]——", html), url
    base = TrainingBase.objects.get(name="中国船舶集团有限公司第七一一研究所")
    assert_on_page(page(client, base.get_absolute_url()), "中国船舶集团有限公司第七一一研究所")
