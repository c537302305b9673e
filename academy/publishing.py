"""Publishing and withdrawing directory records (the draft state is academy.models.publishing), and the
editors' preview of a draft on its own page.

The write is used by the admin's list actions and by anything else that publishes records: each changed
record is saved on its own, so the page cache is invalidated, and gets a revision and an audit entry.
"""
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _

from academy.models.publishing import cut_draft_links
from base.prepared import keyed
from editorial.models import AuditEntry
from editorial.revisions import log, save_revision


@transaction.atomic
def records_set_published(queryset, published: bool, by=None) -> int:
    """Publish (`published=True`) or withdraw the records of `queryset`; returns how many changed."""
    message = "发布" if published else "撤回为草稿"
    action = AuditEntry.Action.PUBLISH if published else AuditEntry.Action.UNPUBLISH
    changed = 0
    model = queryset.model
    rows = model._default_manager.filter(pk__in=queryset.values("pk"), published=not published)
    for record in rows.select_for_update().order_by("pk"):
        record.published = published
        record.save(update_fields=["published"])
        save_revision(record, by, message)
        log(by, action, record, message)
        changed += 1
    return changed


def record_publish(record, by=None) -> bool:
    return bool(records_set_published(type(record)._default_manager.filter(pk=record.pk), True, by=by))


def record_withdraw(record, by=None) -> bool:
    return bool(records_set_published(type(record)._default_manager.filter(pk=record.pk), False, by=by))


def can_preview(request, model) -> bool:
    user = getattr(request, "user", None)
    return bool(user and user.is_active and user.is_staff and user.has_perm(
        f"{model._meta.app_label}.view_{model._meta.model_name}",
    ))


def record_or_404(request, records, slug):
    """(record, preview): the record `slug` as readers see it, else 404; an editor also gets a draft (a
    preview, which the page marks and search engines skip). `records`: what builds the page's queryset
    (``Academy.objects.for_detail``). What the page shows of *other* records stays as readers see it:
    links to other drafts are cut in a preview too."""
    # the public record by its slug, compiled once per worker for each kind of page (base.prepared)
    public = keyed(("record", records), lambda slug: records().published().filter(slug=slug)[:1], slug=str)
    if not can_preview(request, public.model):
        found = public(slug=slug)
        if not found:
            raise Http404(_("No such page."))
        return found[0], False
    queryset = records()
    record = get_object_or_404(queryset, slug=slug)
    cut_draft_links(record)
    shown = queryset.model._default_manager.published().filter(pk=record.pk).exists()
    return record, not shown
