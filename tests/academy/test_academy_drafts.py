"""Draft directory records (issue 9.16): readers never see a draft, anywhere; editors preview it; the admin
starts new records as drafts and publishes or withdraws them.

The crawl tests make the most-linked record of each kind a draft and fetch every public page that could
name it (home, lists and their filters, every shown record's page, every article, search, sitemaps, feeds,
teacher suggestions): the draft's address (its slug) must appear on none of them.
"""
import re

import pytest
from django.db.models import Prefetch
from django.urls import reverse

from academy.models import (
    Academy,
    AcademyRole,
    ArticleMention,
    Course,
    Event,
    Organisation,
    Person,
    Programme,
    TrainingBase,
)
from academy.models.publishing import Publishable, ShownIterable
from academy.publishing import record_publish, record_withdraw, records_set_published
from academy.services import article_mentions_refresh, decide_mention
from editorial.models import AuditEntry, Revision
from news.models import Article
from news.subjects import prefetches

PUBLISHABLE = [Organisation, Academy, Person, Course, Programme, TrainingBase, Event]


def test_the_kinds_with_pages_have_a_draft_state():
    from django.apps import apps

    have = {m for m in apps.get_app_config("academy").get_models() if issubclass(m, Publishable)}
    assert have == set(PUBLISHABLE)


# --- What a public read loads: every prefetch is a published one --------------------------------------

PUBLIC_READS = [
    lambda: Academy.objects.published().public(), lambda: Academy.objects.for_detail(),
    lambda: Organisation.objects.for_detail(), lambda: Organisation.objects.published().for_listing(),
    lambda: Person.objects.published().for_cards(), lambda: Person.objects.for_detail(),
    lambda: Course.objects.published().for_cards(), lambda: Course.objects.for_detail(),
    lambda: TrainingBase.objects.published().for_listing(), lambda: TrainingBase.objects.for_detail(),
    lambda: Event.objects.published().for_listing(), lambda: Event.objects.for_detail(),
    # The article page's subjects (news.presence runs these querysets itself, or through prefetch_related).
    lambda: Article.objects.prefetch_related(*prefetches()),
]


def unpublished_prefetches(queryset, path=""):
    """Prefetches of directory rows that do not go through published() (recursively)."""
    found = []
    for lookup in queryset._prefetch_related_lookups:
        if not isinstance(lookup, Prefetch):
            found.append(f"{path}{lookup} (a plain lookup)")
            continue
        inner = lookup.queryset
        if inner is None:
            found.append(f"{path}{lookup.prefetch_through} (no queryset)")
            continue
        if inner.model._meta.app_label == "academy" and hasattr(inner.model, "shown_q") and not inner.is_published:
            found.append(f"{path}{lookup.prefetch_through}")
        found += unpublished_prefetches(inner, f"{path}{lookup.prefetch_through}.")
    return found


@pytest.mark.parametrize("read", PUBLIC_READS)
def test_every_prefetch_of_a_public_read_is_published(read):
    assert unpublished_prefetches(read()) == []


def test_the_check_itself_finds_an_unpublished_prefetch():
    queryset = Academy.objects.prefetch_related(Prefetch("roles", queryset=AcademyRole.objects.all()))
    assert unpublished_prefetches(queryset) == ["roles"]
    assert Academy.objects.published().is_published and not Academy.objects.all().is_published


# --- Shown: own state and the records a row belongs to -------------------------------------------------


@pytest.mark.django_db
def test_a_course_is_hidden_with_its_academy_and_a_role_with_either_end(loaded):
    course = Course.objects.select_related("academy").first()
    role = AcademyRole.objects.select_related("person", "academy").first()
    assert Course.objects.published().filter(pk=course.pk).exists()
    record_withdraw(course.academy)
    assert not Course.objects.published().filter(pk=course.pk).exists()
    record_publish(course.academy)
    record_withdraw(role.person)
    assert not AcademyRole.objects.published().filter(pk=role.pk).exists()
    assert Academy.objects.published().filter(pk=role.academy_id).exists()


@pytest.mark.django_db
def test_published_reads_cut_optional_links_to_drafts(loaded):
    course = Course.objects.filter(event__isnull=False).select_related("event").first()
    record_withdraw(course.event)
    shown = Course.objects.published().select_related("event").get(pk=course.pk)
    assert shown.event is None and shown.event_id is not None
    assert Course.objects.select_related("event").get(pk=course.pk).event is not None  # the admin's reads
    assert Course.objects.published()._iterable_class is ShownIterable


# --- Pages ---------------------------------------------------------------------------------------------


def most_linked(model):
    """The shown record of `model` with the most rows pointing at it: the hardest one to hide."""
    def links(record):
        total = 0
        for relation in model._meta.related_objects:
            accessor = relation.get_accessor_name()
            if relation.one_to_many or relation.many_to_many:
                total += getattr(record, accessor).count()
        return total
    return max(model.objects.published(), key=lambda record: (links(record), -record.pk))


def public_pages(client, drafts):
    """Every public page that could name one of `drafts`, as (url, text)."""
    urls = [reverse("news:home"), *(reverse(f"academy:{name}-list") for name in ("academy", "course", "person", "base", "event",
                                                                "organisation"))]
    for model in PUBLISHABLE:
        urls += [r.get_absolute_url().split("#")[0] for r in model.objects.published()]
    urls += [a.get_absolute_url() for a in Article.objects.published()]
    urls += [reverse("news:list"), reverse("news:feed-rss"), reverse("news:feed-atom")]
    for draft in drafts:
        urls.append(f"{reverse('news:search')}?q={draft.name[:8]}")
        urls.append(f"{reverse('academy:course-teachers')}?q={draft.name[:4]}")
    urls += ["/sitemap.xml", *_sitemap_sections(client)]
    for url in dict.fromkeys(urls):
        response = client.get(url, follow=True)
        assert response.status_code == 200, url
        yield url, response.content.decode()


def _sitemap_sections(client):
    index = client.get("/zh-hans/sitemap.xml").content.decode()
    return [re.sub(r"^https?://[^/]+", "", loc) for loc in re.findall(r"<loc>([^<]+)</loc>", index)]


def slug_pattern(record):
    """The record's address: its page's path in any variant; for academies and people (whose slugs are
    the values of list filters and teacher suggestions) the bare slug too. Slugs are unique per kind only
    (a forum is a course and an event of one name), so other kinds are matched by path."""
    path = re.escape(re.sub(r"^/zh-hans", "", record.get_absolute_url().split("#")[0]))
    if isinstance(record, (Academy, Person)):
        return re.compile(rf"{path}|(?<![-a-z0-9]){re.escape(record.slug)}(?![-a-z0-9])")
    if isinstance(record, Programme):
        return re.compile(rf"#programme-{re.escape(record.slug)}(?![-a-z0-9])")
    return re.compile(path)


def assert_never_named(client, drafts):
    checked = 0
    for url, text in public_pages(client, drafts):
        for draft in drafts:
            assert not slug_pattern(draft).search(text), f"{type(draft).__name__} {draft.slug} on {url}"
        checked += 1
    assert checked > 50


@pytest.mark.django_db
def test_no_public_page_names_a_draft_of_any_kind(client, loaded):
    drafts = [most_linked(model) for model in PUBLISHABLE if model is not Academy]
    records_set_published_each(drafts, False)
    for draft in drafts:
        if draft.get_absolute_url().startswith("/zh-hans/academies/"):
            continue  # a programme's page is its academy's
        assert client.get(draft.get_absolute_url()).status_code == 404
    assert_never_named(client, drafts)


@pytest.mark.django_db
def test_a_draft_academy_hides_everything_that_belongs_to_it(client, loaded):
    academy = most_linked(Academy)
    hidden = [academy, *Course.objects.filter(academy=academy), *TrainingBase.objects.filter(academy=academy)]
    record_withdraw(academy)
    assert client.get(academy.get_absolute_url()).status_code == 404
    assert all(client.get(r.get_absolute_url()).status_code == 404 for r in hidden[1:])
    assert_never_named(client, hidden)


def records_set_published_each(records, published):
    for record in records:
        assert records_set_published(type(record).objects.filter(pk=record.pk), published) == 1


@pytest.mark.django_db
@pytest.mark.parametrize("variant", ["zh-hans", "zh-tw", "zh-hk"])
def test_an_editor_previews_a_draft_and_readers_get_404(client, loaded, editor, variant):
    person = most_linked(Person)
    record_withdraw(person)
    url = person.get_absolute_url().replace("/zh-hans/", f"/{variant}/")
    assert client.get(url).status_code == 404
    client.force_login(editor)
    response = client.get(url)
    text = response.content.decode()
    assert response.status_code == 200
    assert 'class="preview-banner"' in text and '<meta name="robots" content="noindex' in text
    assert "no-store" in response["Cache-Control"] or "private" in response["Cache-Control"]
    record_publish(person)
    assert 'class="preview-banner"' not in client.get(url).content.decode()


@pytest.mark.django_db
def test_staff_without_the_view_permission_get_404(client, loaded, django_user_model):
    person = most_linked(Person)
    record_withdraw(person)
    client.force_login(django_user_model.objects.create_user("staff-only", password="x-123456789", is_staff=True))
    assert client.get(person.get_absolute_url()).status_code == 404


@pytest.mark.django_db
def test_a_draft_is_not_linked_from_an_article_or_listed_among_its_subjects(client, loaded):
    article = Article.objects.published().filter(people__isnull=False).distinct().first()
    article_mentions_refresh(article)
    person = article.people.first()
    for mention in ArticleMention.objects.filter(article=article, person=person):
        decide_mention(mention, ArticleMention.Status.ACCEPTED)
    shown = client.get(article.get_absolute_url()).content.decode()
    assert person.get_absolute_url() in shown
    record_withdraw(person)
    hidden = client.get(article.get_absolute_url()).content.decode()
    assert person.get_absolute_url() not in hidden
    assert not slug_pattern(person).search(hidden)


@pytest.mark.django_db
def test_withdrawing_clears_the_page_cache(client, loaded, settings):
    settings.PAGE_CACHE_ENABLED = True
    person = most_linked(Person)
    list_url = reverse("academy:person-list")
    assert person.get_absolute_url() in client.get(list_url).content.decode()
    assert person.get_absolute_url() in client.get(list_url).content.decode()  # from the cache
    record_withdraw(person)
    assert person.get_absolute_url() not in client.get(list_url).content.decode()


# --- Admin ---------------------------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize("model", PUBLISHABLE)
def test_the_add_form_starts_a_draft(client, loaded, superuser, model):
    client.force_login(superuser)
    url = reverse(f"admin:academy_{model._meta.model_name}_add")
    text = client.get(url).content.decode()
    box = re.search(r'<input type="checkbox" name="published"[^>]*>', text).group(0)
    assert "checked" not in box


@pytest.mark.django_db
def test_a_record_added_in_the_admin_is_a_draft_until_published(client, loaded, editor):
    client.force_login(editor)
    response = client.post(reverse("admin:academy_organisation_add"), {
        "name": "草稿测试机构", "slug": "", "aliases": "", "short_name": "", "kind": "union", "city": "",
        "description": "", "editor_note": "",
        "positions-TOTAL_FORMS": "0", "positions-INITIAL_FORMS": "0",
    })
    assert response.status_code == 302, response.content.decode()[:2000]
    organisation = Organisation.objects.get(name="草稿测试机构")
    assert organisation.published is False
    client.logout()
    assert client.get(organisation.get_absolute_url()).status_code == 404
    assert "草稿测试机构" not in client.get(reverse("academy:organisation-list")).content.decode()


@pytest.mark.django_db
def test_the_changelist_publishes_and_withdraws_with_history(client, loaded, editor):
    client.force_login(editor)
    people = list(Person.objects.order_by("pk")[:2])
    changelist = reverse("admin:academy_person_changelist")
    response = client.post(changelist, {
        "action": "withdraw_selected", "_selected_action": [p.pk for p in people],
    }, follow=True)
    assert "2 条记录已撤回为草稿" in response.content.decode()
    assert not Person.objects.filter(pk__in=[p.pk for p in people], published=True).exists()
    assert AuditEntry.objects.filter(action=AuditEntry.Action.UNPUBLISH, object_id=people[0].pk).exists()
    assert Revision.objects.for_object(people[0]).exists()
    filtered = client.get(changelist + "?published__exact=0").content.decode()
    assert people[0].name in filtered
    client.post(changelist, {"action": "publish_selected", "_selected_action": [people[0].pk]})
    assert Person.objects.get(pk=people[0].pk).published is True


@pytest.mark.django_db
def test_withdrawing_takes_the_record_out_of_the_cached_sitemap_at_once(client, loaded, settings):
    settings.PAGE_CACHE_ENABLED = True
    person = most_linked(Person)
    section = reverse("sitemap-section", kwargs={"section": "people"})
    assert person.slug in client.get(section).content.decode()
    assert person.slug in client.get(section).content.decode()  # cached
    record_withdraw(person)
    assert person.slug not in client.get(section).content.decode()
    record_publish(person)
    assert person.slug in client.get(section).content.decode()


def test_the_people_list_puts_holders_of_a_shown_academy_role_first(db):
    """A role at a draft academy does not count (the role is hidden with it); the person is listed among
    those without a role, by slug."""
    shown = Academy.objects.create(name="甲学院", slug="a-academy")
    draft = Academy.objects.create(name="乙学院", slug="b-academy", published=False)
    people = {slug: Person.objects.create(name=name, slug=slug)
              for slug, name in (("a-none", "甲"), ("b-draft-role", "乙"), ("c-role", "丙"))}
    AcademyRole.objects.create(person=people["c-role"], academy=shown, role=AcademyRole.Role.MENTOR)
    AcademyRole.objects.create(person=people["b-draft-role"], academy=draft, role=AcademyRole.Role.MENTOR)
    listed = list(Person.objects.published().for_cards().values_list("slug", "has_academy_role"))
    assert listed == [("c-role", True), ("a-none", False), ("b-draft-role", False)]
