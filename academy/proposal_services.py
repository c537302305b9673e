"""The academy's writes for proposed new records: kept up to date with the text, accepted or dismissed.

``article_proposals_refresh(article)`` adds a 待定 proposal for each name the text gives that the
directory lacks, updates the undecided ones, and deletes an undecided one whose name left the text or
is now in the directory. Accepted and dismissed proposals are never touched (a dismissal is remembered).
``proposal_accept`` turns one into real records in one transaction, with only what the text gave:
the record (source article set, an editor note that says where it came from), for a person also the
organisations and Position rows of their titles and PersonHonour rows, for an event its 主办/承办 rows,
date and venue. The article's mentions are then refreshed, so the new record is linked from it.
"""
import datetime

from django.db import transaction
from django.utils import timezone

from academy.mentions import article_text, directory_records, usable_names
from academy.models import (
    Academy,
    Event,
    EventOrganisation,
    Honour,
    Organisation,
    Person,
    PersonHonour,
    Position,
    RecordProposal,
)
from academy.proposals import proposals_in
from academy.services import article_mentions_refresh
from zhtext.script import t2s

Status = RecordProposal.Status


def directory_honour_names() -> set[str]:
    return {t2s(n) for h in Honour.objects.only("pk", "name", "aliases") for n in (h.name, *h.alias_list)}


@transaction.atomic
def article_proposals_refresh(article, records=None, honour_names=None) -> list[RecordProposal]:
    """Bring the article's proposals up to date with its text and the directory (see the module's doc)."""
    records = directory_records() if records is None else records
    honour_names = directory_honour_names() if honour_names is None else honour_names
    wanted = proposals_in(article_text(article), records, honour_names)
    rows = {(p.kind, p.name): p for p in RecordProposal.objects.filter(article=article)}
    stale = [p.pk for key, p in rows.items() if p.status == Status.PROPOSED and key not in wanted]
    RecordProposal.objects.filter(pk__in=stale).delete()
    new = []
    for (kind, name), (details, context) in wanted.items():
        row = rows.get((kind, name))
        if row is None:
            new.append(RecordProposal(article=article, kind=kind, name=name, details=details, context=context))
        elif row.status == Status.PROPOSED and (row.details, row.context) != (details, context):
            row.details, row.context = details, context
            row.save(update_fields=["details", "context"])
    RecordProposal.objects.bulk_create(new)
    return list(RecordProposal.objects.filter(article=article).order_by("pk"))


def _decided(proposal, status, by):
    proposal.status = status
    proposal.decided_by = by if by is not None and by.is_authenticated else None
    proposal.decided_at = timezone.now()


def proposal_dismiss(proposal: RecordProposal, by=None) -> RecordProposal:
    """Dismiss a proposal: it stays (as 已忽略), so a later refresh does not propose the name again."""
    if proposal.status == Status.ACCEPTED:
        return proposal  # its record exists: edit or delete the record itself
    _decided(proposal, Status.DISMISSED, by)
    proposal.save(update_fields=["status", "decided_by", "decided_at"])
    return proposal


def proposal_reopen(proposal: RecordProposal) -> RecordProposal:
    """A dismissed proposal back to 待定 (an accepted one keeps its record)."""
    if proposal.status == Status.DISMISSED:
        proposal.status, proposal.decided_by, proposal.decided_at = Status.PROPOSED, None, None
        proposal.save(update_fields=["status", "decided_by", "decided_at"])
    return proposal


def editor_note(article, by) -> str:
    day = timezone.localdate()
    who = (by.get_full_name() or by.get_username()) if by is not None and by.is_authenticated else "编辑"
    return f"由《{article.title}》的文字自动提出，{day.year}年{day.month}月{day.day}日由{who}采纳；请核对。"


# Organisation and event kinds by the ending of the name (the rest stay 其他 for the editor to set).
ORG_KINDS = (
    (("工会", "总工会"), Organisation.Kind.UNION), (("党委", "党组", "党工委", "党校"), Organisation.Kind.PARTY),
    (("学院", "大学", "学校"), Organisation.Kind.COLLEGE), (("公司", "集团", "厂"), Organisation.Kind.COMPANY),
    (("研究院", "研究所", "研究中心"), Organisation.Kind.INSTITUTE), (("街道", "街道办事处"), Organisation.Kind.STREET),
    (("政府", "局", "厅", "委员会"), Organisation.Kind.GOVERNMENT),
)
EVENT_KINDS = (
    (("仪式", "开班式", "揭牌"), Event.Kind.CEREMONY), (("培训班", "研修班"), Event.Kind.TRAINING),
    (("论坛",), Event.Kind.FORUM), (("讲座", "第一课"), Event.Kind.LECTURE),
)


def _kind_by_ending(name, table, default):
    simplified = t2s(name)
    return next((kind for endings, kind in table if simplified.endswith(endings)), default)


def _with_source(record, article, note):
    """Save a new record with its note, then link it to the article it came from."""
    record.editor_note = note
    record.save()
    record.source_articles.add(article)
    return record


def organisation_named(name, article, note) -> Organisation:
    """The directory's organisation of this name or alias (either script), else a new one from the text."""
    wanted = t2s(name)
    for org in Organisation.objects.only("pk", "name", "short_name", "aliases"):
        if wanted in {t2s(n) for n in usable_names(org)}:
            return org
    return _with_source(Organisation(name=name, kind=_kind_by_ending(name, ORG_KINDS, Organisation.Kind.OTHER)),
                        article, note)


def honour_named(name, article, note) -> Honour:
    wanted = t2s(name)
    for honour in Honour.objects.only("pk", "name", "aliases"):
        if wanted in {t2s(n) for n in (honour.name, *honour.alias_list)}:
            return honour
    return _with_source(Honour(name=name), article, note)


ACADEMY_ENDINGS = ("劳模工匠学院", "工匠学院", "劳模学院")


def _at_academy(org_name) -> bool:
    """A post at an academy (上海工匠学院院长) is an academy role, not a Position at an organisation."""
    wanted = t2s(org_name)
    return wanted.endswith(ACADEMY_ENDINGS) or any(
        wanted in {t2s(n) for n in usable_names(a)} for a in Academy.objects.only("pk", "name", "short_name", "aliases"))


def _person(proposal, article, note):
    details = proposal.details
    positions = details.get("positions", [])
    bare = [p["title"] for p in positions if not p.get("organisation")]
    academy_posts = [p["organisation"] + p["title"] for p in positions
                     if p.get("organisation") and _at_academy(p["organisation"])]
    extra = [f"原文：{details['as_stated']}"] if details.get("as_stated") else []
    extra += [f"原文职务未写机构，未建职务：{'、'.join(bare)}"] if bare else []
    extra += [f"学院职务未建，请在学院任职中核对：{'、'.join(academy_posts)}"] if academy_posts else []
    person = _with_source(Person(name=proposal.name), article, "\n".join([note, *extra]))
    kept = [p for p in positions if p.get("organisation") and p["organisation"] + p["title"] not in academy_posts]
    for order, position in enumerate(kept):
        org = organisation_named(position["organisation"], article, note)
        row, created = Position.objects.get_or_create(
            person=person, organisation=org, title=position["title"][:100],
            defaults={"order": order, "editor_note": note})
        row.source_articles.add(article)
    for order, name in enumerate(details.get("honours", [])):
        honour = honour_named(name, article, note)
        row, created = PersonHonour.objects.get_or_create(
            person=person, honour=honour, defaults={"as_stated": name[:200], "order": order, "editor_note": note})
        row.source_articles.add(article)
    return person


def _event(proposal, article, note):
    details = proposal.details
    extra = []
    place = details.get("place", "")
    venue = None
    if place and _kind_by_ending(place, ORG_KINDS, None) is not None:
        venue = organisation_named(place, article, note)
    elif place:
        extra.append(f"原文地点：{place}")
    starts_on = None
    if details.get("date"):
        try:
            starts_on = datetime.date.fromisoformat(details["date"])
        except ValueError:  # 2月30日: keep the words, not a date
            extra.append(f"原文日期：{details['date']}")
    event = Event(name=proposal.name, kind=_kind_by_ending(proposal.name, EVENT_KINDS, Event.Kind.OTHER),
                  starts_on=starts_on, venue=venue)
    event = _with_source(event, article, "\n".join([note, *extra]))
    order = 0
    for key, role, stated in (("hosts", EventOrganisation.Role.HOST, "主办"),
                              ("organisers", EventOrganisation.Role.ORGANISER, "承办")):
        for name in details.get(key, []):
            org = organisation_named(name, article, note)
            row, created = EventOrganisation.objects.get_or_create(
                event=event, organisation=org, role=role,
                defaults={"as_stated": stated, "order": order, "editor_note": note})
            row.source_articles.add(article)
            order += 1
    return event


CREATORS = {
    "person": _person,
    "event": _event,
    "organisation": lambda p, article, note: organisation_named(p.name, article, note),
    "honour": lambda p, article, note: honour_named(p.name, article, note),
    "academy": lambda p, article, note: _with_source(Academy(name=p.name), article, note),
}


def proposal_accept(proposal: RecordProposal, by=None):
    """Create the proposal's record(s) from what the text gave, all or nothing; returns the record."""
    with transaction.atomic():
        proposal = RecordProposal.objects.select_for_update().select_related("article").get(pk=proposal.pk)
        if proposal.status == Status.ACCEPTED and proposal.record is not None:
            return proposal.record
        article = proposal.article
        record = CREATORS[proposal.kind](proposal, article, editor_note(article, by))
        record.source_articles.add(article)  # an existing organisation or honour found by name, too
        setattr(proposal, proposal.kind, record)
        _decided(proposal, Status.ACCEPTED, by)
        proposal.save()
        article_mentions_refresh(article)  # the new record is now a mention of the article (accepted)
        article_proposals_refresh(article)  # its organisations are in the directory now: not proposed
    return record
