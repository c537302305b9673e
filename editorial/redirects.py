"""Old addresses keep working: when a record's slug changes, its old slug is kept, and a request for a
page that is not found under the old slug is answered with a 301 to the record's page now, in the same
script variant (the URL is reversed under the request's language).

Apps register the view names of their detail pages: ``register("news:article", Article, public)``, where
``public`` is the queryset of records the public may see. Nothing is looked up unless the page was a 404,
so found pages cost no extra query.
"""
from django.contrib.contenttypes.models import ContentType
from django.db.models.signals import pre_save
from django.dispatch import receiver
from django.http import HttpResponsePermanentRedirect
from django.urls import Resolver404, resolve, reverse

from editorial.models import OldSlug

# view name -> (model, function returning the public queryset)
DETAIL_VIEWS: dict = {}


def register(view_name, model, public):
    DETAIL_VIEWS[view_name] = (model, public)


def _tracked(model):
    return any(registered is model for registered, _ in DETAIL_VIEWS.values())


@receiver(pre_save)
def remember_old_slug(sender, instance, raw, **kwargs):
    if raw or instance.pk is None or not _tracked(sender):
        return
    old = sender._base_manager.filter(pk=instance.pk).values_list("slug", flat=True).first()
    if old and instance.slug and old != instance.slug:
        content_type = ContentType.objects.get_for_model(sender)
        OldSlug.objects.filter(content_type=content_type, slug=instance.slug).delete()  # the new owner of a slug
        OldSlug.objects.update_or_create(
            content_type=content_type, slug=old, defaults={"object_id": instance.pk},
        )


def redirect_for(request):
    """The permanent redirect for an old address, or None."""
    try:
        match = resolve(request.path_info)
    except Resolver404:
        return None
    entry = DETAIL_VIEWS.get(match.view_name)
    slug = match.kwargs.get("slug")
    if entry is None or not slug:
        return None
    model, public = entry
    old = OldSlug.objects.filter(content_type=ContentType.objects.get_for_model(model), slug=slug).first()
    if old is None:
        return None
    record = public().filter(pk=old.object_id).first()
    if record is None or record.slug == slug:
        return None
    target = reverse(match.view_name, kwargs={"slug": record.slug})  # the same page (a record's or its news)
    if request.META.get("QUERY_STRING"):
        target += "?" + request.META["QUERY_STRING"]
    return HttpResponsePermanentRedirect(target)


class OldSlugRedirectMiddleware:
    """After the view: a 404 at an old slug becomes a 301 to the record's current address."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code == 404:
            return redirect_for(request) or response
        return response
